-- The audit trail (org.anju.platform.audit): append-only. Every change of a record, with who made it
-- (token subject and roles), when, through which operation and request, which record (its aggregate,
-- id, county and versions) and which fields changed — field NAMES only, never values, so no ID
-- number, name or phone is ever copied here; and every response that showed unmasked personal data.
CREATE TABLE platform_audit (
    seq            BIGSERIAL   PRIMARY KEY,
    recorded_at    TIMESTAMPTZ NOT NULL,
    kind           TEXT        NOT NULL,  -- CREATED, UPDATED, DELETED, PERSONAL_DATA_READ
    actor          TEXT        NOT NULL,  -- the token's subject, or system:<component>
    roles          TEXT        NOT NULL,  -- the token's roles, comma-separated
    request_id     TEXT,
    operation      TEXT,                  -- e.g. POST /api/v1/households/{id}/move-in
    aggregate_type TEXT,                  -- e.g. Household
    aggregate_id   TEXT,
    entity         TEXT,                  -- the record changed, when it is part of the aggregate (e.g. Member)
    county         TEXT,
    version_before BIGINT,
    version_after  BIGINT,
    changed_fields TEXT,                  -- comma-separated field names
    detail         TEXT                   -- for reads: the path and query read (identifiers masked)
);

CREATE INDEX platform_audit_time ON platform_audit (recorded_at, seq);
CREATE INDEX platform_audit_actor ON platform_audit (actor, recorded_at);
CREATE INDEX platform_audit_aggregate ON platform_audit (aggregate_type, aggregate_id, recorded_at);
CREATE INDEX platform_audit_county ON platform_audit (county, recorded_at);

-- append-only: the application may insert, never change or remove an entry
CREATE FUNCTION platform_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only';
END;
$$;

CREATE TRIGGER platform_audit_no_update BEFORE UPDATE OR DELETE ON platform_audit
    FOR EACH ROW EXECUTE FUNCTION platform_audit_append_only();
