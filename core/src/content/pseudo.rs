//! Pseudo-languages, made from the English in debug builds to test the app's localisation:
//! every word accented, about 40 % longer (each vowel doubled) and each text in brackets, so a
//! string that escaped localisation shows as plain English outside brackets, and a layout too
//! tight for longer languages shows. `en-XA` reads left to right; `ar-XB` is the same text laid
//! out right to left, for the right-to-left checks before a language of that kind ships.

use super::{
    ui_text::{Part, Pattern},
    Content, LocaleInfo,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Pseudo {
    Accented,
    RightToLeft,
}

impl Pseudo {
    /// The pseudo-languages of this build: both in debug builds, none in a release.
    pub(super) const IN_THIS_BUILD: &'static [Pseudo] = if cfg!(debug_assertions) {
        &[Pseudo::Accented, Pseudo::RightToLeft]
    } else {
        &[]
    };

    pub(super) fn tag(self) -> &'static str {
        match self {
            Pseudo::Accented => "en-XA",
            Pseudo::RightToLeft => "ar-XB",
        }
    }

    pub(super) fn name(self) -> &'static str {
        match self {
            Pseudo::Accented => "[Ƥšééûûðöö]",
            Pseudo::RightToLeft => "[Ƥšééûûðöö ŔŢĻ]",
        }
    }

    /// The English content, every word a person reads made pseudo; ids and kinds unchanged.
    pub(super) fn made_from_english(self, english: &Content, locale: LocaleInfo) -> Content {
        let mut content = english.clone();
        content.locale = locale;
        let text = |s: &mut String| *s = bracketed(s);
        for action in &mut content.actions {
            text(&mut action.title);
            text(&mut action.summary);
            action
                .steps
                .iter_mut()
                .chain(&mut action.say)
                .chain(&mut action.ask)
                .for_each(text);
        }
        for question in &mut content.questions {
            text(&mut question.text);
            for option in &mut question.options {
                text(&mut option.label);
                if let Some(reply) = &mut option.reply {
                    text(&mut reply.text);
                }
            }
            if let Some(scale) = &mut question.scale {
                text(&mut scale.low);
                text(&mut scale.high);
                if let Some(reply) = &mut scale.reply {
                    text(&mut reply.text);
                }
            }
        }
        content
            .affirmations
            .iter_mut()
            .for_each(|a| text(&mut a.text));
        content.messages.iter_mut().for_each(|m| text(&mut m.text));
        for wording in &mut content.reminder_wordings {
            text(&mut wording.title);
            text(&mut wording.body);
            text(&mut wording.answers.okay);
            text(&mut wording.answers.not_so_good);
            text(&mut wording.answers.later);
        }
        for field in &mut content.card_fields {
            text(&mut field.label);
            field.options.iter_mut().for_each(|o| text(&mut o.label));
        }
        for page in &mut content.guide {
            text(&mut page.title);
            page.body = page
                .body
                .lines()
                .map(markdown_line)
                .collect::<Vec<_>>()
                .join("\n");
        }
        content.ui = content.ui.map_patterns(&bracketed_pattern, bracketed);
        content
    }
}

/// Accented and lengthened: `Water` is `Ŵååţééŕ`.
pub fn accented(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        let changed = accent(c);
        out.push(changed);
        if "aeiouAEIOU".contains(c) {
            out.push(changed.to_lowercase().next().unwrap_or(changed));
        }
    }
    out
}

/// [`accented`], in brackets.
pub fn bracketed(text: &str) -> String {
    format!("[{}]", accented(text))
}

fn bracketed_pattern(pattern: &Pattern) -> Pattern {
    match pattern {
        Pattern::Text(text) => Pattern::Text(bracketed(text)),
        Pattern::Parts(parts) => {
            let mut parts: Vec<Part> = parts.iter().map(accented_part).collect();
            parts.insert(0, Part::Text("[".to_owned()));
            parts.push(Part::Text("]".to_owned()));
            Pattern::Parts(parts)
        }
    }
}

fn accented_pattern(pattern: &Pattern) -> Pattern {
    match pattern {
        Pattern::Text(text) => Pattern::Text(accented(text)),
        Pattern::Parts(parts) => Pattern::Parts(parts.iter().map(accented_part).collect()),
    }
}

fn accented_part(part: &Part) -> Part {
    match part {
        Part::Text(text) => Part::Text(accented(text)),
        Part::Var { .. } => part.clone(),
        Part::Select {
            select,
            variants,
            default,
        } => Part::Select {
            select: select.clone(),
            variants: variants
                .iter()
                .map(|(key, value)| (key.clone(), accented_pattern(value)))
                .collect(),
            default: default.clone(),
        },
    }
}

/// A line of a Learn page: its Markdown marker kept, its words pseudo.
fn markdown_line(line: &str) -> String {
    let trimmed = line.trim_start();
    let indent = &line[..line.len() - trimmed.len()];
    if trimmed.is_empty() {
        return line.to_owned();
    }
    let marker_len = ["### ", "## ", "# ", "- ", "* "]
        .iter()
        .find(|m| trimmed.starts_with(**m))
        .map(|m| m.len())
        .or_else(|| {
            let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
            (digits > 0 && trimmed[digits..].starts_with(". ")).then_some(digits + 2)
        })
        .unwrap_or(0);
    let (marker, words) = trimmed.split_at(marker_len);
    format!("{indent}{marker}{}", bracketed(words))
}

fn accent(c: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    FROM.chars()
        .position(|from| from == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}
