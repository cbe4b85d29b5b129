//! "My people": the names and numbers the person keeps, shown in the calm space once unlocked,
//! and those marked "reachable without unlocking", whose names and numbers the calm space shows
//! while locked too.

use aftercare_core::{
    api::people,
    model::{NewPerson, Person, PersonId},
    vault::LockedPerson,
};

use super::commands;

commands! {
    fn people(app, vault, given) -> Vec<Person> {
        people::people(vault)
    }

    /// Adds someone (checked and trimmed by the core) and returns the list.
    fn add_person(app, vault, given, person: NewPerson) -> Vec<Person> {
        people::add_person(vault, &person)
    }

    /// Marks someone reachable without unlocking, or not, and returns the list.
    fn set_person_reachable(app, vault, given, id: PersonId, reachable: bool) -> Vec<Person> {
        people::set_person_reachable(vault, id, reachable)
    }

    /// Removes someone and returns the list.
    fn remove_person(app, vault, given, id: PersonId) -> Vec<Person> {
        people::remove_person(vault, id)
    }

    /// Those marked reachable without unlocking: name and number only, locked or not.
    fn locked_people(app, vault, given) -> Vec<LockedPerson> {
        Ok(people::locked_people(vault))
    }
}
