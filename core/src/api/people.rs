//! "My people": the names and numbers the person keeps, shown in the calm space once unlocked,
//! and those marked "reachable without unlocking", whose names and numbers the calm space shows
//! while locked too (the vault keeps `locked-people` in step).

use crate::{
    model::{NewPerson, Person, PersonId},
    vault::{LockedPerson, Vault},
    Error,
};

pub fn people(vault: &Vault) -> Result<Vec<Person>, Error> {
    vault.store()?.people()
}

/// Adds someone (checked and trimmed by the store) and returns the list.
pub fn add_person(vault: &mut Vault, person: &NewPerson) -> Result<Vec<Person>, Error> {
    vault.write(|store| store.add_person(person))?;
    people(vault)
}

/// Marks someone reachable without unlocking, or not, and returns the list.
pub fn set_person_reachable(
    vault: &mut Vault,
    id: PersonId,
    reachable: bool,
) -> Result<Vec<Person>, Error> {
    vault.write(|store| store.set_person_reachable(id, reachable))?;
    people(vault)
}

/// Removes someone and returns the list.
pub fn remove_person(vault: &mut Vault, id: PersonId) -> Result<Vec<Person>, Error> {
    vault.write(|store| store.remove_person(id))?;
    people(vault)
}

/// Those marked reachable without unlocking: name and number only, locked or not.
pub fn locked_people(vault: &Vault) -> Vec<LockedPerson> {
    vault.locked_people()
}
