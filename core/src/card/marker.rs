//! The last line of a shared card: a small versioned marker that says, in ids rather than words,
//! what the lines above it say, so the app reads a card back whatever language either person
//! uses. The lines above are for people (any phone camera shows them as text); the app reads
//! only this one.
//!
//! **Version 1**, pinned by `core/tests/fixtures/card-text-v1.txt`:
//!
//! ```text
//! aftercare-card v1; needs=touch,water; needs+=my hoodie; if-quiet+=I'm processing; check-tomorrow=yes
//! ```
//!
//! After `aftercare-card v1`, one item per answer, each after `"; "`: `<field>=<option>,<option>`
//! for chosen options, `<field>+=<words>` for own words, `<field>=yes` or `=no` for a yes-no
//! field. Ids are the content's (`content/card.toml`), never its labels. Items come in the
//! content's order, options too; words are trimmed, with `%`, `;` and control characters written
//! as `%XX` (everything else, any script or emoji, as it is). A card with nothing filled in has
//! no items. Read back, the line runs on to the next empty line (a mail program may have broken
//! it at spaces), each break read as a space.

use std::collections::BTreeMap;

use super::{AftercareCard, CardAnswer};
use crate::{
    content::{CardFieldId, CardFieldKind, Content, OptionId},
    error::CardProblem,
    Error,
};

/// What the marker line starts with, before its version.
pub const MARKER: &str = "aftercare-card v";
/// The version this app writes, and the newest it reads.
pub const VERSION: u32 = 1;
/// The most bytes of pasted text read as a card: room for the longest card the app keeps to be
/// shared as text (up to eight fields of own words at the longest a text may be, in letters of
/// four bytes, each twice: for people and in the marker; the card has four), and far more than
/// a QR code holds (2,953 bytes).
pub const MAX_CARD_TEXT_BYTES: usize = 8 * 2 * 4 * crate::model::MAX_TEXT_CHARS + (64 << 10);

/// The marker line for `card` (without a line break), as the module's notes describe.
pub fn marker_line(card: &AftercareCard, content: &Content) -> String {
    let mut line = format!("{MARKER}{VERSION}");
    for field in &content.card_fields {
        let Some(answer) = card.fields.get(field.id.as_str()) else {
            continue;
        };
        let chosen: Vec<&str> = field
            .options
            .iter()
            .filter(|o| answer.choices.contains(&o.id))
            .map(|o| o.id.as_str())
            .collect();
        if !chosen.is_empty() {
            line += &format!("; {}={}", field.id, chosen.join(","));
        }
        if let Some(words) = answer
            .words
            .as_deref()
            .map(str::trim)
            .filter(|w| !w.is_empty())
        {
            line += &format!("; {}+={}", field.id, escape(words));
        }
        if let Some(yes) = answer.yes {
            line += &format!("; {}={}", field.id, if yes { "yes" } else { "no" });
        }
    }
    line
}

/// Whether `line` is a marker line (of any version): one that starts with [`MARKER`]. A line
/// of own words never does (`to_text` indents every one after the first).
pub fn is_marker_line(line: &str) -> bool {
    line.starts_with(MARKER)
}

/// Reads a card from text as shared (pasted, or read from a QR code): its marker line, checked
/// against `content`. The lines for people are not read at all.
///
/// Errors: [`Error::UnreadableCard`] with the [`CardProblem`]; nothing else.
pub fn read_card_text(text: &str, content: &Content) -> Result<AftercareCard, Error> {
    if text.len() > MAX_CARD_TEXT_BYTES {
        return Err(CardProblem::TextTooLong.into());
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut markers = (0..lines.len()).filter(|&i| is_marker_line(lines[i]));
    let at = markers.next().ok_or(CardProblem::NotACard)?;
    if markers.next().is_some() {
        return Err(CardProblem::SeveralCards.into());
    }
    // A mail program may have broken the line at spaces: it goes on to the next empty line,
    // each break read as the space it replaced.
    let line = lines[at..]
        .iter()
        .take_while(|l| !l.trim().is_empty())
        .map(|l| l.trim_end())
        .collect::<Vec<_>>()
        .join(" ");
    let rest = &line[MARKER.len()..];
    let (version, items) = rest.split_once(';').unwrap_or((rest, ""));
    let version: u32 = version
        .trim()
        .parse()
        .map_err(|_| CardProblem::DamagedCard)?;
    if version > VERSION {
        return Err(CardProblem::NewerCard.into());
    }
    if version == 0 {
        return Err(CardProblem::DamagedCard.into());
    }
    let mut fields: BTreeMap<CardFieldId, CardAnswer> = BTreeMap::new();
    for item in items.split(';').map(str::trim).filter(|i| !i.is_empty()) {
        read_item(item, content, &mut fields)?;
    }
    let card = AftercareCard { fields };
    if card.is_empty() {
        return Err(CardProblem::EmptyCard.into());
    }
    // What a direct save would check, too (lengths above all).
    card.validate(content)
        .map_err(|_| CardProblem::DamagedCard)?;
    Ok(card)
}

/// One `<field>=…` or `<field>+=…` item, added to `fields`.
fn read_item(
    item: &str,
    content: &Content,
    fields: &mut BTreeMap<CardFieldId, CardAnswer>,
) -> Result<(), Error> {
    let (key, value) = item.split_once('=').ok_or(CardProblem::DamagedCard)?;
    let (id, words) = match key.strip_suffix('+') {
        Some(id) => (id, true),
        None => (key, false),
    };
    let field = content
        .card_fields
        .iter()
        .find(|f| f.id.as_str() == id)
        .ok_or(CardProblem::UnknownField)?;
    let answer = fields.entry(field.id.clone()).or_default();
    let damaged = || Error::from(CardProblem::DamagedCard);
    if words {
        let takes_words = field.kind == CardFieldKind::Words || field.own_words;
        let words = unescape(value).ok_or_else(damaged)?;
        if !takes_words || answer.words.is_some() || words.trim().is_empty() {
            return Err(damaged());
        }
        answer.words = Some(words);
        return Ok(());
    }
    match field.kind {
        CardFieldKind::Choices if answer.choices.is_empty() => {
            for option in value.split(',') {
                if option.is_empty() {
                    return Err(damaged());
                }
                let known = field
                    .options
                    .iter()
                    .find(|o| o.id.as_str() == option)
                    .ok_or(CardProblem::UnknownField)?;
                if answer.choices.contains(&known.id) {
                    return Err(damaged());
                }
                answer.choices.push(OptionId(known.id.as_str().to_owned()));
            }
            Ok(())
        }
        CardFieldKind::YesNo if answer.yes.is_none() => {
            answer.yes = Some(match value {
                "yes" => true,
                "no" => false,
                _ => return Err(damaged()),
            });
            Ok(())
        }
        _ => Err(damaged()),
    }
}

/// Own words as the marker writes them: `%`, `;` and control characters as `%XX`.
fn escape(words: &str) -> String {
    let mut out = String::with_capacity(words.len());
    for c in words.chars() {
        if c == '%' || c == ';' || c.is_ascii_control() {
            out += &format!("%{:02X}", c as u32);
        } else {
            out.push(c);
        }
    }
    out
}

/// Own words read back: each `%XX` as its byte; `None` for a `%` without two hex digits after
/// it, or bytes that are not UTF-8.
fn unescape(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            if !hex.iter().all(u8::is_ascii_hexdigit) {
                return None;
            }
            out.push(u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}
