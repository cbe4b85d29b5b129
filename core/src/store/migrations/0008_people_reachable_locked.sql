-- Schema 8: someone on "my people" may be marked reachable without unlocking (issue 25 §3): their
-- name and number are then also kept outside the vault, in `locked-people`, so the calm space can
-- show them while locked. Off for everyone until the person marks someone.

ALTER TABLE person ADD COLUMN reachable_locked INTEGER NOT NULL DEFAULT 0
    CHECK (reachable_locked IN (0, 1));
