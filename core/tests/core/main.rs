//! Integration tests of `aftercare-core`, one binary with a module per area.

mod content;
mod data_dir;
