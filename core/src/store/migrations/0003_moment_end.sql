-- Schema 3: a moment can be ended on purpose ("End this moment"). After that, the next tap starts
-- a new moment even within the window, and day-later reminders count from the end.

ALTER TABLE moment ADD COLUMN ended_at INTEGER;   -- ms since the Unix epoch, UTC; NULL while open
