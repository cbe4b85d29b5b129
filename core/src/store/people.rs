//! "My people": a short list of names and numbers, in the order they were added.

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
            .prepare_cached("SELECT id, name, number FROM person ORDER BY id")?;
        let people = statement
            .query_map([], |row| {
                Ok(Person {
                    id: PersonId(row.get(0)?),
                    name: row.get(1)?,
                    number: row.get(2)?,
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
            "INSERT INTO person (name, number) VALUES (?1, ?2)",
            params![person.name, person.number],
        )?;
        let id = PersonId(tx.last_insert_rowid());
        tx.commit()?;
        Ok(id)
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
