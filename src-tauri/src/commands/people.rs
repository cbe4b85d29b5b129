//! "My people": the names and numbers the person keeps, shown in the calm space once unlocked,
//! and those marked "reachable without unlocking", whose names and numbers the calm space shows
//! while locked too.

use aftercare_core::{
    model::{NewPerson, Person, PersonId},
    vault::locked_people::LockedPerson,
};

use super::commands;

commands! {
    fn people(state, _now) -> Vec<Person> {
        Ok(state.vault()?.store()?.people()?)
    }

    /// Adds someone (checked and trimmed by the core) and returns the list.
    fn add_person(state, _now, person: NewPerson) -> Vec<Person> {
        Ok(state.vault()?.add_person(&person)?)
    }

    /// Marks someone reachable without unlocking, or not, and returns the list.
    fn set_person_reachable(state, _now, id: PersonId, reachable: bool) -> Vec<Person> {
        Ok(state.vault()?.set_person_reachable(id, reachable)?)
    }

    /// Removes someone and returns the list.
    fn remove_person(state, _now, id: PersonId) -> Vec<Person> {
        Ok(state.vault()?.remove_person(id)?)
    }

    /// Those marked reachable without unlocking: name and number only, locked or not.
    fn locked_people(state, _now) -> Vec<LockedPerson> {
        Ok(state.vault()?.locked_people())
    }
}
