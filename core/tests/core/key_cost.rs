//! The cost of the key derivation is pinned: the Argon2id parameters the app uses are the
//! ones its documents promise, at or above the recommended floor, and a key slot sealed with
//! them records them and opens with them. (The first-run journey decodes the slot the real
//! app wrote and finds the same.)

use aftercare_core::{
    data_dir::DataDir,
    store::DataKey,
    vault::{slot::KdfParams, slot::KeySlot, Passcode, Vault},
};
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};

use crate::support::{evening, passcode, rng, PASSCODE};

#[test]
fn the_app_derives_its_key_with_argon2id_at_128_mib_4_passes_and_1_lane() {
    assert_eq!(
        KdfParams::RECOMMENDED,
        KdfParams {
            memory_kib: 128 * 1024,
            iterations: 4,
            lanes: 1,
        }
    );
    // RFC 9106's second recommended option is 64 MiB and 3 passes; OWASP's floor is lower.
    let p = KdfParams::RECOMMENDED;
    assert!(p.memory_kib >= 64 * 1024 && p.iterations >= 3 && (1..=4).contains(&p.lanes));
}

#[test]
fn a_key_slot_sealed_at_the_recommended_cost_records_it_and_opens_with_it() {
    let mut rng = ChaCha20Rng::seed_from_u64(2408);
    let key = DataKey::for_tests(&mut rng);
    let passcode = Passcode::new(PASSCODE.to_owned());
    let slot = KeySlot::seal(
        &key,
        &passcode,
        None,
        KdfParams::RECOMMENDED,
        [9; 32],
        &mut rng,
    );
    let read = KeySlot::decode(&slot.encode()).unwrap();
    assert_eq!(
        read.params,
        KdfParams::RECOMMENDED,
        "the cost is in the slot"
    );
    assert!(read.open(&passcode, None).is_ok());
}

#[test]
fn a_slot_sealed_at_the_earlier_cost_still_opens_and_a_new_passcode_takes_the_apps_cost() {
    // Slots sealed before 7 December 2026: 96 MiB, 4 passes.
    let earlier = KdfParams {
        memory_kib: 96 * 1024,
        iterations: 4,
        lanes: 1,
    };
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::resolve(Some(tmp.path().join("data")), tmp.path().join("unused")).unwrap();
    let mut vault = Vault::new(&dir);
    vault
        .set_up(&passcode(PASSCODE), earlier, &mut rng())
        .unwrap();
    vault.lock();
    vault.unlock(&passcode(PASSCODE), evening()).unwrap();
    let slot = |vault: &Vault| KeySlot::decode(&std::fs::read(vault.slot_path()).unwrap()).unwrap();
    assert_eq!(
        slot(&vault).params,
        earlier,
        "opening keeps the slot's cost"
    );

    // The shell gives the app's cost to every passcode change (`AppState::kdf`).
    let new = passcode("quiet meadow lantern");
    vault
        .change_passcode(
            &passcode(PASSCODE),
            &new,
            KdfParams::RECOMMENDED,
            evening(),
            &mut rng(),
        )
        .unwrap();
    assert_eq!(slot(&vault).params, KdfParams::RECOMMENDED);
    vault.lock();
    vault.unlock(&new, evening()).unwrap();
}
