-- API tokens for writes through the JSON API. Only the SHA-256 of a token is kept (hex): a copy of the
-- database does not give anyone a working token. The token itself is shown once, when it is created.
CREATE TABLE api_tokens (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    token_sha256 TEXT NOT NULL UNIQUE,
    created_at   TEXT NOT NULL,
    last_used_at TEXT
);
