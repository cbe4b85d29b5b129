//! Key slots of earlier versions, and ones whose device secret the key store still files under
//! the data folder: moved to version 3 under an id at the next unlock ([`KeySlot::upgraded`]);
//! tests make them as they were.

use rand_core::{CryptoRng, RngCore};

use super::{derive, KdfParams, KeyId, KeySlot, SlotError, TAG_LEN, V2};
use crate::{
    store::DataKey,
    vault::{DeviceSecret, Passcode},
};

impl KeySlot {
    /// This slot as version 3, with the same salt and parameters (so the passcode's key
    /// derivation runs once), holding `inbox_public_key`, filed under `device_now`'s id: it
    /// must be the same secret as `device` (the one this slot opens with), filed anew.
    /// Checked: the new slot is encoded, decoded and unwrapped again before it is returned.
    ///
    /// Errors: as [`KeySlot::open`] (a version-1 slot made from a passcode that NFC changes is
    /// [`SlotError::WrongPasscode`] here: it moves at the next change of passcode, with a new
    /// salt); [`SlotError::Malformed`] for another secret, or a new slot that does not give the
    /// key back.
    pub fn upgraded(
        &self,
        passcode: &Passcode,
        device: Option<&DeviceSecret>,
        device_now: Option<&DeviceSecret>,
        inbox_public_key: [u8; 32],
        rng: &mut (impl RngCore + CryptoRng),
    ) -> Result<(KeySlot, DataKey), SlotError> {
        if device.map(DeviceSecret::bytes) != device_now.map(DeviceSecret::bytes) {
            return Err(SlotError::Malformed);
        }
        let device = self.device_for(device)?;
        let wrapping_key = derive(&passcode.normalized(), &self.salt, self.params, device)
            .ok_or(SlotError::Malformed)?;
        let key = self
            .unwrap_key(&wrapping_key)?
            .ok_or(SlotError::WrongPasscode)?;
        let upgraded = KeySlot {
            device_bound: device.is_some(),
            inbox_public_key,
            ..self.clone()
        }
        .wrap(
            &wrapping_key,
            &key,
            device_now.filter(|_| device.is_some()),
            rng,
        );
        let again = KeySlot::decode(&upgraded.encode())?
            .unwrap_key(&wrapping_key)?
            .ok_or(SlotError::Malformed)?;
        if again.bytes() != key.bytes() {
            return Err(SlotError::Malformed);
        }
        Ok((upgraded, key))
    }

    /// A slot as version 2 wrote it (no key id, the public key inside the associated data, no
    /// tag): for tests of what happens to the slots people already have.
    #[doc(hidden)]
    pub fn sealed_as_version_2_for_tests(
        data_key: &DataKey,
        passcode: &Passcode,
        device: Option<&DeviceSecret>,
        params: KdfParams,
        inbox_public_key: [u8; 32],
        rng: &mut (impl RngCore + CryptoRng),
    ) -> KeySlot {
        let slot = KeySlot::seal(data_key, passcode, device, params, inbox_public_key, rng);
        let wrapping_key = derive(&passcode.normalized(), &slot.salt, params, device)
            .expect("the app's own parameters are valid");
        KeySlot {
            version: V2,
            key_id: KeyId::default(),
            tag: [0; TAG_LEN],
            ..slot
        }
        .wrapped_under(&wrapping_key, data_key, rng)
    }
}
