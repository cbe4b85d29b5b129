//! `locked-people`: the names and numbers of those marked "reachable without unlocking", the
//! one list of them kept outside the vault, for the calm space while locked. It holds each
//! marked person's name and number and nothing else (no id, no one unmarked), and is there only
//! while at least one is marked. The vault keeps it in step with the store (`in_step.rs`):
//! after each write, and at each unlock; wipe removes it.
//!
//! Its on-disk types are its own ([`LockedPersonV1`] in [`LockedPeopleV1`]), apart from the
//! [`LockedPerson`] the app hands out, so the file's shape changes only on purpose; a golden
//! test pins it (`core/tests/core/formats.rs`). What it reads is checked as an added person is
//! ([`NewPerson::validated`], at most [`MAX_PEOPLE`]); anything else reads as no one.
//!
//! On disk its JSON is inside a vouched envelope ([`super::vouched`]), as `locked-tiles` is:
//! while locked, the calm space shows no one from a file the key in hand does not vouch for,
//! and the next unlock writes it again.

use serde::{Deserialize, Serialize};

use super::Vault;
use crate::{
    model::{NewPerson, MAX_PEOPLE},
    Error,
};

/// The file's name in the data folder.
pub const LOCKED_PEOPLE_FILE: &str = "locked-people";
/// The most bytes the file's JSON may take: [`MAX_PEOPLE`] of the longest names and numbers fit.
pub const MAX_LOCKED_PEOPLE_BYTES: usize = 32 * 1024;

/// Someone reachable without unlocking: a name and a number, as the calm space shows them while
/// locked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LockedPerson {
    pub name: String,
    pub number: String,
}

/// The file, version 1.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct LockedPeopleV1 {
    v: u8,
    people: Vec<LockedPersonV1>,
}

/// One person as the file holds them.
#[derive(Debug, Serialize, Deserialize)]
struct LockedPersonV1 {
    name: String,
    number: String,
}

/// The file's bytes for `people`.
pub fn encode(people: &[LockedPerson]) -> Vec<u8> {
    let file = LockedPeopleV1 {
        v: 1,
        people: people
            .iter()
            .map(|p| LockedPersonV1 {
                name: p.name.clone(),
                number: p.number.clone(),
            })
            .collect(),
    };
    serde_json::to_vec(&file).expect("people serialise")
}

/// The people in the file's bytes: version 1, at most [`MAX_PEOPLE`], each a name and number as
/// [`NewPerson::validated`] keeps them. `None` for anything else.
pub fn decode(bytes: &[u8]) -> Option<Vec<LockedPerson>> {
    if bytes.len() > MAX_LOCKED_PEOPLE_BYTES {
        return None;
    }
    let file: LockedPeopleV1 = serde_json::from_slice(bytes).ok()?;
    if file.v != 1 || file.people.len() > MAX_PEOPLE {
        return None;
    }
    let checked = file.people.iter().all(|p| {
        NewPerson {
            name: p.name.clone(),
            number: p.number.clone(),
            reachable_locked: true,
        }
        .validated()
        .is_ok_and(|valid| valid.name == p.name && valid.number == p.number)
    });
    let people = file.people.into_iter().map(|p| LockedPerson {
        name: p.name,
        number: p.number,
    });
    checked.then(|| people.collect())
}

impl Vault {
    /// The people marked reachable without unlocking, from `locked-people`: locked or not. No
    /// one when the file is absent, or the key in hand does not vouch for it, or it does not
    /// read as ours (the next unlock writes it again).
    pub fn locked_people(&self) -> Vec<LockedPerson> {
        self.read_for_locked_use(LOCKED_PEOPLE_FILE, MAX_LOCKED_PEOPLE_BYTES)
            .and_then(|bytes| decode(&bytes))
            .unwrap_or_default()
    }

    /// Writes `locked-people` again from the store (unlocked only), if it would change: the
    /// name and number of each person marked reachable without unlocking, or no file at all
    /// when no one is.
    pub(super) fn write_locked_people(&mut self) -> Result<(), Error> {
        let people: Vec<LockedPerson> = self
            .store()?
            .people()?
            .into_iter()
            .filter(|person| person.reachable_locked)
            .map(|person| LockedPerson {
                name: person.name,
                number: person.number,
            })
            .collect();
        if people.is_empty() {
            return self
                .remove_vouched(LOCKED_PEOPLE_FILE, "locked people")
                .map(drop);
        }
        self.write_vouched(LOCKED_PEOPLE_FILE, &encode(&people))
            .map(drop)
            .map_err(Error::io("locked people"))
    }
}
