//! The passcode as typed: zeroed when dropped, never logged, never in an error; and asking
//! for it again before something leaves the vault unencrypted ([`PasscodeConfirmed`]).
//!
//! Before the key derivation a passcode is put in Unicode NFC, so "é" typed as one character
//! or as "e" and a combining accent (keyboards and platforms differ) is the same passcode.

use unicode_normalization::{is_nfc, UnicodeNormalization};
use zeroize::Zeroizing;

use chrono::{DateTime, Utc};

use super::Vault;
use crate::Error;

/// The shortest passcode accepted. The strength check refuses most short ones anyway.
pub const MIN_PASSCODE_CHARS: usize = 6;

/// The least zxcvbn score a new passcode needs: 3 means an estimated 10⁸ guesses or more
/// ("safely unguessable" in zxcvbn's words; a 6-digit PIN scores 1 or 2).
pub const MIN_PASSCODE_SCORE: u8 = 3;

/// How much of a passcode the estimator reads: its cost grows quickly with length, and a
/// passcode whose first 64 characters are guessable is not saved by what follows.
const ESTIMATED_CHARS: usize = 64;

/// Words that make a passcode easy to guess for someone who knows which app this is.
const APP_WORDS: &[&str] = &["aftercare", "passcode", "password"];

/// A passcode as typed. Zeroed when dropped; never logged, never in an error.
pub struct Passcode(Zeroizing<String>);

impl Passcode {
    pub fn new(text: String) -> Passcode {
        Passcode(Zeroizing::new(text))
    }

    /// The bytes the key derivation takes: the passcode in Unicode NFC. Written into one
    /// buffer of its final size (measured first): a buffer that grew would leave its earlier
    /// copies of the passcode behind, freed but not wiped.
    pub(crate) fn normalized(&self) -> Zeroizing<Vec<u8>> {
        let len = self.0.nfc().map(char::len_utf8).sum();
        let mut text = Zeroizing::new(String::with_capacity(len));
        text.extend(self.0.nfc());
        Zeroizing::new(std::mem::take(&mut *text).into_bytes())
    }

    /// The bytes as typed, for key slots written before passcodes were normalised; `None`
    /// when they are the same as [`Passcode::normalized`].
    pub(crate) fn as_typed_if_not_nfc(&self) -> Option<&[u8]> {
        (!is_nfc(&self.0)).then(|| self.0.as_bytes())
    }

    /// Refuses a new passcode that is too short or too easy to guess:
    /// [`Error::PasscodeTooShort`], [`Error::WeakPasscode`]. The estimate is zxcvbn's (common
    /// passwords, names, words, dates, keyboard patterns, repeats and sequences).
    pub fn check_strength(&self) -> Result<(), Error> {
        if self.0.chars().count() < MIN_PASSCODE_CHARS {
            return Err(Error::PasscodeTooShort {
                min: MIN_PASSCODE_CHARS,
            });
        }
        // A slice of the passcode itself, not a copy of it.
        let end = self
            .0
            .char_indices()
            .nth(ESTIMATED_CHARS)
            .map_or(self.0.len(), |(at, _)| at);
        let estimate = zxcvbn::zxcvbn(&self.0[..end], APP_WORDS);
        if u8::from(estimate.score()) < MIN_PASSCODE_SCORE {
            return Err(Error::WeakPasscode);
        }
        Ok(())
    }
}

impl std::fmt::Debug for Passcode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passcode(…)")
    }
}

/// Proof that the person typed the passcode again just now: what an unencrypted journal
/// export takes ([`crate::backup::JournalExport::PlainAfterWarning`]). Only
/// [`Vault::confirm_passcode`] makes one.
#[derive(Debug)]
pub struct PasscodeConfirmed(());

impl Vault {
    /// Checks `passcode` against the key slot, as unlocking does and counted against the same
    /// back-off, while unlocked: the step before words leave the vault unencrypted.
    ///
    /// Errors: [`Error::Locked`]; [`Error::WrongPasscode`]; [`Error::TooManyAttempts`].
    pub fn confirm_passcode(
        &self,
        passcode: &Passcode,
        now: DateTime<Utc>,
    ) -> Result<PasscodeConfirmed, Error> {
        if self.unlocked.is_none() {
            return Err(Error::Locked);
        }
        self.open_slot(passcode, now)?;
        Ok(PasscodeConfirmed(()))
    }
}
