-- The funding ledger. Entries are append-only (no UPDATE, no DELETE from the application);
-- balances are derived from them and kept as rows only so that concurrent postings can lock
-- the balances they touch (SELECT ... FOR UPDATE) and check the no-overdraw rule.

CREATE TABLE fund_source (
    code    VARCHAR(40)  PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z_]*$'),
    name_zh VARCHAR(100) NOT NULL,
    name_en VARCHAR(200) NOT NULL
);

INSERT INTO fund_source (code, name_zh, name_en) VALUES
    ('CENTRAL_BUDGET',            '中央预算内投资',   'Central budget investment'),
    ('LOCAL_GOVERNMENT_BOND',     '地方政府债券',     'Local government bonds'),
    ('SPECIAL_CONSTRUCTION_FUND', '专项建设基金',     'Special construction fund'),
    ('POLICY_LOAN',               '长期政策性贷款',   'Long-term policy loans'),
    ('CITY_FISCAL',               '市级财政产业资金', 'City fiscal fund for county industries');

CREATE TABLE ledger_entry (
    id                  UUID          PRIMARY KEY,
    kind                VARCHAR(20)   NOT NULL CHECK (kind IN ('RECEIPT', 'DISBURSEMENT', 'EXPENDITURE', 'REVERSAL')),
    source              VARCHAR(40)   NOT NULL REFERENCES fund_source (code),
    county              VARCHAR(6)    CHECK (county ~ '^[0-9]{6}$'),
    purpose             VARCHAR(40),
    amount              NUMERIC(18,2) NOT NULL CHECK (amount > 0),
    occurred_on         DATE          NOT NULL,
    document_number     VARCHAR(100),
    site_id             VARCHAR(64),
    household_id        VARCHAR(64),
    village_id          VARCHAR(64),
    industry_project_id VARCHAR(64),
    reward_id           UUID,
    -- a reversal names the entry it cancels; UNIQUE: an entry is reversed at most once
    reverses_entry_id   UUID          UNIQUE REFERENCES ledger_entry (id),
    reversed_kind       VARCHAR(20),
    reason              VARCHAR(500),
    recorded_at         TIMESTAMPTZ   NOT NULL,
    CHECK ((kind = 'REVERSAL') = (reverses_entry_id IS NOT NULL)),
    CHECK ((kind = 'RECEIPT') = (county IS NULL) OR kind = 'REVERSAL')
);

CREATE INDEX ledger_entry_page ON ledger_entry (recorded_at, id);
CREATE INDEX ledger_entry_county ON ledger_entry (county, recorded_at);

-- A balance is an aggregate: one account (RECEIVED, UNDISBURSED: the city's; DISBURSED,
-- AVAILABLE, SPENT per purpose: a county's) of one source. version = movements applied so far.
CREATE TABLE balance (
    id         VARCHAR(120)  PRIMARY KEY,
    account    VARCHAR(20)   NOT NULL CHECK (account IN ('RECEIVED', 'UNDISBURSED', 'DISBURSED', 'AVAILABLE', 'SPENT')),
    source     VARCHAR(40)   NOT NULL REFERENCES fund_source (code),
    holder     VARCHAR(6)    NOT NULL CHECK (holder ~ '^[0-9]{6}$'),
    purpose    VARCHAR(40),
    amount     NUMERIC(18,2) NOT NULL CHECK (amount >= 0),
    version    BIGINT        NOT NULL CHECK (version >= 0),
    updated_at TIMESTAMPTZ   NOT NULL
);

-- How each entry moved each balance, and the balance it left behind (the audit trail, the
-- resulting balances of an entry, and the base of balances as of a date).
CREATE TABLE balance_movement (
    id              UUID          PRIMARY KEY,
    entry_id        UUID          NOT NULL REFERENCES ledger_entry (id),
    balance_id      VARCHAR(120)  NOT NULL REFERENCES balance (id),
    delta           NUMERIC(18,2) NOT NULL,
    balance_after   NUMERIC(18,2) NOT NULL CHECK (balance_after >= 0),
    balance_version BIGINT        NOT NULL CHECK (balance_version >= 1),
    occurred_on     DATE          NOT NULL,
    UNIQUE (entry_id, balance_id),
    UNIQUE (balance_id, balance_version)
);

CREATE INDEX balance_movement_date ON balance_movement (occurred_on);

CREATE TABLE reward (
    id                   UUID          PRIMARY KEY,
    rule                 VARCHAR(100)  NOT NULL,
    village_id           VARCHAR(64)   NOT NULL,
    county               VARCHAR(6)    NOT NULL CHECK (county ~ '^[0-9]{6}$'),
    source               VARCHAR(40)   NOT NULL REFERENCES fund_source (code),
    purpose              VARCHAR(40)   NOT NULL,
    amount               NUMERIC(18,2) NOT NULL CHECK (amount > 0),
    demolished_on        DATE,
    status               VARCHAR(20)   NOT NULL CHECK (status IN ('PROPOSED', 'APPROVED')),
    version              BIGINT        NOT NULL CHECK (version >= 1),
    proposed_at          TIMESTAMPTZ   NOT NULL,
    approved_at          TIMESTAMPTZ,
    expenditure_entry_id UUID          REFERENCES ledger_entry (id),
    -- a rule pays a village once, however often the event is delivered
    UNIQUE (rule, village_id)
);

CREATE INDEX reward_page ON reward (proposed_at, id);

-- Totals published elsewhere (e.g. the 2016-2018 report), reconciled against the ledger.
CREATE TABLE declaration (
    name        VARCHAR(100)  PRIMARY KEY,
    description VARCHAR(500),
    total       NUMERIC(18,2) NOT NULL CHECK (total >= 0),
    period_from DATE,
    period_to   DATE,
    version     BIGINT        NOT NULL CHECK (version >= 1),
    updated_at  TIMESTAMPTZ   NOT NULL
);

CREATE TABLE declaration_source (
    declaration_name VARCHAR(100)  NOT NULL REFERENCES declaration (name) ON DELETE CASCADE,
    source           VARCHAR(40)   NOT NULL REFERENCES fund_source (code),
    amount           NUMERIC(18,2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (declaration_name, source)
);
