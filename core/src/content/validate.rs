//! Checks across entries and files: ids unique, every reference resolves, every answer kind
//! has what it needs.

use std::collections::{BTreeSet, HashSet};

use super::{
    ActionKind, AnswerKind, Audience, CardFieldKind, Content, ContentError, Measure, ReplyLink,
    Sources,
};

pub(super) fn references(content: &Content, sources: &Sources<'_>) -> Result<(), ContentError> {
    unique(
        sources.actions.path,
        "action",
        content.actions.iter().map(|a| a.id.as_str()),
    )?;
    unique(
        sources.questions.path,
        "question",
        content.questions.iter().map(|q| q.id.as_str()),
    )?;
    unique(
        sources.affirmations.path,
        "affirmation",
        content.affirmations.iter().map(|a| a.id.as_str()),
    )?;
    unique(
        sources.reminders.path,
        "wording",
        content.reminder_wordings.iter().map(|w| w.id.as_str()),
    )?;
    unique(
        "content/guide",
        "page",
        content.guide.iter().map(|p| p.id.as_str()),
    )?;

    unique(
        sources.card.path,
        "field",
        content.card_fields.iter().map(|f| f.id.as_str()),
    )?;
    card_fields(content, sources.card.path)?;
    unique(
        sources.messages.path,
        "message",
        content.messages.iter().map(|m| m.id.as_str()),
    )?;
    their_answer(content, sources.questions.path)?;
    no_own_ids(content, sources.actions.path)?;
    questions(content, sources.questions.path)?;
    replies(content, sources.questions.path)?;
    affirmations_cover_every_kind(content, sources.affirmations.path)?;
    guide_links(content)?;
    Ok(())
}

fn unique<'a>(
    file: &str,
    kind: &str,
    ids: impl Iterator<Item = &'a str>,
) -> Result<(), ContentError> {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            return Err(ContentError::new(
                file,
                Some(format!("{kind} \"{id}\"")),
                Some("id".to_owned()),
                "this id is used twice; every id must be different",
            ));
        }
    }
    Ok(())
}

/// The ids of a person's own tiles start with `own-`; an action of the content's may not, so
/// the two can never be taken for each other.
fn no_own_ids(content: &Content, file: &str) -> Result<(), ContentError> {
    match content
        .actions
        .iter()
        .find(|a| a.id.as_str().starts_with(super::home::OWN_TILE_PREFIX))
    {
        Some(action) => Err(ContentError::new(
            file,
            Some(format!("action \"{}\"", action.id)),
            Some("id".to_owned()),
            "ids starting with \"own-\" are kept for the tiles people make of their own",
        )),
        None => Ok(()),
    }
}

fn questions(content: &Content, file: &str) -> Result<(), ContentError> {
    for question in &content.questions {
        let fail = |field: &str, problem: &str| {
            ContentError::new(
                file,
                Some(format!("question \"{}\"", question.id)),
                Some(field.to_owned()),
                problem,
            )
        };
        if question.occasion.is_empty() {
            return Err(fail(
                "occasion",
                "a question is asked right after, since then, or both",
            ));
        }
        match question.answer {
            AnswerKind::Chips => {
                if question.options.len() < 2 {
                    return Err(fail(
                        "options",
                        "a chips question needs at least two options",
                    ));
                }
                if question.scale.is_some() {
                    return Err(fail("scale", "only a scale question has a scale"));
                }
                let entry = format!("question \"{}\"", question.id);
                unique(file, &entry, question.options.iter().map(|o| o.id.as_str())).map_err(
                    |e| ContentError {
                        entry: Some(entry.clone()),
                        field: Some("options.id".to_owned()),
                        ..e
                    },
                )?;
            }
            AnswerKind::Scale => {
                if question.scale.is_none() {
                    return Err(fail(
                        "scale",
                        "a scale question needs `scale = { measure, low, high }`",
                    ));
                }
                if !question.options.is_empty() || question.multiple {
                    return Err(fail("options", "only a chips question has options"));
                }
            }
            AnswerKind::Text => {
                if !question.options.is_empty() || question.multiple || question.scale.is_some() {
                    return Err(fail(
                        "answer",
                        "a text question has no options and no scale",
                    ));
                }
            }
        }
    }
    // The check-in rates each of the four measures once, on a question for yourself.
    for measure in Measure::ALL {
        let count = content
            .questions
            .iter()
            .filter(|q| q.audience == Audience::AskYourself)
            .filter(|q| q.scale.as_ref().is_some_and(|s| s.measure == measure))
            .count();
        if count != 1 {
            return Err(ContentError::new(
                file,
                None,
                Some("scale.measure".to_owned()),
                format!(
                    "there must be exactly one ask-yourself scale for `{measure:?}`, found {count}"
                )
                .to_lowercase(),
            ));
        }
    }
    Ok(())
}

/// What they answered is noted with two questions of its own, which the code names: the chips
/// of [`super::THEY_SAID_QUESTION`] and the words of [`super::THEIR_WORDS_QUESTION`], both for
/// [`Audience::TheirAnswer`] and asked since then.
fn their_answer(content: &Content, file: &str) -> Result<(), ContentError> {
    for (id, kind) in [
        (super::THEY_SAID_QUESTION, AnswerKind::Chips),
        (super::THEIR_WORDS_QUESTION, AnswerKind::Text),
    ] {
        let fits = content.question(id).is_some_and(|q| {
            q.audience == Audience::TheirAnswer
                && q.answer == kind
                && q.occasion.contains(&super::Occasion::SinceThen)
        });
        if !fits {
            return Err(ContentError::new(
                file,
                Some(format!("question \"{id}\"")),
                None,
                format!(
                    "the app notes what they answered with this question: audience \
                     \"their-answer\", answer \"{kind:?}\", asked since then"
                )
                .to_lowercase(),
            ));
        }
    }
    Ok(())
}

fn card_fields(content: &Content, file: &str) -> Result<(), ContentError> {
    let check_tomorrow = super::CHECK_TOMORROW_FIELD;
    if !content
        .card_fields
        .iter()
        .any(|f| f.id.as_str() == check_tomorrow && f.kind == CardFieldKind::YesNo)
    {
        return Err(ContentError::new(
            file,
            Some(format!("field \"{check_tomorrow}\"")),
            Some("kind".to_owned()),
            "the app needs this yes-no field: it offers the next-day reminder",
        ));
    }
    for field in &content.card_fields {
        let entry = format!("field \"{}\"", field.id);
        let fail = |name: &str, problem: &str| {
            ContentError::new(file, Some(entry.clone()), Some(name.to_owned()), problem)
        };
        match field.kind {
            CardFieldKind::Choices => {
                if field.options.len() < 2 {
                    return Err(fail(
                        "options",
                        "a choices field needs at least two options",
                    ));
                }
                if field
                    .options
                    .iter()
                    .any(|o| o.distress || o.reply.is_some())
                {
                    return Err(fail(
                        "options",
                        "`distress` and `follow_up` are for check-in answers only",
                    ));
                }
                unique(file, &entry, field.options.iter().map(|o| o.id.as_str())).map_err(|e| {
                    ContentError {
                        entry: Some(entry.clone()),
                        field: Some("options.id".to_owned()),
                        ..e
                    }
                })?;
            }
            CardFieldKind::Words | CardFieldKind::YesNo => {
                if !field.options.is_empty() || field.own_words {
                    return Err(fail(
                        "options",
                        "only a choices field has options or own words",
                    ));
                }
            }
        }
    }
    Ok(())
}

fn affirmations_cover_every_kind(content: &Content, file: &str) -> Result<(), ContentError> {
    let covered: BTreeSet<ActionKind> = content
        .affirmations
        .iter()
        .flat_map(|a| a.kinds.iter().copied())
        .collect();
    match ActionKind::ALL
        .into_iter()
        .find(|kind| !covered.contains(kind))
    {
        Some(kind) => Err(ContentError::new(
            file,
            None,
            Some("kinds".to_owned()),
            format!("no affirmation fits actions of kind `{kind:?}`; every action card shows one")
                .to_lowercase(),
        )),
        None => Ok(()),
    }
}

/// Every follow-up says something, leads to exactly one place that exists, and carries
/// `at_most` (1–4) exactly when it sits on a scale. Every answer marked `distress` has one.
fn replies(content: &Content, file: &str) -> Result<(), ContentError> {
    for question in &content.questions {
        if let Some(option) = question
            .options
            .iter()
            .find(|o| o.distress && o.reply.is_none())
        {
            return Err(ContentError::new(
                file,
                Some(format!("question \"{}\"", question.id)),
                Some(format!("options.{}.follow_up", option.id)),
                "an answer marked `distress` needs a follow-up: a kind line and somewhere to go",
            ));
        }
        let on_options = question
            .options
            .iter()
            .filter_map(|o| o.reply.as_ref().map(|f| (f, false)));
        let on_scale = question
            .scale
            .iter()
            .filter_map(|s| s.reply.as_ref().map(|f| (f, true)));
        for (reply, scale) in on_options.chain(on_scale) {
            let fail = |problem: String| {
                ContentError::new(
                    file,
                    Some(format!("question \"{}\"", question.id)),
                    Some("follow_up".to_owned()),
                    problem,
                )
            };
            if reply.text.trim().is_empty() {
                return Err(fail("says nothing: `text` is empty".to_owned()));
            }
            match reply.link() {
                Some(ReplyLink::Learn(page)) if content.page(page).is_none() => {
                    return Err(fail(format!(
                        "links to page \"{page}\", which does not exist"
                    )))
                }
                Some(ReplyLink::Action(action)) if content.action(action.as_str()).is_none() => {
                    return Err(fail(format!(
                        "links to action \"{action}\", which does not exist"
                    )))
                }
                Some(_) => {}
                None => {
                    return Err(fail(
                        "needs one place to go: `learn`, `action` or `calm`".to_owned(),
                    ))
                }
            }
            match (scale, reply.at_most) {
                (true, Some(1..=4)) | (false, None) => {}
                (true, _) => {
                    return Err(fail(
                        "on a scale needs `at_most`, from 1 to 4: the low end it answers"
                            .to_owned(),
                    ))
                }
                (false, Some(_)) => return Err(fail("`at_most` is for scales only".to_owned())),
            }
        }
    }
    Ok(())
}

fn guide_links(content: &Content) -> Result<(), ContentError> {
    let ids: HashSet<&str> = content.guide.iter().map(|p| p.id.as_str()).collect();
    for page in &content.guide {
        if let Some(missing) = page
            .see_also
            .iter()
            .find(|link| !ids.contains(link.as_str()))
        {
            return Err(ContentError::new(
                "content/guide",
                Some(format!("page \"{}\"", page.id)),
                Some("see_also".to_owned()),
                format!("links to page \"{missing}\", which does not exist"),
            ));
        }
    }
    Ok(())
}
