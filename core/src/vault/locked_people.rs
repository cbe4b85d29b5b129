//! "My people" through the vault, and `locked-people`: the names and numbers of those marked
//! "reachable without unlocking", the one list of them kept outside the vault, for the calm
//! space while locked. It holds each marked person's name and number and nothing else (no id,
//! no one unmarked), and is there only while at least one is marked. The vault rewrites it
//! whenever someone is added, removed or marked, and at each unlock; wipe removes it.
//!
//! Its types are its own, so the file's shape changes only on purpose. What it reads is checked
//! as an added person is ([`NewPerson::validated`], at most [`MAX_PEOPLE`]); anything else reads
//! as no one.
//!
//! On disk its JSON is inside a vouched envelope ([`super::vouched`]), as `locked-tiles` is:
//! while locked, the calm space shows no one from a file the key in hand does not vouch for,
//! and the next unlock writes it again.

use serde::{Deserialize, Serialize};

use super::Vault;
use crate::{
    fs::sync_dir,
    model::{NewPerson, Person, PersonId, MAX_PEOPLE},
    Error,
};

/// The file's name in the data folder.
pub const LOCKED_PEOPLE_FILE: &str = "locked-people";
/// The most bytes the file's JSON may take: [`MAX_PEOPLE`] of the longest names and numbers fit.
pub const MAX_LOCKED_PEOPLE_BYTES: usize = 32 * 1024;

/// Someone reachable without unlocking: a name and a number, as the calm space shows them while
/// locked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockedPerson {
    pub name: String,
    pub number: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct LockedPeopleV1 {
    v: u8,
    people: Vec<LockedPerson>,
}

/// The file's bytes for `people`.
pub fn encode(people: &[LockedPerson]) -> Vec<u8> {
    serde_json::to_vec(&LockedPeopleV1 {
        v: 1,
        people: people.to_vec(),
    })
    .expect("people serialise")
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
    checked.then_some(file.people)
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

    /// Writes `locked-people` again from the store (unlocked only): the name and number of each
    /// person marked reachable without unlocking, or no file at all when no one is.
    pub fn write_locked_people(&mut self) -> Result<(), Error> {
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
        let path = self.file(LOCKED_PEOPLE_FILE);
        if people.is_empty() {
            return match std::fs::remove_file(&path) {
                Ok(()) => sync_dir(&self.dir).map_err(Error::io("data folder")),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                Err(e) => Err(Error::io("locked people")(e)),
            };
        }
        self.write_vouched(LOCKED_PEOPLE_FILE, &encode(&people))
            .map_err(Error::io("locked people"))
    }

    /// Adds someone ([`crate::store::Store::add_person`]), then `locked-people`; the list after.
    pub fn add_person(&mut self, person: &NewPerson) -> Result<Vec<Person>, Error> {
        self.store()?.add_person(person)?;
        self.write_locked_people()?;
        self.store()?.people()
    }

    /// Marks someone reachable without unlocking, or not, then `locked-people`; the list after.
    pub fn set_person_reachable(
        &mut self,
        id: PersonId,
        reachable: bool,
    ) -> Result<Vec<Person>, Error> {
        self.store()?.set_person_reachable(id, reachable)?;
        self.write_locked_people()?;
        self.store()?.people()
    }

    /// Removes someone, then `locked-people`; the list after.
    pub fn remove_person(&mut self, id: PersonId) -> Result<Vec<Person>, Error> {
        self.store()?.remove_person(id)?;
        self.write_locked_people()?;
        self.store()?.people()
    }
}
