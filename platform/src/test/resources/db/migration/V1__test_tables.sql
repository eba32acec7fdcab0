CREATE TABLE test_things (
    id      TEXT PRIMARY KEY,
    county  TEXT,
    version BIGINT NOT NULL,
    name    TEXT   NOT NULL
);

-- one row per handled record and per applied snapshot, committed with the consumer offsets:
-- counting them shows whether anything was handled or applied twice
CREATE TABLE test_handled (
    event_id TEXT NOT NULL,
    thing_id TEXT NOT NULL
);

CREATE TABLE test_applied (
    thing_id TEXT   NOT NULL,
    version  BIGINT NOT NULL
);
