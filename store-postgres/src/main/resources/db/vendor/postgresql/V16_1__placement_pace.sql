-- What each worker holds and has not applied yet (the publish time of its oldest such document, milliseconds since
-- the epoch), so that workers place documents in publish order between them (core's PlacementPace). seen_at is
-- the database's clock, so workers on machines whose clocks differ agree on who is live.
CREATE TABLE placement_pace (
    worker  TEXT PRIMARY KEY,
    oldest  BIGINT NOT NULL,
    seen_at TIMESTAMPTZ NOT NULL
);
