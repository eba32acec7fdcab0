-- Indicators in time (issue 18): every counter keeps its changes per business day, so that any
-- indicator can be read as it stood at the end of any day. The undated projections cannot be
-- dated after the fact: they are emptied together with the gateway's consumer offsets, and the
-- consumer replays every topic from the beginning (its log is kept for ever) into dated counters.
TRUNCATE gw_snapshots, gw_counters, gw_distinct;
DELETE FROM platform_consumer_offsets WHERE topic IN ('households.v1', 'funding.v1', 'industry.v1', 'governance.v1');

-- The programme-zone day of the first event applied for each aggregate: the day its facts without
-- a business date count from, the same in every replay and rebuild.
ALTER TABLE gw_snapshots ADD COLUMN first_recorded DATE NOT NULL;
-- The increases of a running total without a date of its own (a beneficiary's dividends paid), by
-- the day the gateway recorded each: {"2020-01-15": "300.00", ...}.
ALTER TABLE gw_snapshots ADD COLUMN increments JSONB;

-- Changes of each counter per scope and business day: the value as of a day is the sum of the
-- changes on or before it; gw_counters holds the sum over every day (today's figures).
CREATE TABLE gw_counter_days (
    scope_key TEXT           NOT NULL,
    counter   TEXT           NOT NULL,
    day       DATE           NOT NULL,
    delta     NUMERIC(20, 2) NOT NULL,
    PRIMARY KEY (scope_key, counter, day)
);

-- A distinct member counts from the earliest day among the aggregates referring to it: each
-- reference (aggregate id) with its day replaces the bare reference count.
ALTER TABLE gw_distinct DROP COLUMN refs;
ALTER TABLE gw_distinct ADD COLUMN refs JSONB NOT NULL;

-- The time of the newest event applied per topic, so that the figures' asOf survives a restart.
CREATE TABLE gw_topic_times (
    topic           TEXT        PRIMARY KEY,
    last_event_time TIMESTAMPTZ NOT NULL
);

-- The trend is read from gw_counter_days by business date; the daily snapshots are gone.
DROP TABLE gw_history;

-- A declared figure speaks for a date (as of) or a period (from, to).
ALTER TABLE gw_claims ADD COLUMN as_of DATE;
ALTER TABLE gw_claims ADD COLUMN period_from DATE;
ALTER TABLE gw_claims ADD COLUMN period_to DATE;

-- The plan "80% 进城、其余进镇": 80% of the people placed at sites in county towns.
INSERT INTO gw_targets (indicator_id, scope_key, comparator, value, note) VALUES
    ('placement.county-town.share', '*', '>=', 0.80, '80% into county towns, the rest into towns');
