-- Read-only replicas of households-service data, fed by households.v1 (never written by commands).
CREATE TABLE household_replica (
    id                    UUID        PRIMARY KEY,
    version               BIGINT      NOT NULL,
    county                VARCHAR(6)     NOT NULL,
    site_id               UUID,
    category              VARCHAR        NOT NULL,
    member_count          INT         NOT NULL,
    labour_capacity_count INT         NOT NULL,
    status                VARCHAR        NOT NULL,
    removed               BOOLEAN     NOT NULL
);

CREATE TABLE site_replica (
    id      UUID    PRIMARY KEY,
    version BIGINT  NOT NULL,
    county  VARCHAR(6) NOT NULL,
    name    VARCHAR    NOT NULL,
    status  VARCHAR    NOT NULL
);

-- The employment situation derived per household (published as HouseholdEmploymentChanged).
CREATE TABLE household_employment (
    household_id             UUID    PRIMARY KEY,
    version                  BIGINT  NOT NULL,
    county                   VARCHAR(6) NOT NULL,
    site_id                  UUID,
    category                 VARCHAR    NOT NULL,
    member_count             INT     NOT NULL,
    labour_capacity_count    INT     NOT NULL,
    relocated                BOOLEAN NOT NULL,
    removed                  BOOLEAN NOT NULL,
    employed_members         INT     NOT NULL,
    stably_employed_members  INT     NOT NULL,
    stably_employed          BOOLEAN NOT NULL,
    zero_employment          BOOLEAN NOT NULL
);
CREATE INDEX household_employment_zero ON household_employment (county, household_id) WHERE zero_employment;

CREATE TABLE industry_project (
    id               UUID          PRIMARY KEY,
    version          BIGINT        NOT NULL,
    name             VARCHAR          NOT NULL,
    type             VARCHAR          NOT NULL,
    county           VARCHAR(6)       NOT NULL,
    site_id          UUID,
    investment       NUMERIC(18,2) NOT NULL,
    land_area_mu     NUMERIC(18,2),
    capacity         NUMERIC(18,2),
    capacity_unit    VARCHAR,
    partner_company  VARCHAR,
    start_date       DATE,
    status           VARCHAR          NOT NULL
);
CREATE INDEX industry_project_county ON industry_project (county, id);

CREATE TABLE beneficiary (
    id                         UUID          PRIMARY KEY,
    version                    BIGINT        NOT NULL,
    project_id                 UUID          NOT NULL REFERENCES industry_project (id),
    household_id               UUID          NOT NULL,
    county                     VARCHAR(6)       NOT NULL,
    site_id                    UUID,
    category                   VARCHAR          NOT NULL,
    member_count               INT           NOT NULL,
    expected_annual_increase   NUMERIC(18,2) NOT NULL,
    dividends_paid             NUMERIC(18,2) NOT NULL,
    active                     BOOLEAN       NOT NULL,
    UNIQUE (project_id, household_id)
);
CREATE INDEX beneficiary_household ON beneficiary (household_id);

-- Each payout to a beneficiary household; their sum is the beneficiary's dividends_paid.
CREATE TABLE dividend_payment (
    id             UUID          PRIMARY KEY,
    beneficiary_id UUID          NOT NULL REFERENCES beneficiary (id),
    paid_on        DATE          NOT NULL,
    amount         NUMERIC(18,2) NOT NULL
);

CREATE TABLE workshop (
    id                UUID    PRIMARY KEY,
    version           BIGINT  NOT NULL,
    name              VARCHAR    NOT NULL,
    operating_company VARCHAR    NOT NULL,
    county            VARCHAR(6) NOT NULL,
    site_id           UUID,
    jobs_offered      INT     NOT NULL,
    status            VARCHAR    NOT NULL
);
CREATE INDEX workshop_county ON workshop (county, id);

CREATE TABLE employment (
    id               UUID          PRIMARY KEY,
    version          BIGINT        NOT NULL,
    household_id     UUID          NOT NULL,
    member_ref       VARCHAR          NOT NULL,
    county           VARCHAR(6)       NOT NULL,
    site_id          UUID,
    channel          VARCHAR          NOT NULL,
    employer         VARCHAR          NOT NULL,
    workshop_id      UUID REFERENCES workshop (id),
    start_date       DATE          NOT NULL,
    planned_end_date DATE,
    end_date         DATE,
    monthly_income   NUMERIC(18,2) NOT NULL,
    contract         BOOLEAN       NOT NULL,
    status           VARCHAR          NOT NULL
);
CREATE INDEX employment_household ON employment (household_id) WHERE status = 'ACTIVE';
CREATE INDEX employment_county ON employment (county, id);

CREATE TABLE training_course (
    id             UUID    PRIMARY KEY,
    version        BIGINT  NOT NULL,
    topic          VARCHAR    NOT NULL,
    county         VARCHAR(6) NOT NULL,
    held_from      DATE    NOT NULL,
    held_to        DATE,
    sessions       INT     NOT NULL,
    trainees       INT     NOT NULL,
    employed_after INT     NOT NULL
);
CREATE INDEX training_course_county ON training_course (county, id);

CREATE TABLE job_fair (
    id            UUID    PRIMARY KEY,
    version       BIGINT  NOT NULL,
    held_on       DATE    NOT NULL,
    county        VARCHAR(6) NOT NULL,
    employers     INT     NOT NULL,
    registrations INT     NOT NULL,
    hires         INT     NOT NULL
);
CREATE INDEX job_fair_county ON job_fair (county, id);
