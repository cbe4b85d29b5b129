//! The passcode as typed: zeroed when dropped, never logged, never in an error.

use zeroize::Zeroizing;

use crate::Error;

/// The shortest passcode accepted. The UI encourages a longer passphrase.
pub const MIN_PASSCODE_CHARS: usize = 6;

/// A passcode as typed. Zeroed when dropped; never logged, never in an error.
pub struct Passcode(Zeroizing<String>);

impl Passcode {
    pub fn new(text: String) -> Passcode {
        Passcode(Zeroizing::new(text))
    }

    pub(crate) fn bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }

    pub(super) fn check_length(&self) -> Result<(), Error> {
        if self.0.chars().count() < MIN_PASSCODE_CHARS {
            return Err(Error::PasscodeTooShort {
                min: MIN_PASSCODE_CHARS,
            });
        }
        Ok(())
    }
}

impl std::fmt::Debug for Passcode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passcode(…)")
    }
}
