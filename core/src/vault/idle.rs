//! The auto-lock's rule: the vault locks once nothing happened for the setting's minutes. The
//! shell keeps the time of the last activity and asks on a timer.

use chrono::{DateTime, Utc};

use super::Vault;
use crate::Error;

impl Vault {
    /// Locks if nothing happened since `last_activity` for the auto-lock setting's minutes, as
    /// of `now`; says whether it locked. The shell calls this on a timer, so the lock holds
    /// even when the page cannot (a stalled page, a window hidden to the tray).
    pub fn lock_if_idle(
        &mut self,
        last_activity: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<bool, Error> {
        if !self.idle_since(last_activity, now)? {
            return Ok(false);
        }
        self.lock();
        Ok(true)
    }

    /// Whether the vault is unlocked and nothing happened since `last_activity` for the
    /// auto-lock setting's minutes, as of `now`: what [`Vault::lock_if_idle`] locks on. The
    /// shell asks first, so that the page can save what it holds before the lock.
    pub fn idle_since(
        &self,
        last_activity: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<bool, Error> {
        let Some(unlocked) = &self.unlocked else {
            return Ok(false);
        };
        let minutes = i64::from(unlocked.store.auto_lock_minutes()?);
        Ok((now - last_activity).num_seconds() >= minutes * 60)
    }
}
