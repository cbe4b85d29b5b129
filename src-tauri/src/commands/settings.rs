//! The settings kept in the encrypted store.

use aftercare_core::api::settings::{self, Settings};

use super::commands;

commands! {
    fn settings(app, vault, given) -> Settings {
        settings::settings(vault, app.content())
    }

    fn update_settings(app, vault, given, changes: Settings) -> Settings {
        settings::update_settings(vault, app.content(), changes)
    }

    /// Speaks the language with this tag from now on, and keeps the choice: in the encrypted
    /// settings when unlocked, and in the `locale` file, locked or not. The page reloads.
    fn set_locale(app, vault, given, tag: String) -> () {
        app.set_locale(settings::set_locale(vault, &tag)?);
        Ok(())
    }
}
