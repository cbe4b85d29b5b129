-- Schema 6: each record's backup id, so that a restore merges every record exactly once,
-- however many times the same backup (or a backup of a restored copy) is restored.
-- A random id is given to a record at its first backup, and a restored record keeps the id it
-- came with. Deleting a record forgets its id (the triggers below), so a row number SQLite
-- hands out again never inherits the id of a deleted record.
-- (Numbered after 0005; if another migration lands first, renumber this file: nothing else
-- refers to its number.)

CREATE TABLE backup_id (
    kind   TEXT    NOT NULL
           CHECK (kind IN ('moment', 'care', 'check-in', 'journal', 'reminder', 'person')),
    row_id INTEGER NOT NULL,
    id     TEXT    NOT NULL UNIQUE,
    PRIMARY KEY (kind, row_id)
) WITHOUT ROWID;

CREATE TRIGGER moment_backup_id_ad AFTER DELETE ON moment BEGIN
    DELETE FROM backup_id WHERE kind = 'moment' AND row_id = old.id;
END;
CREATE TRIGGER action_taken_backup_id_ad AFTER DELETE ON action_taken BEGIN
    DELETE FROM backup_id WHERE kind = 'care' AND row_id = old.id;
END;
CREATE TRIGGER check_in_backup_id_ad AFTER DELETE ON check_in BEGIN
    DELETE FROM backup_id WHERE kind = 'check-in' AND row_id = old.id;
END;
CREATE TRIGGER journal_entry_backup_id_ad AFTER DELETE ON journal_entry BEGIN
    DELETE FROM backup_id WHERE kind = 'journal' AND row_id = old.id;
END;
CREATE TRIGGER reminder_backup_id_ad AFTER DELETE ON reminder BEGIN
    DELETE FROM backup_id WHERE kind = 'reminder' AND row_id = old.id;
END;
CREATE TRIGGER person_backup_id_ad AFTER DELETE ON person BEGIN
    DELETE FROM backup_id WHERE kind = 'person' AND row_id = old.id;
END;
