-- Schema 4: "my people", the names and numbers a person chooses to keep (a friend, a helpline
-- they trust), shown in the calm space once unlocked. Listed in the order they were added.

CREATE TABLE person (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL,
    number TEXT NOT NULL
);
