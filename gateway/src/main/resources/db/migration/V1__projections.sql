-- The newest snapshot of every aggregate the gateway has seen, so that a change can be applied
-- to the counters as the difference between the old and the new snapshot.
CREATE TABLE gw_snapshots (
    kind         TEXT   NOT NULL,
    aggregate_id TEXT   NOT NULL,
    version      BIGINT NOT NULL,
    data         JSONB  NOT NULL,
    PRIMARY KEY (kind, aggregate_id)
);

-- Counters per scope ('city', 'county:140723', 'site:<id>'); indicators are computed from them
-- when read, so reading never scans records.
CREATE TABLE gw_counters (
    scope_key TEXT           NOT NULL,
    counter   TEXT           NOT NULL,
    value     NUMERIC(20, 2) NOT NULL,
    PRIMARY KEY (scope_key, counter)
);

-- One row per indicator, scope and day: the figures as they stood at the end of that day.
CREATE TABLE gw_history (
    day          DATE           NOT NULL,
    scope_key    TEXT           NOT NULL,
    indicator_id TEXT           NOT NULL,
    numerator    NUMERIC(20, 2) NOT NULL,
    denominator  NUMERIC(20, 2),
    PRIMARY KEY (indicator_id, scope_key, day)
);

-- Plan values: a scope key, or '*' for every scope that has no target of its own.
CREATE TABLE gw_targets (
    indicator_id TEXT           NOT NULL,
    scope_key    TEXT           NOT NULL,
    comparator   TEXT           NOT NULL CHECK (comparator IN ('>=', '<=', '=')),
    value        NUMERIC(20, 6) NOT NULL,
    note         TEXT,
    PRIMARY KEY (indicator_id, scope_key)
);

INSERT INTO gw_targets (indicator_id, scope_key, comparator, value, note) VALUES
    ('occupancy.rate', '*', '>=', 0.95, 'occupancy at least 95%'),
    ('sites.completion', '*', '>=', 1, 'every site completed'),
    ('poverty.lifted.rate', '*', '>=', 1, 'every registered-poor relocated person lifted out of poverty');

-- Members of distinct counts (e.g. households covered by at least one industry project): how many
-- aggregates refer to each, so a member counts once however many projects include it.
CREATE TABLE gw_distinct (
    counter    TEXT           NOT NULL,
    member_key TEXT           NOT NULL,
    refs       INT            NOT NULL CHECK (refs >= 0),
    weight     NUMERIC(20, 2) NOT NULL,
    PRIMARY KEY (counter, member_key)
);

INSERT INTO gw_targets (indicator_id, scope_key, comparator, value, note) VALUES
    ('employment.zero-employment-households', '*', '<=', 0, 'no relocated household with labour capacity and no stable job'),
    ('requests.overdue', '*', '<=', 0, 'every request handled within the four-firsts deadlines'),
    ('funds.disbursement.rate', '*', '>=', 1, 'every fund received disbursed to the counties');

-- Declared figures (e.g. a published report's) that the data-quality view checks.
CREATE TABLE gw_claims (
    indicator_id TEXT NOT NULL,
    scope_key    TEXT NOT NULL,
    numerator    NUMERIC(20, 2),
    denominator  NUMERIC(20, 2),
    value        NUMERIC(20, 6),
    source       TEXT,
    PRIMARY KEY (indicator_id, scope_key)
);
