//! A language mirrors the English: every entry and message English has and no other, in the
//! same order; the same values wherever a value is an id, a kind, a flag or a link rather than
//! words; the same `{placeholders}` and `$variables`; Learn pages with the same front matter and
//! shape. A missing piece fails `cargo test`; nothing falls back to English at run time.

use std::collections::BTreeSet;

use toml::Value;

use super::{declared_variables, parse::read_table, Content, ContentError, Source, Sources};

/// Keys whose values are ids, kinds, flags or link targets: the same in every language.
const FIXED: &[&str] = &[
    "id",
    "icon",
    "who",
    "kind",
    "kinds",
    "audience",
    "company",
    "occasion",
    "answer",
    "measure",
    "multiple",
    "distress",
    "at_most",
    "learn",
    "action",
    "calm",
    "own_words",
];

/// Checks that `other` mirrors `english`, both parsed and validated first.
pub fn check_mirror(english: &Sources<'_>, other: &Sources<'_>) -> Result<(), ContentError> {
    let en_content = Content::parse(english)?;
    let tr_content = Content::parse(other)?;
    for (en_file, tr_file) in [
        (english.actions, other.actions),
        (english.questions, other.questions),
        (english.affirmations, other.affirmations),
        (english.reminders, other.reminders),
        (english.card, other.card),
        (english.messages, other.messages),
    ] {
        toml_file(en_file, tr_file)?;
    }
    ui(english.ui, other.ui, &en_content, &tr_content)?;
    let guide = other
        .guide
        .first()
        .and_then(|page| page.path.rsplit_once('/'))
        .map_or("content/guide", |(folder, _)| folder);
    learn_pages(guide, &en_content, &tr_content)
}

struct At<'a> {
    file: &'a str,
    entry: Option<String>,
}

impl At<'_> {
    fn fail(&self, field: &str, problem: String) -> ContentError {
        let field = (!field.is_empty()).then(|| field.to_owned());
        ContentError::new(self.file, self.entry.clone(), field, problem)
    }
}

fn toml_file(en: Source<'_>, tr: Source<'_>) -> Result<(), ContentError> {
    let en_table = read_table(en.path, en.text)?;
    let tr_table = read_table(tr.path, tr.text)?;
    let at = At {
        file: tr.path,
        entry: None,
    };
    same(
        &Value::Table(en_table),
        &Value::Table(tr_table),
        &at,
        "",
        "",
    )
}

fn id_of(value: &Value) -> Option<&str> {
    value.get("id").and_then(Value::as_str)
}

fn same(en: &Value, tr: &Value, at: &At<'_>, path: &str, key: &str) -> Result<(), ContentError> {
    let inner = |name: &str| {
        if path.is_empty() {
            name.to_owned()
        } else {
            format!("{path}.{name}")
        }
    };
    match (en, tr) {
        (Value::Table(en), Value::Table(tr)) => {
            if let Some(missing) = en.keys().find(|k| !tr.contains_key(*k)) {
                return Err(at.fail(&inner(missing), "is missing: English has it".to_owned()));
            }
            if let Some(extra) = tr.keys().find(|k| !en.contains_key(*k)) {
                return Err(at.fail(&inner(extra), "is not in English".to_owned()));
            }
            en.iter()
                .try_for_each(|(name, value)| same(value, &tr[name], at, &inner(name), name))
        }
        (Value::Array(en), Value::Array(tr)) => {
            let en_ids: Vec<&str> = en.iter().filter_map(id_of).collect();
            let tr_ids: Vec<&str> = tr.iter().filter_map(id_of).collect();
            // Top-level lists name their entries (`action "water"`); lists inside an entry
            // name the field (`options`).
            let (kind, top) = (key, path == key && at.entry.is_none());
            if !en_ids.is_empty() || !tr_ids.is_empty() {
                let name = |id: &str| format!("{kind} \"{id}\"");
                let fail = |id: &str, problem: &str| {
                    if top {
                        ContentError::new(at.file, Some(name(id)), None, problem)
                    } else {
                        at.fail(path, format!("{}: {problem}", name(id)))
                    }
                };
                if let Some(missing) = en_ids.iter().find(|id| !tr_ids.contains(id)) {
                    return Err(fail(
                        missing,
                        "is missing: every language has every entry English has",
                    ));
                }
                if let Some(extra) = tr_ids.iter().find(|id| !en_ids.contains(id)) {
                    return Err(fail(extra, "is not in English"));
                }
                if en_ids != tr_ids || en.len() != tr.len() {
                    return Err(at.fail(path, "is in a different order than in English".to_owned()));
                }
                for (en_item, tr_item) in en.iter().zip(tr) {
                    let id = id_of(en_item).unwrap_or_default();
                    if top {
                        let at = At {
                            file: at.file,
                            entry: Some(name(id)),
                        };
                        same(en_item, tr_item, &at, "", "")?;
                    } else {
                        same(en_item, tr_item, at, &format!("{path}.{id}"), key)?;
                    }
                }
                return Ok(());
            }
            if en.len() != tr.len() {
                return Err(at.fail(
                    path,
                    format!("has {} items, English has {}", tr.len(), en.len()),
                ));
            }
            en.iter()
                .zip(tr)
                .enumerate()
                .try_for_each(|(i, (a, b))| same(a, b, at, &format!("{path}[{i}]"), key))
        }
        (Value::String(en), Value::String(tr)) if !FIXED.contains(&key) => {
            let (en_holes, tr_holes) = (placeholders(en), placeholders(tr));
            if en_holes != tr_holes {
                return Err(at.fail(
                    path,
                    format!("has the placeholders {tr_holes:?}, English has {en_holes:?}"),
                ));
            }
            Ok(())
        }
        (en, tr) if en == tr => Ok(()),
        (en, tr) => Err(at.fail(
            path,
            format!(
                "must be {en} as in English, found {tr}: it is an id, a kind or a link, not words"
            ),
        )),
    }
}

fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

fn ui(
    en: Source<'_>,
    tr: Source<'_>,
    en_content: &Content,
    tr_content: &Content,
) -> Result<(), ContentError> {
    let fail = |id: &str, problem: String| {
        ContentError::new(tr.path, Some(format!("message `{id}`")), None, problem)
    };
    let en_ids: BTreeSet<&str> = en_content.ui.ids().collect();
    let tr_ids: BTreeSet<&str> = tr_content.ui.ids().collect();
    if let Some(missing) = en_ids.difference(&tr_ids).next() {
        return Err(fail(
            missing,
            "is missing: every language has every message English has".to_owned(),
        ));
    }
    if let Some(extra) = tr_ids.difference(&en_ids).next() {
        return Err(fail(extra, "is not in English".to_owned()));
    }
    let declared = declared_variables(en.text);
    for id in en_ids {
        let en_vars = en_content
            .ui
            .pattern(id)
            .map(|p| p.variables())
            .unwrap_or_default();
        let tr_vars = tr_content
            .ui
            .pattern(id)
            .map(|p| p.variables())
            .unwrap_or_default();
        if let Some(left_out) = en_vars.difference(&tr_vars).next() {
            return Err(fail(
                id,
                format!("leaves out `${left_out}`, which English uses"),
            ));
        }
        let offered = declared.get(id);
        if let Some(unknown) = tr_vars
            .iter()
            .find(|v| !en_vars.contains(*v) && !offered.is_some_and(|o| o.contains(**v)))
        {
            return Err(fail(
                id,
                format!("uses `${unknown}`, which the app does not give this message"),
            ));
        }
    }
    Ok(())
}

fn learn_pages(file: &str, en: &Content, tr: &Content) -> Result<(), ContentError> {
    let fail = |id: &str, field: Option<&str>, problem: String| {
        ContentError::new(
            file,
            Some(format!("page \"{id}\"")),
            field.map(str::to_owned),
            problem,
        )
    };
    for page in &en.guide {
        let Some(theirs) = tr.page(page.id.as_str()) else {
            return Err(fail(
                page.id.as_str(),
                None,
                "is missing: every language has every Learn page English has".to_owned(),
            ));
        };
        if theirs.order != page.order || theirs.see_also != page.see_also {
            return Err(fail(
                page.id.as_str(),
                Some("front matter"),
                "`order` and `see_also` must be as in English".to_owned(),
            ));
        }
        if shape(&theirs.body) != shape(&page.body) {
            return Err(fail(
                page.id.as_str(),
                Some("body"),
                format!(
                    "has {:?} headings and list items, English has {:?}",
                    shape(&theirs.body),
                    shape(&page.body)
                ),
            ));
        }
    }
    if let Some(extra) = tr.guide.iter().find(|p| en.page(p.id.as_str()).is_none()) {
        return Err(fail(
            extra.id.as_str(),
            None,
            "is not in English".to_owned(),
        ));
    }
    Ok(())
}

/// How many headings and list items a page has.
fn shape(body: &str) -> (usize, usize) {
    let lines = || body.lines().map(str::trim_start);
    let headings = lines().filter(|l| l.starts_with('#')).count();
    let items = lines()
        .filter(|l| {
            l.starts_with("- ")
                || l.starts_with("* ")
                || l.split_once(". ")
                    .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
        .count();
    (headings, items)
}
