-- Schema 1: the first release. Never edit a released migration; add a new file instead.

CREATE TABLE moment (
    id               INTEGER PRIMARY KEY,
    started_at       INTEGER NOT NULL,          -- ms since the Unix epoch, UTC
    last_activity_at INTEGER NOT NULL,
    setting          TEXT CHECK (setting IN ('partner', 'casual', 'solo'))
);

CREATE TABLE action_taken (
    id        INTEGER PRIMARY KEY,
    moment_id INTEGER NOT NULL REFERENCES moment (id) ON DELETE CASCADE,
    action_id TEXT    NOT NULL,
    at        INTEGER NOT NULL
);

CREATE TABLE check_in (
    id        INTEGER PRIMARY KEY,
    moment_id INTEGER NOT NULL REFERENCES moment (id) ON DELETE CASCADE,
    at        INTEGER NOT NULL,
    setting   TEXT CHECK (setting IN ('partner', 'casual', 'solo')),
    body      INTEGER CHECK (body BETWEEN 1 AND 5),
    feelings  INTEGER CHECK (feelings BETWEEN 1 AND 5),
    mind      INTEGER CHECK (mind BETWEEN 1 AND 5),
    desire    INTEGER CHECK (desire BETWEEN 1 AND 5),
    answers   TEXT    NOT NULL DEFAULT '[]',   -- JSON: [{question, options, text}]
    note      TEXT
);

CREATE TABLE journal_entry (
    id         INTEGER PRIMARY KEY,
    moment_id  INTEGER REFERENCES moment (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    prompt     TEXT,
    body       TEXT    NOT NULL
);

CREATE TABLE reminder (
    id         INTEGER PRIMARY KEY,
    moment_id  INTEGER REFERENCES moment (id) ON DELETE SET NULL,
    preset     TEXT    NOT NULL,
    due_at     INTEGER NOT NULL,
    state      TEXT    NOT NULL DEFAULT 'pending'
               CHECK (state IN ('pending', 'shown', 'done', 'cancelled', 'missed')),
    created_at INTEGER NOT NULL
);

-- The aftercare card: one row, its fields as JSON.
CREATE TABLE card (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    fields TEXT NOT NULL
);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- The secret half of the inbox key: records sealed while locked open only with it.
CREATE TABLE vault_key (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    inbox_secret BLOB NOT NULL
);

-- Ids of inbox records already merged, so each is merged exactly once.
CREATE TABLE merged_record (
    id BLOB PRIMARY KEY
) WITHOUT ROWID;
