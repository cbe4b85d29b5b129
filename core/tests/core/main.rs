//! Integration tests of `aftercare-core`, one binary with a module per area.

mod auto_delete;
mod backup;
mod backup_cli;
mod backup_files;
mod card;
mod content;
mod crash;
mod damage;
mod data_dir;
mod durability;
mod follow_ups;
mod formats;
mod fuzzed;
mod inbox;
mod journal;
mod lock;
mod moments;
mod people;
mod properties;
mod recording;
mod reminders;
mod support;
mod undo;
mod vault;
