-- A consumer's position per partition, written in the same transaction as the effects of the
-- records before it: after a crash it resumes exactly where its last commit left off.
CREATE TABLE platform_consumer_offsets (
    consumer_group TEXT        NOT NULL,
    topic          TEXT        NOT NULL,
    kafka_partition INT        NOT NULL,
    next_offset    BIGINT      NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer_group, topic, kafka_partition)
);

-- The newest version applied per aggregate: older or repeated snapshots are skipped.
CREATE TABLE platform_aggregate_versions (
    stream       TEXT   NOT NULL,
    aggregate_id TEXT   NOT NULL,
    version      BIGINT NOT NULL,
    PRIMARY KEY (stream, aggregate_id)
);
