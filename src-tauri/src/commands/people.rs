//! "My people": the names and numbers the person keeps, shown in the calm space once unlocked.

use aftercare_core::model::{NewPerson, Person, PersonId};

use super::commands;

commands! {
    fn people(state, _now) -> Vec<Person> {
        Ok(state.vault()?.store()?.people()?)
    }

    /// Adds someone (checked and trimmed by the core) and returns the list.
    fn add_person(state, _now, person: NewPerson) -> Vec<Person> {
        let mut vault = state.vault()?;
        let store = vault.store()?;
        store.add_person(&person)?;
        Ok(store.people()?)
    }

    /// Removes someone and returns the list.
    fn remove_person(state, _now, id: PersonId) -> Vec<Person> {
        let mut vault = state.vault()?;
        let store = vault.store()?;
        store.remove_person(id)?;
        Ok(store.people()?)
    }
}
