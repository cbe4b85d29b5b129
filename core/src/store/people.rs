//! "My people": a short list of names and numbers, in the order they were added, each marked
//! or not as reachable without unlocking.

use rusqlite::params;

use super::Store;
use crate::{
    model::{NewPerson, Person, PersonId, MAX_PEOPLE},
    Error,
};

impl Store {
    /// Everyone on the list, in the order they were added.
    pub fn people(&self) -> Result<Vec<Person>, Error> {
        let mut statement = self
            .conn
            .prepare_cached("SELECT id, name, number, reachable_locked FROM person ORDER BY id")?;
        let people = statement
            .query_map([], |row| {
                Ok(Person {
                    id: PersonId(row.get(0)?),
                    name: row.get(1)?,
                    number: row.get(2)?,
                    reachable_locked: row.get(3)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        Ok(people)
    }

    /// Adds someone, checked ([`NewPerson::validated`]) and trimmed, and returns their id.
    ///
    /// Errors: [`Error::Invalid`] for a name or number that breaks the rules, or when the list
    /// already holds [`MAX_PEOPLE`].
    pub fn add_person(&mut self, person: &NewPerson) -> Result<PersonId, Error> {
        let person = person.validated()?;
        let tx = self.conn.transaction()?;
        let count: i64 = tx.query_row("SELECT count(*) FROM person", [], |row| row.get(0))?;
        if count >= MAX_PEOPLE as i64 {
            return Err(Error::invalid(format!(
                "the list keeps at most {MAX_PEOPLE} people"
            )));
        }
        tx.execute(
            "INSERT INTO person (name, number, reachable_locked) VALUES (?1, ?2, ?3)",
            params![person.name, person.number, person.reachable_locked],
        )?;
        let id = PersonId(tx.last_insert_rowid());
        tx.commit()?;
        Ok(id)
    }

    /// Marks someone reachable without unlocking, or not.
    ///
    /// Errors: [`Error::NotFound`] when no one has that id.
    pub fn set_person_reachable(&mut self, id: PersonId, reachable: bool) -> Result<(), Error> {
        let changed = self.conn.execute(
            "UPDATE person SET reachable_locked = ?2 WHERE id = ?1",
            params![id.0, reachable],
        )?;
        if changed == 0 {
            return Err(Error::NotFound { what: "person" });
        }
        Ok(())
    }

    /// Removes someone from the list.
    ///
    /// Errors: [`Error::NotFound`] when no one has that id.
    pub fn remove_person(&mut self, id: PersonId) -> Result<(), Error> {
        let removed = self
            .conn
            .execute("DELETE FROM person WHERE id = ?1", [id.0])?;
        if removed == 0 {
            return Err(Error::NotFound { what: "person" });
        }
        Ok(())
    }
}
