//! Turning the authored files into typed values, with errors that point at the entry and field.

use serde::de::DeserializeOwned;
use toml::{Table, Value};

use super::{model::FrontMatter, ContentError, GuidePage, Source};

impl ContentError {
    pub(super) fn new(
        file: &str,
        entry: Option<String>,
        field: Option<String>,
        problem: impl Into<String>,
    ) -> Self {
        ContentError {
            file: file.to_owned(),
            entry,
            field,
            problem: problem.into(),
        }
    }
}

/// Reads the `[[kind]]` entries of a file, one by one so that an error can name its entry.
pub(super) fn entries<T: DeserializeOwned>(
    source: Source<'_>,
    kind: &str,
) -> Result<Vec<T>, ContentError> {
    let table = read_table(source.path, source.text)?;
    let whole_file = |problem: String| ContentError::new(source.path, None, None, problem);
    if let Some(other) = table.keys().find(|key| *key != kind) {
        return Err(whole_file(format!(
            "unexpected top-level key `{other}`; this file holds only [[{kind}]] entries"
        )));
    }
    let items = match table.get(kind) {
        Some(Value::Array(items)) if !items.is_empty() => items,
        _ => return Err(whole_file(format!("has no [[{kind}]] entries"))),
    };
    items
        .iter()
        .enumerate()
        .map(|(index, item)| {
            let entry = entry_label(kind, index, item);
            no_blank_values(source.path, &entry, "", item)?;
            serde_path_to_error::deserialize(item.clone()).map_err(|e| {
                let field = Some(e.path().to_string()).filter(|path| path != ".");
                ContentError::new(
                    source.path,
                    Some(entry),
                    field,
                    e.inner().message().to_owned(),
                )
            })
        })
        .collect()
}

/// Reads the guide's Markdown pages, each with a `+++` TOML front matter.
pub(super) fn guide(pages: &[Source<'_>]) -> Result<Vec<GuidePage>, ContentError> {
    let mut parsed = pages
        .iter()
        .map(|&page| guide_page(page))
        .collect::<Result<Vec<_>, _>>()?;
    parsed.sort_by_key(|page| page.order);
    Ok(parsed)
}

fn guide_page(source: Source<'_>) -> Result<GuidePage, ContentError> {
    let missing = || {
        ContentError::new(
            source.path,
            None,
            Some("front matter".to_owned()),
            "the page must start with a `+++` line, then id, title and order, then another `+++` line",
        )
    };
    let text = source.text.replace("\r\n", "\n");
    let rest = text.strip_prefix("+++\n").ok_or_else(missing)?;
    let (front, body) = rest.split_once("\n+++\n").ok_or_else(missing)?;
    let table = read_table(source.path, front)?;
    let value = Value::Table(table);
    let entry = entry_label("page", 0, &value);
    no_blank_values(source.path, &entry, "", &value)?;
    let front: FrontMatter = value.try_into().map_err(|e: toml::de::Error| {
        ContentError::new(
            source.path,
            Some(entry.clone()),
            None,
            e.message().to_owned(),
        )
    })?;
    let body = body.trim().to_owned();
    if body.is_empty() {
        return Err(ContentError::new(
            source.path,
            Some(entry),
            Some("body".to_owned()),
            "the page has no text",
        ));
    }
    Ok(GuidePage {
        id: front.id,
        title: front.title,
        order: front.order,
        see_also: front.see_also,
        body,
    })
}

pub(super) fn read_table(file: &str, text: &str) -> Result<Table, ContentError> {
    text.parse::<Table>().map_err(|e| {
        let place = e
            .span()
            .map(|span| {
                let line = text[..span.start.min(text.len())].lines().count().max(1);
                format!(" (near line {line})")
            })
            .unwrap_or_default();
        ContentError::new(
            file,
            None,
            None,
            format!("is not valid TOML{place}: {}", e.message()),
        )
    })
}

fn entry_label(kind: &str, index: usize, item: &Value) -> String {
    match item.get("id").and_then(Value::as_str) {
        Some(id) if !id.trim().is_empty() => format!("{kind} \"{id}\""),
        _ => format!("{kind} #{}", index + 1),
    }
}

/// Every text must say something and every list must hold something: an empty field is
/// almost always a slip while editing.
fn no_blank_values(file: &str, entry: &str, path: &str, value: &Value) -> Result<(), ContentError> {
    let fail = |problem: &str| {
        ContentError::new(file, Some(entry.to_owned()), Some(path.to_owned()), problem)
    };
    match value {
        Value::String(text) if text.trim().is_empty() => Err(fail("is empty")),
        Value::Array(items) if items.is_empty() => Err(fail("is an empty list")),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .try_for_each(|(i, item)| no_blank_values(file, entry, &format!("{path}[{i}]"), item)),
        Value::Table(table) => table.iter().try_for_each(|(key, item)| {
            let inner = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            no_blank_values(file, entry, &inner, item)
        }),
        _ => Ok(()),
    }
}
