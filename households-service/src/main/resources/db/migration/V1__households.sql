-- The province's quota per county and plan period.
CREATE TABLE relocation_tasks (
    id                 UUID PRIMARY KEY,
    version            BIGINT  NOT NULL,
    county             TEXT    NOT NULL CHECK (county ~ '^[0-9]{6}$'),
    period             TEXT    NOT NULL,
    planned_people     INT     NOT NULL CHECK (planned_people >= 0),
    planned_households INT CHECK (planned_households >= 0),
    UNIQUE (county, period)
);

CREATE TABLE sites (
    id                      UUID PRIMARY KEY,
    version                 BIGINT  NOT NULL,
    county                  TEXT    NOT NULL CHECK (county ~ '^[0-9]{6}$'),
    town                    TEXT    NOT NULL,
    name                    TEXT    NOT NULL,
    placement_mode          TEXT    NOT NULL,
    planned_households      INT     NOT NULL CHECK (planned_households >= 0),
    planned_people          INT     NOT NULL CHECK (planned_people >= 0),
    status                  TEXT    NOT NULL,
    construction_started_on DATE,
    completed_on            DATE
);
CREATE INDEX sites_county ON sites (county, id);

CREATE TABLE villages (
    id            UUID PRIMARY KEY,
    version       BIGINT  NOT NULL,
    county        TEXT    NOT NULL CHECK (county ~ '^[0-9]{6}$'),
    township      TEXT,
    name          TEXT    NOT NULL,
    status        TEXT    NOT NULL,
    relocated_on  DATE,
    demolished_on DATE,
    reclaimed_on  DATE
);
CREATE INDEX villages_county ON villages (county, id);

CREATE TABLE households (
    id                     UUID PRIMARY KEY,
    version                BIGINT  NOT NULL,
    registry_number        TEXT    NOT NULL UNIQUE,
    county                 TEXT    NOT NULL CHECK (county ~ '^[0-9]{6}$'),
    origin_village         TEXT    NOT NULL,
    origin_natural_village TEXT,
    village_id             UUID REFERENCES villages (id),
    category               TEXT    NOT NULL,
    member_count           INT     NOT NULL,
    labour_capacity_count  INT     NOT NULL,
    site_id                UUID REFERENCES sites (id),
    flat_number            TEXT,
    status                 TEXT    NOT NULL,
    housing_allocated_on   DATE,
    moved_in_on            DATE,
    poverty_status         TEXT    NOT NULL,
    lifted_on              DATE,
    homestead_status       TEXT    NOT NULL,
    demolished_on          DATE,
    reclaimed_on           DATE
);
CREATE INDEX households_county ON households (county, id);
CREATE INDEX households_site ON households (site_id, status);
CREATE INDEX households_village ON households (village_id, status);

CREATE TABLE household_members (
    id              UUID PRIMARY KEY,
    household_id    UUID    NOT NULL REFERENCES households (id) ON DELETE CASCADE,
    position        INT     NOT NULL,
    name            TEXT    NOT NULL,
    id_number       TEXT    NOT NULL,
    birth_date      DATE    NOT NULL,
    sex             TEXT    NOT NULL,
    relation        TEXT    NOT NULL,
    labour_capacity BOOLEAN NOT NULL,
    phone           TEXT,
    -- one person is in one household across the whole registry; checked at commit so that a
    -- correction may delete and re-insert a household's members in one transaction
    CONSTRAINT household_members_id_number_unique UNIQUE (id_number) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX household_members_household ON household_members (household_id);

-- Bulk imports: the uploaded file, progress while running, and per-row errors.
CREATE TABLE import_jobs (
    id                   UUID PRIMARY KEY,
    format               TEXT        NOT NULL,
    county_scope         TEXT,
    submitted_by         TEXT,
    status               TEXT        NOT NULL,
    content              BYTEA,
    total_rows           INT         NOT NULL DEFAULT 0,
    rows_done            INT         NOT NULL DEFAULT 0,
    households_imported  INT         NOT NULL DEFAULT 0,
    households_rejected  INT         NOT NULL DEFAULT 0,
    error_count          INT         NOT NULL DEFAULT 0,
    failure              TEXT,
    created_at           TIMESTAMPTZ NOT NULL,
    -- touched by every step of a running job: a job whose worker died goes quiet
    heartbeat_at         TIMESTAMPTZ,
    finished_at          TIMESTAMPTZ
);

CREATE TABLE import_row_errors (
    id         UUID PRIMARY KEY,
    job_id     UUID NOT NULL REFERENCES import_jobs (id) ON DELETE CASCADE,
    row_number INT  NOT NULL,
    field      TEXT NOT NULL,
    message    TEXT NOT NULL
);
CREATE INDEX import_row_errors_job ON import_row_errors (job_id, row_number);
