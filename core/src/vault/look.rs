//! What others may glimpse of the app: the name its window (and tray) goes by, and whether the
//! window shows up in screenshots and screen sharing.
//!
//! Both settings live in the encrypted store, so they can be read only once unlocked. The app
//! starts discreet and protected ([`Look::default`]), follows the person's choice from the first
//! unlock and whenever the settings change, keeps it while locked (nothing about it is stored
//! outside the vault), and goes back to the default after wipe.

use super::{Vault, VaultStatus};
use crate::content::Content;

/// The two choices, as the store holds them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    pub discreet: bool,
    pub protect_screen: bool,
}

impl Default for Look {
    /// Before the settings can be read: discreet and protected.
    fn default() -> Self {
        Look {
            discreet: true,
            protect_screen: true,
        }
    }
}

impl Look {
    /// The name the window and the tray go by: the neutral one when discreet.
    pub fn name(self, content: &Content) -> &str {
        let key = if self.discreet {
            "app.neutral_name"
        } else {
            "app.name"
        };
        content.string(key).unwrap_or_default()
    }
}

impl Vault {
    /// The look the saved settings ask for; the default when there are none to read (not set
    /// up, or wiped); `None` while locked, or when they cannot be read: the look stays as it is.
    pub fn look(&self) -> Option<Look> {
        match self.status() {
            VaultStatus::Unlocked => {}
            VaultStatus::Locked => return None,
            VaultStatus::NotSetUp | VaultStatus::Unfinished => return Some(Look::default()),
        }
        let store = self.store().ok()?;
        Some(Look {
            discreet: store.discreet().ok()?,
            protect_screen: store.protect_screen().ok()?,
        })
    }
}
