-- One number that moves on in every transaction changing what the indicators show (a poll applied, a rebuild
-- swapped in, a target set), so that every gateway instance learns with one read whether the figures it keeps
-- in memory are current, whichever instance changed them.
CREATE TABLE gw_projection_version (
    id      smallint PRIMARY KEY CHECK (id = 1),
    version bigint   NOT NULL
);
INSERT INTO gw_projection_version (id, version) VALUES (1, 0);
