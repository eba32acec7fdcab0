-- entities the audit tests change
CREATE TABLE test_audited_things (
    id      UUID PRIMARY KEY,
    county  TEXT   NOT NULL,
    version BIGINT NOT NULL,
    name    TEXT   NOT NULL,
    phone   TEXT
);

CREATE TABLE test_audited_parts (
    id       UUID PRIMARY KEY,
    thing_id UUID NOT NULL REFERENCES test_audited_things (id),
    label    TEXT NOT NULL
);

CREATE TABLE test_unaudited_notes (
    id   UUID PRIMARY KEY,
    text TEXT NOT NULL
);
