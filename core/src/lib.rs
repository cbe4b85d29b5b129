//! Aftercare's core: what the app says (`content`), where it keeps its files (`data_dir`) and,
//! in later layers, the encrypted store and the reminder plan.
//!
//! Architecture invariant: this crate knows nothing of Tauri, windows or the web UI. It never
//! reads the clock or a random generator itself; callers pass them in.

#![deny(unsafe_code)]

pub mod content;
pub mod data_dir;
mod error;

pub use error::{Error, ErrorKind};
