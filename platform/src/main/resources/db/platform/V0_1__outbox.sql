-- Events recorded in the same transaction as the state change they describe; the relay
-- publishes them in seq order and deletes each once Kafka has acknowledged it.
CREATE TABLE platform_outbox (
    seq               BIGSERIAL PRIMARY KEY,
    event_id          UUID        NOT NULL UNIQUE,
    topic             TEXT        NOT NULL,
    message_key       TEXT        NOT NULL,
    event_type        TEXT        NOT NULL,
    aggregate_version BIGINT      NOT NULL,
    payload           BYTEA       NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);
