//! The settings kept in the encrypted store.

use aftercare_core::api::settings::{self, Settings};

use super::commands;

commands! {
    fn settings(app, vault, given) -> Settings {
        settings::settings(vault, app.content)
    }

    fn update_settings(app, vault, given, changes: Settings) -> Settings {
        settings::update_settings(vault, app.content, changes)
    }
}
