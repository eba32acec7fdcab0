-- what keyed test commands do: one row per execution, and one row they all lock (a shared balance)
CREATE TABLE test_effects (
    id   BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE test_balance (
    id     INTEGER PRIMARY KEY,
    amount BIGINT  NOT NULL
);

INSERT INTO test_balance (id, amount) VALUES (1, 0);
