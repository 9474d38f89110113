-- Readers: accounts, their sessions, comments on articles and stories, and what they follow.
-- Plain SQL for SQLite and PostgreSQL: times are ISO-8601 text plus epoch seconds where they are compared.

-- name is as the reader typed it (normalised to NFKC); name_key is its lower-cased form, unique, so that
-- "Anna" and "anna" cannot both exist. password is an Argon2id string with its parameters and salt.
CREATE TABLE users (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    name_key   TEXT NOT NULL UNIQUE,
    password   TEXT NOT NULL,
    role       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- A session is kept by the SHA-256 of its cookie token: a copy of the database does not sign anyone in.
CREATE TABLE sessions (
    token_hash    TEXT PRIMARY KEY,
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at    TEXT NOT NULL,
    expires_epoch BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- target_kind is 'article' or 'story'. A removed comment keeps its row (who removed it, when) and loses its text.
CREATE TABLE comments (
    id            TEXT PRIMARY KEY,
    target_kind   TEXT NOT NULL,
    target_id     TEXT NOT NULL,
    user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body          TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    created_epoch BIGINT NOT NULL,
    edited_at     TEXT,
    removed_at    TEXT,
    removed_by    TEXT
);
CREATE INDEX comments_target ON comments (target_kind, target_id, created_epoch);

-- kind is 'story', 'hashtag' or 'entity'; follow_key is the story id, the lower-cased tag, or the entity id.
-- seen_seq is the highest article sequence number the reader had seen for it ("what's new since your last visit").
CREATE TABLE follows (
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    follow_key TEXT NOT NULL,
    label      TEXT NOT NULL,
    created_at TEXT NOT NULL,
    seen_seq   BIGINT NOT NULL,
    seen_at    TEXT NOT NULL,
    PRIMARY KEY (user_id, kind, follow_key)
);
