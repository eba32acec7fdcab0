-- Sites are owned by households-service and replicated here from households.v1; a site not
-- replicated yet gets its county from the first record naming it. Either way, branches,
-- facilities and requests of one site can never disagree about its county.
CREATE TABLE known_site (
    site_id         uuid PRIMARY KEY,
    county          varchar(6) NOT NULL,
    from_households boolean    NOT NULL DEFAULT false
);

CREATE TABLE party_branch (
    id              uuid PRIMARY KEY,
    version         bigint       NOT NULL,
    county          varchar(6)   NOT NULL,
    name            varchar(200) NOT NULL,
    management_mode varchar(40)  NOT NULL,
    founded_on      date         NOT NULL
);
CREATE INDEX party_branch_county ON party_branch (county, id);

CREATE TABLE party_branch_site (
    branch_id uuid NOT NULL REFERENCES party_branch (id),
    site_id   uuid NOT NULL,
    PRIMARY KEY (branch_id, site_id)
);
CREATE INDEX party_branch_site_site ON party_branch_site (site_id);

CREATE TABLE branch_officer (
    id           uuid PRIMARY KEY,
    branch_id    uuid         NOT NULL REFERENCES party_branch (id),
    officer_id   varchar(64)  NOT NULL,
    name         varchar(100) NOT NULL,
    role         varchar(20)  NOT NULL,
    appointed_on date         NOT NULL,
    ended_on     date,
    -- one secretary at a time; deferred because a handover ends one term and starts another in one flush
    CONSTRAINT one_secretary_per_branch EXCLUDE USING btree (branch_id WITH =)
        WHERE (role = 'SECRETARY' AND ended_on IS NULL) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE party_group (
    id           uuid PRIMARY KEY,
    branch_id    uuid         NOT NULL REFERENCES party_branch (id),
    name         varchar(200) NOT NULL,
    member_count integer      NOT NULL CHECK (member_count > 0),
    formed_on    date         NOT NULL,
    UNIQUE (branch_id, name)
);

CREATE TABLE branch_rule (
    id            uuid PRIMARY KEY,
    branch_id     uuid         NOT NULL REFERENCES party_branch (id),
    kind          varchar(30)  NOT NULL,
    title         varchar(200) NOT NULL,
    document_ref  varchar(500),
    adopted_on    date         NOT NULL,
    superseded_on date
);

CREATE TABLE facility (
    id        uuid PRIMARY KEY,
    version   bigint       NOT NULL,
    county    varchar(6)   NOT NULL,
    site_id   uuid         NOT NULL,
    type      varchar(40)  NOT NULL,
    name      varchar(200),
    beds      integer CHECK (beds > 0),
    status    varchar(10)  NOT NULL,
    opened_on date,
    closed_on date
);
CREATE INDEX facility_county ON facility (county, id);
CREATE INDEX facility_site ON facility (site_id, status);

CREATE TABLE site_standard (
    site_id     uuid PRIMARY KEY,
    version     bigint      NOT NULL,
    county      varchar(6)  NOT NULL,
    assessed_at timestamp(6) with time zone
);

CREATE TABLE site_standard_item (
    site_id     uuid        NOT NULL REFERENCES site_standard (site_id),
    item        varchar(30) NOT NULL,
    met         boolean     NOT NULL,
    evidence_on date,
    source      varchar(20),
    PRIMARY KEY (site_id, item)
);

CREATE TABLE resident_request (
    id                     uuid PRIMARY KEY,
    version                bigint       NOT NULL,
    county                 varchar(6)   NOT NULL,
    site_id                uuid         NOT NULL,
    household_id           uuid         NOT NULL,
    category               varchar(20)  NOT NULL,
    channel                varchar(20)  NOT NULL,
    summary                varchar(2000),
    status                 varchar(20)  NOT NULL,
    submitted_at           timestamp(6) with time zone NOT NULL,
    submitted_by           varchar(64)  NOT NULL,
    accept_due_at          timestamp(6) with time zone NOT NULL,
    accepted_at            timestamp(6) with time zone,
    accepted_by            varchar(64),
    resolve_due_at         timestamp(6) with time zone,
    resolved_at            timestamp(6) with time zone,
    resolved_by            varchar(64),
    resolution             varchar(2000),
    rectification_required boolean      NOT NULL DEFAULT false,
    reply_due_at           timestamp(6) with time zone,
    replied_at             timestamp(6) with time zone,
    replied_by             varchar(64),
    rectified_at           timestamp(6) with time zone,
    rectified_by           varchar(64),
    rectification          varchar(2000),
    accept_overdue_at      timestamp(6) with time zone,
    resolve_overdue_at     timestamp(6) with time zone,
    reply_overdue_at       timestamp(6) with time zone
);
CREATE INDEX resident_request_county ON resident_request (county, id);
CREATE INDEX resident_request_site ON resident_request (site_id, id);
-- what the overdue scheduler scans: requests still waiting on a step
CREATE INDEX resident_request_open ON resident_request (status) WHERE status IN ('SUBMITTED', 'ACCEPTED', 'RESOLVED');

CREATE TABLE activity (
    id           uuid PRIMARY KEY,
    version      bigint       NOT NULL,
    county       varchar(6)   NOT NULL,
    site_id      uuid         NOT NULL,
    kind         varchar(20)  NOT NULL,
    title        varchar(200) NOT NULL,
    held_on      date         NOT NULL,
    sessions     integer      NOT NULL CHECK (sessions > 0),
    participants integer      NOT NULL CHECK (participants >= 0)
);
CREATE INDEX activity_county ON activity (county, id);

CREATE TABLE award (
    id            uuid PRIMARY KEY,
    version       bigint      NOT NULL,
    county        varchar(6)  NOT NULL,
    site_id       uuid        NOT NULL,
    kind          varchar(30) NOT NULL,
    household_id  uuid        NOT NULL,
    award_year    integer     NOT NULL,
    granted_on    date        NOT NULL,
    evaluation_id uuid REFERENCES activity (id),
    -- a household receives each kind of award at most once a year
    UNIQUE (household_id, kind, award_year)
);
CREATE INDEX award_county ON award (county, id);
