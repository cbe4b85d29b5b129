//! Integration tests of `aftercare-core`, one binary with a module per area.

mod answers;
mod card;
mod content;
mod crash;
mod damage;
mod data_dir;
mod durability;
mod follow_ups;
mod formats;
mod fuzzed;
mod home;
mod inbox;
mod insights;
mod journal;
mod lock;
mod moments;
mod people;
mod properties;
mod recording;
mod reminders;
mod since_then;
mod support;
mod ui_keys;
mod undo;
mod vault;
