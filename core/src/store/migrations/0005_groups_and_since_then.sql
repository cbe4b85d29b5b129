-- Schema 5: "Who was this with?" can be more than one person ('group'), and a check-in can look
-- back on a moment a day or more later ('since-then'). SQLite cannot change a CHECK constraint in
-- place, so `moment` and `check_in` are rebuilt: copied into new tables, the old ones dropped and
-- the new ones renamed, with their indexes made again. The runner turns foreign keys off around
-- this migration (they cannot be switched inside a transaction) and checks every link before it
-- commits, so care, check-ins, journal entries and reminders keep pointing at their moments.

CREATE TABLE moment_new (
    id               INTEGER PRIMARY KEY,
    started_at       INTEGER NOT NULL,          -- ms since the Unix epoch, UTC
    last_activity_at INTEGER NOT NULL,
    setting          TEXT CHECK (setting IN ('partner', 'casual', 'group', 'solo')),
    ended_at         INTEGER                    -- ms since the Unix epoch, UTC; NULL while open
);
INSERT INTO moment_new (id, started_at, last_activity_at, setting, ended_at)
    SELECT id, started_at, last_activity_at, setting, ended_at FROM moment;

CREATE TABLE check_in_new (
    id        INTEGER PRIMARY KEY,
    moment_id INTEGER NOT NULL REFERENCES moment (id) ON DELETE CASCADE,
    at        INTEGER NOT NULL,
    setting   TEXT CHECK (setting IN ('partner', 'casual', 'group', 'solo')),
    body      INTEGER CHECK (body BETWEEN 1 AND 5),
    feelings  INTEGER CHECK (feelings BETWEEN 1 AND 5),
    mind      INTEGER CHECK (mind BETWEEN 1 AND 5),
    desire    INTEGER CHECK (desire BETWEEN 1 AND 5),
    answers   TEXT    NOT NULL DEFAULT '[]',   -- JSON: [{question, options, text}]
    note      TEXT,
    occasion  TEXT    NOT NULL DEFAULT 'right-after'
              CHECK (occasion IN ('right-after', 'since-then'))
);
INSERT INTO check_in_new (id, moment_id, at, setting, body, feelings, mind, desire, answers, note)
    SELECT id, moment_id, at, setting, body, feelings, mind, desire, answers, note FROM check_in;

DROP TABLE check_in;
DROP TABLE moment;
ALTER TABLE moment_new RENAME TO moment;
ALTER TABLE check_in_new RENAME TO check_in;

CREATE INDEX moment_by_activity ON moment (last_activity_at);
CREATE INDEX check_in_by_moment ON check_in (moment_id, at);
