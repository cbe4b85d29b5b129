-- Schema 7: tiles of one's own (issue 18 §2): a title, up to eight steps (a JSON array of
-- text) and what you could say, made by the person, kept here like everything else.
-- `id` is `own-` and 16 random hex digits: random, so a tile keeps its id through a backup
-- and a restore onto another device, and past taps (action_taken.action_id) still name it.
-- `show_locked` says whether its title may wait outside the vault, for Home while locked.
-- Listed in the order they were made (rowid).

CREATE TABLE own_tile (
    id          TEXT    NOT NULL PRIMARY KEY,
    title       TEXT    NOT NULL,
    steps       TEXT    NOT NULL DEFAULT '[]',
    say         TEXT,
    show_locked INTEGER NOT NULL DEFAULT 0 CHECK (show_locked IN (0, 1))
);
