//! Unlocking with a fingerprint or face (issue 30 §3): a second key slot beside the passcode's,
//! opened by a secret only the phone's own key store gives back after the person's finger or
//! face. Opt-in, added only with the passcode, never the only way in: the passcode still
//! opens, a change of passcode or of key turns it off, and wipe removes it first.

use aftercare_core::{
    vault::{BiometricSecret, Vault, VaultStatus, BIOMETRIC_SLOT_FILE},
    ErrorKind,
};

use crate::support::*;

/// What the phone's key store gives back for a secret it sealed: opaque to the app.
const SEALED: &[u8] = b"sealed by the phone's key store;iv";

fn secret(byte: u8) -> BiometricSecret {
    BiometricSecret::from_bytes([byte; 32])
}

/// A vault with a second key slot, locked.
fn with_second_slot() -> Fixture {
    let mut f = set_up();
    f.vault
        .add_biometric_slot(
            &passcode(PASSCODE),
            &secret(6),
            SEALED,
            evening(),
            &mut rng(),
        )
        .unwrap();
    f.vault.lock();
    f
}

#[test]
fn a_fingerprint_unlock_is_added_only_with_the_passcode_and_then_opens_the_vault() {
    let mut f = set_up();
    assert!(!f.vault.has_biometric_slot(), "off until chosen");
    let wrong = f
        .vault
        .add_biometric_slot(
            &passcode("not the passcode"),
            &secret(6),
            SEALED,
            evening(),
            &mut rng(),
        )
        .unwrap_err();
    assert_eq!(wrong.kind(), ErrorKind::WrongPasscode);
    assert!(!f.vault.has_biometric_slot());
    f.vault.lock();
    let locked = f
        .vault
        .add_biometric_slot(
            &passcode(PASSCODE),
            &secret(6),
            SEALED,
            evening(),
            &mut rng(),
        )
        .unwrap_err();
    assert_eq!(locked.kind(), ErrorKind::Locked, "only unlocked");

    let mut f = with_second_slot();
    assert!(f.vault.has_biometric_slot());
    let _ = f.vault.unlock(&passcode("a wrong guess"), evening());
    assert_eq!(f.vault.failed_attempts(), 1);
    assert_eq!(
        f.vault.biometric_sealed().as_deref(),
        Some(SEALED),
        "what the phone's key store is asked to open, read while locked"
    );
    f.vault
        .record_care(content(), &water(), evening(), &mut rng())
        .unwrap();
    let report = f
        .vault
        .unlock_with_biometric(&secret(6), evening())
        .unwrap();
    assert_eq!(f.vault.status(), VaultStatus::Unlocked);
    assert_eq!(
        report.merged, 1,
        "what was tapped while locked is merged, as at any unlock"
    );
    assert_eq!(
        f.vault.failed_attempts(),
        0,
        "the back-off's count starts again"
    );
    assert!(f
        .vault
        .store()
        .unwrap()
        .recent_moment(evening())
        .unwrap()
        .is_some());
}

#[test]
fn the_passcode_still_opens_and_a_secret_that_does_not_open_the_second_slot_turns_it_off() {
    let mut f = with_second_slot();
    f.vault.unlock(&passcode(PASSCODE), evening()).unwrap();
    f.vault.lock();

    let refused = f
        .vault
        .unlock_with_biometric(&secret(7), evening())
        .unwrap_err();
    assert_eq!(refused.kind(), ErrorKind::Damaged);
    assert_eq!(f.vault.status(), VaultStatus::Locked);
    assert!(
        !f.vault.has_biometric_slot(),
        "a slot that does not open is gone: the passcode, as ever, opens"
    );
    assert_eq!(
        f.vault
            .unlock_with_biometric(&secret(6), evening())
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );
    f.vault.unlock(&passcode(PASSCODE), evening()).unwrap();
}

#[test]
fn a_change_of_passcode_or_of_key_turns_the_second_slot_off_and_an_old_one_never_opens() {
    let mut f = with_second_slot();
    let kept = std::fs::read(f.dir.path().join(BIOMETRIC_SLOT_FILE)).unwrap();
    f.vault.unlock(&passcode(PASSCODE), evening()).unwrap();
    f.vault
        .change_passcode(
            &passcode(PASSCODE),
            &passcode("another long passcode"),
            FAST,
            evening(),
            &mut rng(),
        )
        .unwrap();
    assert!(
        !f.vault.has_biometric_slot(),
        "a new passcode starts without it"
    );
    assert!(!f.dir.path().join(BIOMETRIC_SLOT_FILE).exists());

    // The slot from before, put back (a change cut short, or a copy): it stood beside the old
    // key slot, not this one, so it opens nothing.
    std::fs::write(f.dir.path().join(BIOMETRIC_SLOT_FILE), &kept).unwrap();
    assert!(!f.vault.has_biometric_slot());
    f.vault.lock();
    assert_eq!(
        f.vault
            .unlock_with_biometric(&secret(6), evening())
            .unwrap_err()
            .kind(),
        ErrorKind::NotFound
    );

    f.vault
        .unlock(&passcode("another long passcode"), evening())
        .unwrap();
    f.vault
        .add_biometric_slot(
            &passcode("another long passcode"),
            &secret(6),
            SEALED,
            evening(),
            &mut rng(),
        )
        .unwrap();
    f.vault
        .change_passcode_and_rekey(
            &passcode("another long passcode"),
            &passcode(PASSCODE),
            FAST,
            evening(),
            &mut rng(),
        )
        .unwrap();
    assert!(!f.vault.has_biometric_slot(), "a new key too");
}

#[test]
fn turning_it_off_removes_the_second_slot_and_wipe_removes_it_before_the_key_slot() {
    let mut f = with_second_slot();
    f.vault.unlock(&passcode(PASSCODE), evening()).unwrap();
    f.vault.remove_biometric_slot().unwrap();
    assert!(!f.vault.has_biometric_slot());

    let mut f = with_second_slot();
    let mut seen = Vec::new();
    let dir = f.dir.path().to_owned();
    f.vault
        .wipe_with_checkpoints(&mut || {
            seen.push((
                dir.join(BIOMETRIC_SLOT_FILE).exists(),
                dir.join(aftercare_core::vault::SLOT_FILE).exists(),
            ))
        })
        .unwrap();
    assert_eq!(
        seen.first(),
        Some(&(false, true)),
        "the second slot goes first, while the passcode's still stands"
    );
    assert_eq!(Vault::new(&f.dir).status(), VaultStatus::NotSetUp);
}
