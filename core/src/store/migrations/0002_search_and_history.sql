-- Schema 2: full-text search over the journal, and indexes for the history and moment lookups.

CREATE VIRTUAL TABLE journal_search USING fts5 (
    body,
    content = 'journal_entry',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Deleting or editing an entry removes its words from the index itself, not just from results.
INSERT INTO journal_search (journal_search, rank) VALUES ('secure-delete', 1);

-- Entries written under schema 1 become searchable too.
INSERT INTO journal_search (journal_search) VALUES ('rebuild');

CREATE TRIGGER journal_entry_ai AFTER INSERT ON journal_entry BEGIN
    INSERT INTO journal_search (rowid, body) VALUES (new.id, new.body);
END;

CREATE TRIGGER journal_entry_ad AFTER DELETE ON journal_entry BEGIN
    INSERT INTO journal_search (journal_search, rowid, body) VALUES ('delete', old.id, old.body);
END;

CREATE TRIGGER journal_entry_au AFTER UPDATE OF body ON journal_entry BEGIN
    INSERT INTO journal_search (journal_search, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO journal_search (rowid, body) VALUES (new.id, new.body);
END;

CREATE INDEX moment_by_activity ON moment (last_activity_at);
CREATE INDEX action_taken_by_moment ON action_taken (moment_id, at);
CREATE INDEX check_in_by_moment ON check_in (moment_id, at);
CREATE INDEX journal_by_moment ON journal_entry (moment_id);
CREATE INDEX journal_by_created ON journal_entry (created_at);
CREATE INDEX reminder_by_due ON reminder (state, due_at);
