//! What the lock promises beyond "the right passcode opens it": weak passcodes are refused, a
//! passcode is the same however an accent was typed, and where the device has a key store a
//! copied folder does not open off the device, wherever the folder is reached from on it.

use aftercare_core::{
    data_dir::DataDir,
    store::NewOwnTile,
    vault::{slot::KeySlot, DeviceKeyName, DeviceSecret, KeyId, Vault, VaultStatus},
    ErrorKind,
};

use crate::support::*;

fn device(byte: u8) -> DeviceSecret {
    DeviceSecret::from_stored(&[byte; 32]).unwrap()
}

fn empty_vault() -> (tempfile::TempDir, Vault) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::resolve(Some(tmp.path().join("data")), tmp.path().join("unused")).unwrap();
    (tmp, Vault::new(&dir))
}

/// The same folder, copied (to another device, say): a vault over the copy knows nothing of
/// the first one's device secret.
fn copy_of(tmp: &tempfile::TempDir) -> (tempfile::TempDir, Vault) {
    let other = tempfile::tempdir().unwrap();
    for (name, bytes) in files(&tmp.path().join("data")) {
        let path = other.path().join("data").join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    let dir =
        DataDir::resolve(Some(other.path().join("data")), other.path().join("unused")).unwrap();
    (other, Vault::new(&dir))
}

/// A 6-digit PIN, the most common passwords, and the app's own name are too easy to guess
/// offline; a few unrelated words are not.
const WEAK: &[&str] = &[
    "123456",
    "482916",
    "000000",
    "password1",
    "qwertyuiop",
    "aftercare2024",
    "sunflower",
    "abcabcabc",
];
const STRONG: &[&str] = &[
    "blue kettle sunday",
    "correct horse",
    "quiet meadow lantern",
    "Tr0ub4dor&3",
];

#[test]
fn weak_passcodes_are_refused_at_first_run_and_nothing_is_written() {
    for weak in WEAK {
        let (tmp, mut vault) = empty_vault();
        let refused = vault.set_up(&passcode(weak), FAST, &mut rng()).unwrap_err();
        assert_eq!(
            refused.kind(),
            ErrorKind::WeakPasscode,
            "{weak:?} is refused"
        );
        assert!(
            !refused.to_string().contains(weak),
            "the error never holds the passcode"
        );
        assert_eq!(vault.status(), VaultStatus::NotSetUp);
        assert!(
            files(&tmp.path().join("data")).is_empty(),
            "nothing written"
        );
    }
    for strong in STRONG {
        let (_tmp, mut vault) = empty_vault();
        vault.set_up(&passcode(strong), FAST, &mut rng()).unwrap();
    }
}

#[test]
fn a_weak_new_passcode_is_refused_and_the_old_one_still_opens() {
    let mut f = set_up();
    let slot = std::fs::read(f.vault.slot_path()).unwrap();
    let refused = f
        .vault
        .change_passcode(
            &passcode(PASSCODE),
            &passcode("123456"),
            FAST,
            evening(),
            &mut rng(),
        )
        .unwrap_err();
    assert_eq!(refused.kind(), ErrorKind::WeakPasscode);
    assert_eq!(std::fs::read(f.vault.slot_path()).unwrap(), slot);
    f.vault.lock();
    f.vault.unlock(&passcode(PASSCODE), evening()).unwrap();
}

#[test]
fn an_accent_typed_either_way_is_the_same_passcode() {
    let precomposed = "caf\u{e9} au lait";
    let decomposed = "cafe\u{301} au lait";
    let (_tmp, mut vault) = empty_vault();
    vault
        .set_up(&passcode(precomposed), FAST, &mut rng())
        .unwrap();
    vault.lock();
    vault.unlock(&passcode(decomposed), evening()).unwrap();
    vault.lock();
    vault.unlock(&passcode(precomposed), evening()).unwrap();

    let (_tmp, mut vault) = empty_vault();
    vault
        .set_up(&passcode(decomposed), FAST, &mut rng())
        .unwrap();
    vault.lock();
    vault.unlock(&passcode(precomposed), evening()).unwrap();
}

#[test]
fn with_a_device_secret_a_copied_folder_does_not_open_and_says_why() {
    let (tmp, mut vault) = empty_vault();
    vault.set_device_secret(Some(device(1)));
    vault.set_up(&passcode(PASSCODE), FAST, &mut rng()).unwrap();
    vault
        .record_care(content(), &water(), evening(), &mut rng())
        .unwrap();
    vault.lock();

    let (copy, mut elsewhere) = copy_of(&tmp);
    let before = files(&copy.path().join("data"));
    let missing = elsewhere
        .unlock(&passcode(PASSCODE), evening())
        .unwrap_err();
    assert_eq!(missing.kind(), ErrorKind::DeviceKeyMissing);
    assert_eq!(
        elsewhere.failed_attempts(),
        0,
        "no passcode was tried, so no try is counted"
    );
    assert_eq!(files(&copy.path().join("data")), before, "nothing changed");
    // Another device's secret does not open it either, even with the right passcode.
    elsewhere.set_device_secret(Some(device(2)));
    let other = elsewhere
        .unlock(&passcode(PASSCODE), evening())
        .unwrap_err();
    assert_eq!(other.kind(), ErrorKind::WrongPasscode);

    // On the device, passcode and secret together open it, as do the copy's files.
    vault.unlock(&passcode(PASSCODE), evening()).unwrap();
    elsewhere.set_device_secret(Some(device(1)));
    elsewhere.unlock(&passcode(PASSCODE), evening()).unwrap();
}

#[test]
fn without_a_key_store_the_passcode_alone_opens_it_as_before() {
    let (tmp, mut vault) = empty_vault();
    vault.set_up(&passcode(PASSCODE), FAST, &mut rng()).unwrap();
    vault.lock();
    let (_copy, mut elsewhere) = copy_of(&tmp);
    elsewhere.unlock(&passcode(PASSCODE), evening()).unwrap();
    // A key store that appears later changes nothing for this slot.
    vault.set_device_secret(Some(device(3)));
    vault.unlock(&passcode(PASSCODE), evening()).unwrap();
}

#[test]
fn a_changed_passcode_keeps_the_device_secret_in_the_wrapping() {
    let (tmp, mut vault) = empty_vault();
    vault.set_device_secret(Some(device(1)));
    vault.set_up(&passcode(PASSCODE), FAST, &mut rng()).unwrap();
    vault
        .change_passcode(
            &passcode(PASSCODE),
            &passcode("quiet meadow lantern"),
            FAST,
            evening(),
            &mut rng(),
        )
        .unwrap();
    vault.lock();
    let (_copy, mut elsewhere) = copy_of(&tmp);
    let missing = elsewhere
        .unlock(&passcode("quiet meadow lantern"), evening())
        .unwrap_err();
    assert_eq!(missing.kind(), ErrorKind::DeviceKeyMissing);
    vault
        .unlock(&passcode("quiet meadow lantern"), evening())
        .unwrap();
}

#[test]
fn wipe_forgets_the_device_secret() {
    let (_tmp, mut vault) = empty_vault();
    vault.set_device_secret(Some(device(1)));
    vault.set_up(&passcode(PASSCODE), FAST, &mut rng()).unwrap();
    vault.wipe().unwrap();
    // Set up again without a key store: the new slot must not need the old secret.
    vault.set_up(&passcode(PASSCODE), FAST, &mut rng()).unwrap();
    vault.lock();
    let mut fresh = Vault::new(
        &DataDir::resolve(
            Some(vault.slot_path().parent().unwrap().to_owned()),
            vault.slot_path(),
        )
        .unwrap(),
    );
    fresh.unlock(&passcode(PASSCODE), evening()).unwrap();
}

#[test]
fn a_device_secret_of_the_wrong_size_is_damage() {
    let wrong = DeviceSecret::from_stored(&[1; 16]).unwrap_err();
    assert_eq!(wrong.kind(), ErrorKind::Damaged);
}

#[test]
fn after_a_re_key_an_old_copy_of_the_key_slot_no_longer_opens_the_data() {
    let mut f = set_up();
    // Not `rng()`: set-up drew its key from that seed.
    let mut r = <rand_chacha::ChaCha20Rng as rand_chacha::rand_core::SeedableRng>::seed_from_u64(7);
    f.vault
        .record_care(content(), &water(), evening(), &mut r)
        .unwrap();
    let old_slot = std::fs::read(f.vault.slot_path()).unwrap();

    f.vault
        .change_passcode_and_rekey(
            &passcode(PASSCODE),
            &passcode("a new and longer one"),
            FAST,
            evening(),
            &mut r,
        )
        .unwrap();
    // Everything is still there, and taps sealed while locked reach the new key's inbox.
    f.vault.lock();
    f.vault
        .record_care(content(), &water(), evening() + minutes(1), &mut r)
        .unwrap();
    let report = f
        .vault
        .unlock(&passcode("a new and longer one"), evening() + minutes(2))
        .unwrap();
    assert_eq!(report.merged, 1);
    let history = f.vault.store().unwrap().history(10, None).unwrap();
    assert_eq!(history[0].care.len(), 2);
    f.vault.lock();

    // Someone kept the old key slot (a backup, a copied folder) and knows the old passcode.
    std::fs::write(f.vault.slot_path(), old_slot).unwrap();
    let error = f
        .vault
        .unlock(&passcode(PASSCODE), evening() + minutes(3))
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Damaged, "{error}");
}

/// The same data folder, as a new start of the app finds it.
fn reopen(tmp: &tempfile::TempDir) -> Vault {
    let dir = DataDir::resolve(Some(tmp.path().join("data")), tmp.path().join("unused")).unwrap();
    Vault::new(&dir)
}

/// A key slot tied to this device by the version before (its secret named in the key store by
/// the data folder's path) still opens; moved to this version, it names the id its secret is
/// filed under instead, wherever the folder is, and opens with it.
#[test]
fn a_slot_tied_before_it_named_its_key_opens_and_moves_to_an_id_of_its_own() {
    let (tmp, mut vault) = empty_vault();
    let mut r = <rand_chacha::ChaCha20Rng as rand_chacha::rand_core::SeedableRng>::seed_from_u64(7);
    vault.set_device_secret(Some(device(1)));
    vault.set_up(&passcode(PASSCODE), FAST, &mut rng()).unwrap();
    vault
        .record_care(content(), &water(), evening(), &mut r)
        .unwrap();
    // Written back as version 2 wrote it.
    let slot = KeySlot::decode(&std::fs::read(vault.slot_path()).unwrap()).unwrap();
    let key = slot.open(&passcode(PASSCODE), Some(&device(1))).unwrap();
    let old = KeySlot::sealed_as_version_2_for_tests(
        &key,
        &passcode(PASSCODE),
        Some(&device(1)),
        FAST,
        slot.inbox_public_key,
        &mut r,
    );
    std::fs::write(vault.slot_path(), old.encode()).unwrap();
    vault.lock();

    let mut vault = reopen(&tmp);
    assert_eq!(vault.device_key_name(), Some(DeviceKeyName::Folder));
    vault.set_device_secret(Some(device(1)));
    vault.unlock(&passcode(PASSCODE), evening()).unwrap();
    let id = KeyId([8; 16]);
    vault
        .upgrade_slot(&passcode(PASSCODE), device(1).filed_as(id), &mut r)
        .unwrap();
    assert_eq!(vault.device_key_name(), Some(DeviceKeyName::Id(id)));
    assert!(KeySlot::decode(&std::fs::read(vault.slot_path()).unwrap())
        .unwrap()
        .is_current());
    vault.lock();

    let mut again = reopen(&tmp);
    again.set_device_secret(Some(device(1).filed_as(id)));
    again
        .record_care(content(), &water(), evening() + minutes(1), &mut r)
        .expect("the device's key vouches for the slot it wrote");
    again.unlock(&passcode(PASSCODE), evening()).unwrap();
    let taps: usize = again
        .store()
        .unwrap()
        .history(10, None)
        .unwrap()
        .iter()
        .map(|m| m.care.len())
        .sum();
    assert_eq!(taps, 2);
    again.lock();
    let (_copy, mut elsewhere) = copy_of(&tmp);
    let missing = elsewhere
        .unlock(&passcode(PASSCODE), evening())
        .unwrap_err();
    assert_eq!(missing.kind(), ErrorKind::DeviceKeyMissing, "still tied");
}

/// Set up where there was no key store; once there is one, the next change of passcode ties
/// the vault to the device, and the files read while locked are vouched for by its key.
#[test]
fn a_vault_set_up_without_a_key_store_is_tied_at_the_next_change_of_passcode() {
    let (tmp, mut vault) = empty_vault();
    vault.set_up(&passcode(PASSCODE), FAST, &mut rng()).unwrap();
    assert!(!vault.tied_to_device());
    aftercare_core::api::own_tiles::add_own_tile(
        &mut vault,
        &NewOwnTile {
            title: "Tea".into(),
            show_locked: true,
            ..NewOwnTile::default()
        },
        &mut rng(),
    )
    .unwrap();
    vault
        .plan_follow_ups(evening(), &crate::support::london())
        .unwrap();
    vault.set_device_secret(Some(device(5)));
    vault
        .change_passcode(
            &passcode(PASSCODE),
            &passcode("quiet meadow lantern"),
            FAST,
            evening(),
            &mut rng(),
        )
        .unwrap();
    assert!(vault.tied_to_device());
    vault.lock();

    let (_copy, mut elsewhere) = copy_of(&tmp);
    let missing = elsewhere
        .unlock(&passcode("quiet meadow lantern"), evening())
        .unwrap_err();
    assert_eq!(missing.kind(), ErrorKind::DeviceKeyMissing);
    let mut again = reopen(&tmp);
    again.set_device_secret(Some(device(5)));
    assert_eq!(
        again.locked_tiles().len(),
        1,
        "vouched for by the device now"
    );
    assert_eq!(again.schedule().pending.len(), 2);
    again
        .unlock(&passcode("quiet meadow lantern"), evening())
        .unwrap();
}

/// A passcode changed while the secret of a slot tied before ids is still filed under the data
/// folder (the key store would not file it anew at unlock): the new slot still names the
/// folder, so it opens, and the next unlock moves it to an id as usual.
#[test]
fn a_passcode_changed_before_the_secret_moved_to_an_id_still_opens() {
    let (tmp, mut vault) = empty_vault();
    let mut r = <rand_chacha::ChaCha20Rng as rand_chacha::rand_core::SeedableRng>::seed_from_u64(9);
    vault.set_device_secret(Some(device(1)));
    vault.set_up(&passcode(PASSCODE), FAST, &mut rng()).unwrap();
    let slot = KeySlot::decode(&std::fs::read(vault.slot_path()).unwrap()).unwrap();
    let key = slot.open(&passcode(PASSCODE), Some(&device(1))).unwrap();
    let old = KeySlot::sealed_as_version_2_for_tests(
        &key,
        &passcode(PASSCODE),
        Some(&device(1)),
        FAST,
        slot.inbox_public_key,
        &mut r,
    );
    std::fs::write(vault.slot_path(), old.encode()).unwrap();
    vault.lock();

    // As the key store gives it back from the folder's name: no id.
    let mut vault = reopen(&tmp);
    vault.set_device_secret(Some(device(1)));
    vault.unlock(&passcode(PASSCODE), evening()).unwrap();
    vault
        .change_passcode(
            &passcode(PASSCODE),
            &passcode("quiet meadow lantern"),
            FAST,
            evening(),
            &mut r,
        )
        .unwrap();
    assert_eq!(
        vault.device_key_name(),
        Some(DeviceKeyName::Folder),
        "still found where the key store has it"
    );
    vault.lock();
    let mut again = reopen(&tmp);
    again.set_device_secret(Some(device(1)));
    again
        .unlock(&passcode("quiet meadow lantern"), evening())
        .unwrap();
    let id = KeyId([3; 16]);
    again
        .upgrade_slot(
            &passcode("quiet meadow lantern"),
            device(1).filed_as(id),
            &mut r,
        )
        .unwrap();
    assert_eq!(again.device_key_name(), Some(DeviceKeyName::Id(id)));
}
