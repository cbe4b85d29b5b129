-- Schema 9: their cards (issue 29): someone's aftercare card, read from the picture or the text
-- they shared, kept with the name the person gives it and the time it was added. `fields` holds
-- the card as `card.fields` holds mine (CardV1). `backup_id` is 32 random hex digits given when
-- it is added, so a restore merges it exactly once, on any device. Listed in the order added.
-- (Numbered after 0008; if another migration lands first, renumber this file: nothing else
-- refers to its number.)

CREATE TABLE their_card (
    id        INTEGER PRIMARY KEY,
    backup_id TEXT    NOT NULL UNIQUE,
    name      TEXT    NOT NULL,
    fields    TEXT    NOT NULL,
    added_at  INTEGER NOT NULL           -- ms since the Unix epoch, UTC
);
