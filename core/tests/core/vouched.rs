//! While locked, trust only what the device vouches for: the inbox's public key in the key
//! slot, the reminder schedule and `locked-tiles` are read by a locked app that cannot decrypt
//! anything, so someone who can write the data folder must not be able to make it seal a
//! check-in to their key, fire a reminder or show a tile. A changed file is refused calmly, and
//! nothing saved is lost.

use aftercare_core::{
    content::Company,
    data_dir::DataDir,
    model::{NewCheckIn, NewPerson},
    store::NewOwnTile,
    vault::{
        inbox::{open_record, usable_public_key},
        slot::KeySlot,
        vouched::{self, Opened, VouchKey},
        CareRecorded, DeviceSecret, Recorded, Vault, LOCKED_PEOPLE_FILE, LOCKED_TILES_FILE,
        SCHEDULE_FILE,
    },
    ErrorKind,
};
use crypto_box::SecretKey;

use crate::support::*;

/// The device's secret, as the key store hands it in.
fn device() -> DeviceSecret {
    DeviceSecret::from_stored(&[6; 32]).unwrap()
}

/// A vault set up and unlocked, tied to this device or not.
pub fn set_up_tied(tied: bool) -> Fixture {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::resolve(Some(tmp.path().join("data")), tmp.path().join("unused")).unwrap();
    let mut vault = Vault::new(&dir);
    vault.set_device_secret(tied.then(device));
    vault.set_up(&passcode(PASSCODE), FAST, &mut rng()).unwrap();
    Fixture {
        _tmp: tmp,
        dir,
        vault,
    }
}

/// The app started again on the same folder: it holds nothing from before but the device's
/// secret, which the shell hands in at start when the vault is tied to this device.
pub fn cold_start(f: &Fixture, tied: bool) -> Vault {
    let mut vault = Vault::new(&f.dir);
    vault.set_device_secret(tied.then(device));
    vault
}

/// Someone writes `public` into the key slot's public key, as anyone who can write the folder
/// could.
fn put_in_slot(f: &Fixture, public: [u8; 32]) {
    let path = f.vault.slot_path();
    let mut slot = KeySlot::decode(&std::fs::read(&path).unwrap()).unwrap();
    slot.inbox_public_key = public;
    std::fs::write(&path, slot.encode()).unwrap();
}

/// Flips one byte of the file `name`: the first byte after `after` (a digit of a due
/// minute, a letter of a title), by `flip`.
fn flip_after(f: &Fixture, name: &str, after: &str, flip: u8) {
    let path = f.dir.path().join(name);
    let mut bytes = std::fs::read(&path).unwrap();
    let at = bytes
        .windows(after.len())
        .position(|w| w == after.as_bytes())
        .unwrap_or_else(|| panic!("{name} holds {after:?}"))
        + after.len();
    bytes[at] ^= flip;
    std::fs::write(&path, bytes).unwrap();
}

fn check_in() -> NewCheckIn {
    NewCheckIn {
        company: Some(Company::Partner),
        note: Some("only for me".into()),
        ..NewCheckIn::default()
    }
}

/// The sealed records waiting in the inbox (not those kept aside).
fn sealed(f: &Fixture) -> Vec<Vec<u8>> {
    if !f.vault.inbox_dir().is_dir() {
        return Vec::new();
    }
    files(&f.vault.inbox_dir())
        .into_iter()
        .filter(|(name, _)| name.ends_with(".rec") && !name.contains('/'))
        .map(|(_, bytes)| bytes)
        .collect()
}

fn check_ins(vault: &mut Vault) -> usize {
    let history = vault.store().unwrap().history(100, None).unwrap();
    history.iter().map(|m| m.check_ins.len()).sum()
}

fn actions(vault: &mut Vault) -> usize {
    let history = vault.store().unwrap().history(100, None).unwrap();
    history.iter().map(|m| m.care.len()).sum()
}

#[test]
fn a_check_in_saved_while_locked_is_never_sealed_to_a_key_put_in_the_key_slot() {
    // One random source for the whole story: every record gets an id of its own.
    let mut r = rng();
    let attacker = SecretKey::from([0x42; 32]);
    for (public, what) in [
        (*attacker.public_key().as_bytes(), "an attacker's key"),
        ([0; 32], "zeros"),
    ] {
        // The app still running since it was set up (not tied to a device): it seals to the
        // key it kept then.
        let mut f = set_up_tied(false);
        f.vault.lock();
        put_in_slot(&f, public);
        let saved = f
            .vault
            .save_check_in(&check_in(), evening(), &mut r)
            .unwrap();
        assert_eq!(saved, Recorded::Sealed, "{what}: saved all the same");
        for record in sealed(&f) {
            assert!(
                open_record(&attacker, &record).is_none(),
                "{what}: the attacker's secret opens nothing"
            );
        }
        let report = f.vault.unlock(&passcode(PASSCODE), evening()).unwrap();
        assert_eq!(report.merged, 1, "{what}: the check-in is there");
        assert_eq!(report.altered_files, 1, "{what}: and the changed slot said");

        // Tied to this device, started again: the device's key does not vouch for the slot's
        // public key, so nothing is sealed to it, calmly, and nothing is lost.
        let mut f = set_up_tied(true);
        f.vault
            .save_check_in(&check_in(), evening(), &mut r)
            .unwrap();
        f.vault.lock();
        put_in_slot(&f, public);
        let mut vault = cold_start(&f, true);
        let refused = vault
            .save_check_in(&check_in(), evening() + minutes(1), &mut r)
            .unwrap_err();
        assert_eq!(refused.kind(), ErrorKind::Untrusted, "{what}: {refused}");
        assert!(sealed(&f).is_empty(), "{what}: nothing sealed");
        assert_eq!(vault.altered_files(), ["keyslot"], "{what}");
        let report = vault.unlock(&passcode(PASSCODE), evening()).unwrap();
        assert_eq!(report.altered_files, 1, "{what}");
        assert_eq!(check_ins(&mut vault), 1, "{what}: nothing saved is lost");
        // Written again at the unlock: sealing works from a cold start once more.
        vault.lock();
        let mut vault = cold_start(&f, true);
        vault
            .save_check_in(&check_in(), evening() + minutes(2), &mut r)
            .unwrap();
        for record in sealed(&f) {
            assert!(open_record(&attacker, &record).is_none(), "{what}");
        }
        vault.unlock(&passcode(PASSCODE), evening()).unwrap();
        assert_eq!(check_ins(&mut vault), 2, "{what}");
    }

    // A cold start with nothing to check the slot against still refuses zeros.
    let mut f = set_up_tied(false);
    f.vault.lock();
    put_in_slot(&f, [0; 32]);
    let refused = cold_start(&f, false)
        .save_check_in(&check_in(), evening(), &mut r)
        .unwrap_err();
    assert_eq!(refused.kind(), ErrorKind::Untrusted);
}

/// What a cold start can honestly check without a key store: nothing in the folder is
/// vouched for before the first unlock, so a real public key put in the slot is sealed to (the
/// limit, said in the docs); the next unlock finds the slot's key is not the vault's, writes it
/// again, keeps the record it cannot open aside, and says both.
#[test]
fn without_a_key_store_a_key_put_in_the_slot_is_caught_at_the_next_unlock() {
    let mut r = rng();
    let attacker = SecretKey::from([0x42; 32]);
    let mut f = set_up_tied(false);
    f.vault.lock();
    put_in_slot(&f, *attacker.public_key().as_bytes());
    let mut vault = cold_start(&f, false);
    assert!(vault.altered_files().is_empty(), "nothing to check it with");
    vault.save_check_in(&check_in(), evening(), &mut r).unwrap();
    let report = vault.unlock(&passcode(PASSCODE), evening()).unwrap();
    assert_eq!(
        report.altered_files, 1,
        "the slot's key was not the vault's"
    );
    assert_eq!(report.unreadable, 1, "kept aside, not deleted, and counted");
    assert_eq!(vault.kept_aside().len(), 1);
    vault.lock();
    let mut vault = cold_start(&f, false);
    vault.save_check_in(&check_in(), evening(), &mut r).unwrap();
    for record in sealed(&f) {
        assert!(open_record(&attacker, &record).is_none(), "written again");
    }
    vault.unlock(&passcode(PASSCODE), evening()).unwrap();
    assert_eq!(check_ins(&mut vault), 1);
}

/// Every public key of small order (the list libsodium refuses), all zeros among them, with
/// and without the top bit X25519 ignores: what is sealed to any of them is readable by anyone.
#[test]
fn low_order_and_all_zero_public_keys_are_refused() {
    let hex = |s: &str| -> [u8; 32] {
        let bytes: Vec<u8> = (0..64)
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect();
        bytes.try_into().unwrap()
    };
    let low_order = [
        "0000000000000000000000000000000000000000000000000000000000000000",
        "0100000000000000000000000000000000000000000000000000000000000000",
        "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
        "5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157",
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    ];
    for point in low_order {
        let mut point = hex(point);
        assert!(!usable_public_key(&point), "{point:02x?} is refused");
        // X25519 ignores the top bit: the same point with it set.
        point[31] |= 0x80;
        assert!(!usable_public_key(&point), "{point:02x?} is refused");
    }
    for seed in 1..=20u8 {
        let key = SecretKey::from([seed; 32]);
        assert!(
            usable_public_key(key.public_key().as_bytes()),
            "a real public key is kept"
        );
    }
}

/// Someone on "my people" marked reachable without unlocking.
fn reachable_person() -> NewPerson {
    NewPerson {
        name: "Sam".into(),
        number: "+44 7700 900123".into(),
        reachable_locked: true,
    }
}

#[test]
fn a_byte_flipped_in_a_file_read_while_locked_is_refused_and_nothing_is_lost() {
    // One random source for the whole story: every record gets an id of its own.
    let mut r = rng();
    let tile = NewOwnTile {
        title: "Tea on the sofa".into(),
        show_locked: true,
        ..NewOwnTile::default()
    };
    for tied in [true, false] {
        let mut f = set_up_tied(tied);
        let planned = f
            .vault
            .plan_follow_ups(evening(), &crate::support::london())
            .unwrap();
        aftercare_core::api::own_tiles::add_own_tile(&mut f.vault, &tile, &mut r).unwrap();
        aftercare_core::api::people::add_person(&mut f.vault, &reachable_person()).unwrap();
        f.vault.lock();
        f.vault
            .record_care(content(), &water(), evening(), &mut r)
            .unwrap();
        // Tied: a new start of the app, which the device's key vouches from. Not tied: the
        // app still running since the unlock, which holds a key of the vault's.
        let fresh = cold_start(&f, false);
        let mut vault = if tied {
            cold_start(&f, true)
        } else {
            std::mem::replace(&mut f.vault, fresh)
        };
        assert_eq!(vault.schedule().pending.len(), 2, "tied {tied}");
        assert_eq!(vault.locked_tiles().len(), 1, "tied {tied}");
        assert_eq!(vault.locked_people().len(), 1, "tied {tied}");

        flip_after(&f, SCHEDULE_FILE, "\"due\":[", 1);
        flip_after(&f, LOCKED_TILES_FILE, "\"title\":\"", 0x20);
        flip_after(&f, LOCKED_PEOPLE_FILE, "\"number\":\"", 0x01);
        let slot = KeySlot::decode(&std::fs::read(f.vault.slot_path()).unwrap()).unwrap();
        let mut public = slot.inbox_public_key;
        public[7] ^= 0x10;
        put_in_slot(&f, public);

        assert!(
            vault.schedule().pending.is_empty(),
            "tied {tied}: no reminder fires from a changed schedule"
        );
        assert!(
            vault.locked_tiles().is_empty(),
            "tied {tied}: no tile shows from a changed file"
        );
        assert!(
            vault.locked_people().is_empty(),
            "tied {tied}: no one shows from a changed file, whose number may be a stranger's"
        );
        let mut altered = vault.altered_files();
        altered.sort_unstable();
        assert_eq!(
            altered,
            [
                "keyslot",
                "locked-people",
                "locked-tiles",
                "reminder-schedule"
            ],
            "tied {tied}: each is said, calmly"
        );
        let tapped = vault.record_care(content(), &water(), evening() + minutes(1), &mut r);
        if tied {
            assert_eq!(tapped.unwrap_err().kind(), ErrorKind::Untrusted);
        } else {
            assert!(
                matches!(tapped.unwrap(), CareRecorded::Sealed { .. }),
                "sealed to the key kept"
            );
        }

        let report = vault.unlock(&passcode(PASSCODE), evening()).unwrap();
        assert_eq!(report.altered_files, 4, "tied {tied}");
        assert_eq!((report.unreadable, report.refused), (0, 0), "tied {tied}");
        assert_eq!(actions(&mut vault), if tied { 1 } else { 2 }, "tied {tied}");
        let store = vault.store().unwrap();
        let due: Vec<_> = store
            .reminders_pending()
            .unwrap()
            .into_iter()
            .map(|r| r.due_at)
            .collect();
        assert_eq!(
            due, planned,
            "tied {tied}: the reminders are all still there"
        );
        assert_eq!(store.own_tiles().unwrap().len(), 1, "tied {tied}");
        // Written again from the store.
        assert_eq!(vault.schedule().pending.len(), 2, "tied {tied}");
        assert_eq!(vault.locked_tiles()[0].title, tile.title, "tied {tied}");
        assert_eq!(
            vault.locked_people()[0].number,
            "+44 7700 900123",
            "tied {tied}"
        );
        assert!(vault.altered_files().is_empty(), "tied {tied}");
    }
}

#[test]
fn files_written_before_they_were_vouched_for_are_not_trusted_with_a_key_in_hand() {
    let mut f = set_up_tied(true);
    f.vault
        .plan_follow_ups(evening(), &crate::support::london())
        .unwrap();
    aftercare_core::api::own_tiles::add_own_tile(
        &mut f.vault,
        &NewOwnTile {
            title: "Tea".into(),
            show_locked: true,
            ..NewOwnTile::default()
        },
        &mut rng(),
    )
    .unwrap();
    f.vault.lock();
    // As the version before wrote them: the bare JSON.
    for name in [SCHEDULE_FILE, LOCKED_TILES_FILE] {
        let path = f.dir.path().join(name);
        let bytes = std::fs::read(&path).unwrap();
        let body = vouched::open(None, name, &bytes).for_taking_in().unwrap();
        std::fs::write(&path, body).unwrap();
    }
    let mut vault = cold_start(&f, true);
    assert!(vault.schedule().pending.is_empty());
    assert!(vault.locked_tiles().is_empty());
    assert!(
        vault.altered_files().is_empty(),
        "a file from before is no alarm"
    );
    let report = vault.unlock(&passcode(PASSCODE), evening()).unwrap();
    assert_eq!(report.altered_files, 0);
    vault.lock();
    let vault = cold_start(&f, true);
    assert_eq!(vault.schedule().pending.len(), 2, "written again, vouched");
    assert_eq!(vault.locked_tiles().len(), 1);
    // Without a key in hand (not tied, a cold start), nothing can be checked: used as it is.
    let mut f = set_up_tied(false);
    f.vault
        .plan_follow_ups(evening(), &crate::support::london())
        .unwrap();
    f.vault.lock();
    assert_eq!(cold_start(&f, false).schedule().pending.len(), 2);
}

#[test]
fn a_tag_vouches_for_one_file_under_one_key() {
    let device = VouchKey::of_device(&device());
    let other = VouchKey::of_device(&DeviceSecret::from_stored(&[7; 32]).unwrap());
    let body = b"{\"v\":1,\"tiles\":[]}";
    let sealed = vouched::seal(Some(&device), LOCKED_TILES_FILE, body);
    assert_eq!(
        vouched::open(Some(&device), LOCKED_TILES_FILE, &sealed),
        Opened::Vouched(&body[..])
    );
    assert_eq!(
        vouched::open(Some(&other), LOCKED_TILES_FILE, &sealed),
        Opened::Altered,
        "another device's key"
    );
    assert_eq!(
        vouched::open(Some(&device), SCHEDULE_FILE, &sealed),
        Opened::Altered,
        "the same bytes as another file"
    );
    assert_eq!(
        vouched::open(None, LOCKED_TILES_FILE, &sealed),
        Opened::Unchecked(&body[..]),
        "no key in hand: nothing can be checked"
    );
    let unchecked = vouched::seal(None, LOCKED_TILES_FILE, body);
    assert_eq!(
        vouched::open(Some(&device), LOCKED_TILES_FILE, &unchecked).for_locked_use(true),
        None,
        "a file made by nobody is not used while a key is in hand"
    );
    for cut in 8..vouched::HEADER_LEN {
        assert_eq!(
            vouched::open(None, LOCKED_TILES_FILE, &sealed[..cut]),
            Opened::Altered,
            "cut at {cut}"
        );
    }
}
