-- Events Kafka refused for good (too large for the broker, an invalid record): moved here by the
-- relay with the error, so the rest of the outbox keeps flowing. Events carry the aggregate's
-- full state with its version, so the aggregate's later events are published past a parked one
-- and consumers still converge; an operator republishes a parked event after fixing the cause.
CREATE TABLE platform_outbox_parked (
    seq               BIGINT      PRIMARY KEY,
    event_id          UUID        NOT NULL UNIQUE,
    topic             TEXT        NOT NULL,
    message_key       TEXT        NOT NULL,
    event_type        TEXT        NOT NULL,
    aggregate_version BIGINT      NOT NULL,
    payload           BYTEA       NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL,
    parked_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    error             TEXT        NOT NULL
);
