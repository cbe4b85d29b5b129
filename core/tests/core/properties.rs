//! Round trips and tamper checks for the two encrypted formats written outside SQLCipher.

use aftercare_core::{
    content::ActionId,
    model::{LockedEntry, RecordId},
    vault::{
        inbox::{legacy_records, open_record, seal_record},
        slot::{KeySlot, SLOT_LEN},
        vouched::VouchKey,
        DeviceSecret, Passcode,
    },
};
use crypto_box::SecretKey;
use proptest::prelude::*;

use crate::support::*;

fn slot_on(
    device: Option<&DeviceSecret>,
    key: [u8; 32],
    passcode: &str,
    public: [u8; 32],
) -> KeySlot {
    KeySlot::seal(
        &test_key(key),
        &Passcode::new(passcode.into()),
        device,
        FAST,
        public,
        &mut rng(),
    )
}

fn test_key(bytes: [u8; 32]) -> aftercare_core::store::DataKey {
    // Any bytes make a key; for_tests draws them from an RNG seeded with these bytes.
    use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};
    aftercare_core::store::DataKey::for_tests(&mut ChaCha20Rng::from_seed(bytes))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn a_slot_round_trips(key in any::<[u8; 32]>(), public in any::<[u8; 32]>(), passcode in "\\PC{6,40}", device in proptest::option::of(any::<[u8; 32]>())) {
        let device = device.map(|bytes| DeviceSecret::from_stored(&bytes).unwrap());
        let sealed = slot_on(device.as_ref(), key, &passcode, public);
        let decoded = KeySlot::decode(&sealed.encode()).unwrap();
        prop_assert_eq!(&decoded, &sealed);
        prop_assert!(decoded.open(&Passcode::new(passcode.clone()), device.as_ref()).is_ok());
        prop_assert_eq!(decoded.inbox_public_key, public);
    }

    /// The wrapped key and everything before it are the AEAD's; the public key after it is the
    /// vouch tag's: a flipped byte anywhere either stops the slot opening or is found altered.
    #[test]
    fn any_flipped_byte_of_a_slot_is_rejected(index in 0..SLOT_LEN, flip in 1u8..=255) {
        let device = DeviceSecret::from_stored(&[2; 32]).unwrap();
        let mut bytes = slot_on(Some(&device), [7; 32], "correct horse", [3; 32]).encode();
        bytes[index] ^= flip;
        let caught = KeySlot::decode(&bytes).map_or(true, |s| {
            s.open(&Passcode::new("correct horse".into()), Some(&device)).is_err()
                || s.vouched_by(Some(&VouchKey::of_device(&device))).is_altered()
        });
        prop_assert!(caught, "byte {} flipped by {:#x} went unnoticed", index, flip);
    }

    #[test]
    fn an_inbox_record_round_trips(id in any::<[u8; 16]>(), at_ms in -8_000_000_000_000_000i64..8_000_000_000_000_000, action in "[a-z-]{1,20}") {
        let secret = SecretKey::from([9u8; 32]);
        let at = chrono::DateTime::from_timestamp_millis(at_ms).expect("in chrono's range");
        let record = LockedEntry::Care { action: ActionId(action), at };
        let id = RecordId(id);
        let sealed = seal_record(secret.public_key().as_bytes(), id, &record, &mut rng());
        prop_assert_eq!((sealed.len() - 48) % 256, 0, "padded to 256-byte blocks, plus the seal's 48 bytes");
        prop_assert_eq!(open_record(&secret, &sealed), Some((id, record)));
    }

    #[test]
    fn any_flipped_byte_of_an_inbox_record_is_rejected(index in 0usize..304, flip in 1u8..=255) {
        let secret = SecretKey::from([9u8; 32]);
        let at = chrono::DateTime::from_timestamp_millis(1).unwrap();
        let record = LockedEntry::Care { action: ActionId("water".into()), at };
        let mut sealed = seal_record(secret.public_key().as_bytes(), RecordId([1; 16]), &record, &mut rng());
        prop_assert_eq!(sealed.len(), 304);
        sealed[index] ^= flip;
        prop_assert_eq!(open_record(&secret, &sealed), None);
    }

    #[test]
    fn the_old_inbox_file_resynchronises_past_any_torn_bytes(garbage in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 0..40), 1..6)) {
        let secret = SecretKey::from([9u8; 32]);
        let mut file = Vec::new();
        let mut expected = Vec::new();
        for (n, junk) in garbage.iter().enumerate() {
            // Torn bytes (a kill during an append), then a whole record.
            file.extend_from_slice(junk);
            let at = chrono::DateTime::from_timestamp_millis(n as i64 * 60_000).unwrap();
            let record = LockedEntry::Care { action: ActionId("water".into()), at };
            let sealed = seal_record(secret.public_key().as_bytes(), RecordId([n as u8; 16]), &record, &mut rng());
            file.extend_from_slice(&(sealed.len() as u32).to_le_bytes());
            file.extend_from_slice(&sealed);
            expected.push((RecordId([n as u8; 16]), record));
        }
        let (read, damaged) = legacy_records(&secret, &file);
        prop_assert_eq!(read, expected);
        prop_assert_eq!(damaged, garbage.iter().any(|junk| !junk.is_empty()));
    }
}
