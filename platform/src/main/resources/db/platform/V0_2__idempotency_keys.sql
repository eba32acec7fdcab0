-- Idempotency-Key records (org.anju.platform.idempotency). A row is inserted when the first
-- request with a key starts, inside a transaction that stays open while the request runs: other
-- requests with the same key wait on the primary key until it commits (with the response, which
-- they then replay) or rolls back (the first attempt failed, so the next one runs). A committed
-- row therefore always holds a complete response.
CREATE TABLE platform_idempotency_keys (
    caller                text        NOT NULL, -- the JWT sub ('' when anonymous)
    method                text        NOT NULL,
    path                  text        NOT NULL,
    idempotency_key       text        NOT NULL,
    request_hash          bytea       NOT NULL, -- SHA-256 of the request body
    response_status       integer,              -- set before the commit, see above
    response_content_type text,
    response_body         bytea,
    response_location     text,
    response_etag         text,
    created_at            timestamptz NOT NULL DEFAULT now(),
    expires_at            timestamptz NOT NULL,
    PRIMARY KEY (caller, method, path, idempotency_key)
);

CREATE INDEX platform_idempotency_keys_expiry ON platform_idempotency_keys (expires_at);
