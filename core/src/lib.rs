//! Aftercare's core: what the app says (`content`), where it keeps its files (`data_dir`), the
//! keys and the locked/unlocked line (`vault`), the encrypted database (`store`), the things
//! a person records (`model`), and the body of each of the app's commands (`api`), which the
//! shell only decodes, acquires for and calls.
//!
//! Architecture invariant: this crate knows nothing of Tauri, windows or the web UI. It never
//! reads the clock or a random generator itself; callers pass them in.

#![deny(unsafe_code)]

pub mod api;
pub mod backup;
pub mod card;
pub mod content;
pub mod data_dir;
mod error;
mod fs;
pub mod insights;
pub mod model;
pub mod reminders;
pub mod store;
pub mod vault;
pub mod zone;

pub use error::{Error, ErrorKind};
