//! The merge of each kind of record that carries a backup id: moments, care, check-ins,
//! journal entries, reminders and people, each checked as a direct write would be.

use chrono::Duration;
use rusqlite::{params, types::Value};

use super::{Found, Merge, MAX_PROMPT_LEN};
use crate::{
    content::{ActionId, Content},
    model::{check_text, Answer, NewCheckIn, NewPerson, Scales, MAX_PEOPLE},
    store::{
        backup::{CareV1, CheckInV1, JournalV1, MomentV1, PersonV1, ReminderV1},
        format::{
            company_code, company_from_code, encode_answers, occasion_code, occasion_from_code,
            preset_from_code, state_from_code, time_to_ms,
        },
    },
    Error,
};

impl Merge<'_> {
    pub(super) fn moment(&mut self, m: &MomentV1) -> Result<(), Error> {
        if let Found::Here(row) = self.find("moment", &m.id)? {
            self.moments.insert(m.id.clone(), row);
        }
        let company = m.company.as_deref().map(company_from_code).transpose();
        let valid = company.is_ok()
            && self.plausible(m.started_at)
            && self.plausible(m.last_activity_at)
            && m.last_activity_at >= m.started_at
            && m.ended_at
                .is_none_or(|e| e >= m.started_at && self.plausible(e));
        if self.admit("moment", &m.id, valid)?.is_none() {
            return Ok(());
        }
        let row = self.next_moment;
        self.next_moment += 1;
        self.new_moments.push([
            Value::Integer(row),
            Value::Integer(time_to_ms(m.started_at)),
            Value::Integer(time_to_ms(m.last_activity_at)),
            text(company.ok().flatten().map(company_code)),
            m.ended_at
                .map(time_to_ms)
                .map_or(Value::Null, Value::Integer),
        ]);
        self.added_as("moment", &m.id, row);
        self.moments.insert(m.id.clone(), row);
        Ok(())
    }

    pub(super) fn care(&mut self, c: &CareV1, content: &Content) -> Result<(), Error> {
        let moment = self.moment_row(&c.moment);
        // Care with a tile of one's own is kept by the id's shape, as a locked tap is: the
        // tile may have been removed since, and its past care stays.
        let known = content.action(&c.action).is_some() || ActionId(c.action.clone()).is_own();
        let valid = moment.is_some() && known && self.plausible(c.at);
        if self.admit("care", &c.id, valid)?.is_none() {
            return Ok(());
        }
        self.tx
            .prepare_cached(
                "INSERT INTO action_taken (moment_id, action_id, at) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![moment, c.action, time_to_ms(c.at)])?;
        self.added("care", &c.id).map(drop)
    }

    pub(super) fn check_in(&mut self, c: &CheckInV1, content: &Content) -> Result<(), Error> {
        let moment = self.moment_row(&c.moment);
        let company = c.company.as_deref().map(company_from_code).transpose();
        let occasion = c.occasion.as_deref().map(occasion_from_code).transpose();
        let check_in = NewCheckIn {
            occasion: occasion
                .as_ref()
                .ok()
                .copied()
                .flatten()
                .unwrap_or_default(),
            company: company.as_ref().ok().copied().flatten(),
            answers: c.answers.iter().cloned().map(Answer::from).collect(),
            scales: Scales {
                body: c.scales.body,
                feelings: c.scales.feelings,
                mind: c.scales.mind,
                desire: c.scales.desire,
            },
            note: c.note.clone(),
        };
        let valid = moment.is_some()
            && company.is_ok()
            && occasion.is_ok()
            && check_in.validate(content).is_ok()
            && self.plausible(c.at);
        if self.admit("check-in", &c.id, valid)?.is_none() {
            return Ok(());
        }
        let s = check_in.scales;
        let scale = |v: Option<u8>| v.map_or(Value::Null, |v| Value::Integer(v.into()));
        let row = self.next_check_in;
        self.next_check_in += 1;
        self.new_check_ins.push([
            Value::Integer(row),
            moment.map_or(Value::Null, Value::Integer),
            Value::Integer(time_to_ms(c.at)),
            text(check_in.company.map(company_code)),
            scale(s.body),
            scale(s.feelings),
            scale(s.mind),
            scale(s.desire),
            Value::Text(encode_answers(&check_in.answers)),
            check_in.note.map_or(Value::Null, Value::Text),
            Value::Text(occasion_code(check_in.occasion).to_owned()),
        ]);
        self.added_as("check-in", &c.id, row);
        Ok(())
    }

    pub(super) fn journal(&mut self, e: &JournalV1) -> Result<(), Error> {
        let moment = e.moment.as_deref().map(|m| self.moment_row(m));
        let valid = moment.is_none_or(|m| m.is_some())
            && check_text("entry", &e.body).is_ok()
            && e.prompt.as_ref().is_none_or(|p| p.len() <= MAX_PROMPT_LEN)
            && self.plausible(e.created_at)
            && self.plausible(e.updated_at);
        if self.admit("journal", &e.id, valid)?.is_none() {
            return Ok(());
        }
        self.tx
            .prepare_cached(
                "INSERT INTO journal_entry (moment_id, created_at, updated_at, prompt, body)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![
                moment.flatten(),
                time_to_ms(e.created_at),
                time_to_ms(e.updated_at),
                e.prompt,
                e.body
            ])?;
        self.added("journal", &e.id).map(drop)
    }

    pub(super) fn reminder(&mut self, r: &ReminderV1) -> Result<(), Error> {
        let moment = r.moment.as_deref().map(|m| self.moment_row(m));
        // A reminder may be due some days ahead; a year is more than any choice offers.
        let due_ok = self.within(r.due_at, Duration::days(366));
        let valid = moment.is_none_or(|m| m.is_some())
            && preset_from_code(&r.preset).is_ok()
            && state_from_code(&r.state).is_ok()
            && self.plausible(r.created_at)
            && due_ok;
        if self.admit("reminder", &r.id, valid)?.is_none() {
            return Ok(());
        }
        self.tx
            .prepare_cached(
                "INSERT INTO reminder (moment_id, preset, due_at, state, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![
                moment.flatten(),
                r.preset,
                time_to_ms(r.due_at),
                r.state,
                time_to_ms(r.created_at)
            ])?;
        self.added("reminder", &r.id).map(drop)
    }

    pub(super) fn person(&mut self, p: &PersonV1) -> Result<(), Error> {
        // Restored unmarked: being readable without the passcode is chosen on this device.
        let checked = NewPerson {
            name: p.name.clone(),
            number: p.number.clone(),
            reachable_locked: false,
        }
        .validated();
        let count: i64 = self
            .tx
            .query_row("SELECT count(*) FROM person", [], |r| r.get(0))?;
        let valid = checked.is_ok() && count < MAX_PEOPLE as i64;
        if self.admit("person", &p.id, valid)?.is_none() {
            return Ok(());
        }
        let person = checked?;
        self.tx
            .prepare_cached("INSERT INTO person (name, number) VALUES (?1, ?2)")?
            .execute(params![person.name, person.number])?;
        self.added("person", &p.id).map(drop)
    }
}

/// A stored text code, or NULL.
fn text(code: Option<&str>) -> Value {
    code.map_or(Value::Null, |c| Value::Text(c.to_owned()))
}
