//! The language the person chose, kept twice: in the encrypted settings, and in the file
//! `locale` beside the data, which holds only the language's tag (`es`), so that the unlock
//! screen and reminders while locked speak it too. A tag says nothing of what is kept here; the
//! file is not vouched for (at worst, something that can write the folder makes the app speak
//! another of its languages until the next unlock, which writes it again from the settings).

use super::Vault;
use crate::{content::Locale, fs::write_atomically, Error};

/// The file beside the data that holds the chosen language's tag.
pub const LOCALE_FILE: &str = "locale";

/// The longest tag the file may hold (BCP 47's longest useful tags are far shorter).
const MAX_TAG_BYTES: usize = 35;

/// The language `bytes` (the `locale` file) names, if it is one of this build's: a tag and
/// at most a line end; anything else is no choice at all.
pub fn read_locale(bytes: &[u8]) -> Option<&'static Locale> {
    if bytes.len() > MAX_TAG_BYTES + 1 {
        return None;
    }
    let text = std::str::from_utf8(bytes).ok()?;
    let tag = text.strip_suffix('\n').unwrap_or(text);
    if tag.is_empty() || !tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return None;
    }
    Locale::find(tag)
}

impl Vault {
    /// The language chosen on this device, from the file readable before unlocking; `None`
    /// when none was chosen (the app then follows the system's language).
    pub fn chosen_locale(&self) -> Option<&'static Locale> {
        let bytes = std::fs::read(self.file(LOCALE_FILE)).ok()?;
        read_locale(&bytes)
    }

    /// Keeps the person's choice of language: in the encrypted settings when unlocked, and in
    /// the `locale` file, locked or not (before set-up too: the welcome then speaks it).
    pub fn choose_locale(&mut self, locale: &'static Locale) -> Result<(), Error> {
        if let Some(unlocked) = &mut self.unlocked {
            unlocked.store.set_locale(locale)?;
        }
        self.language_changed = true;
        self.write_locale_file(locale)
    }

    /// At unlock and set-up: the settings' language is the person's choice, and the file is
    /// written again from it (a file that is missing or changed is put right); a vault from
    /// before languages takes the file's choice, or `current`, into its settings. Returns the
    /// language now chosen.
    pub fn settle_locale(&mut self, current: &'static Locale) -> Result<&'static Locale, Error> {
        let from_file = self.chosen_locale();
        let Some(unlocked) = &mut self.unlocked else {
            return Ok(from_file.unwrap_or(current));
        };
        let chosen = match unlocked.store.locale()? {
            Some(kept) => kept,
            None => {
                let chosen = from_file.unwrap_or(current);
                unlocked.store.set_locale(chosen)?;
                chosen
            }
        };
        if from_file.map(|l| l.tag) != Some(chosen.tag) {
            self.language_changed = true;
            self.write_locale_file(chosen)?;
        }
        Ok(chosen)
    }

    fn write_locale_file(&self, locale: &Locale) -> Result<(), Error> {
        write_atomically(
            &self.file(LOCALE_FILE),
            format!("{}\n", locale.tag).as_bytes(),
        )
        .map_err(Error::io("language file"))
    }
}
