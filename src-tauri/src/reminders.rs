//! The reminder timer. On desktops notifications are shown at once (tauri-plugin-notification
//! ignores schedules there, and on Linux the app sends them itself over libdbus, `linux` below),
//! so the shell keeps its own timer over the schedule file while the app runs, locked
//! or not, and catches up at start: reminders missed while the app was closed make one
//! notification, never a burst. On Android and iOS the next few reminders are handed to the
//! system's scheduler instead, topped up at each launch and change.
//!
//! Notification words come only from `content/reminders.toml`, never from anything the person
//! wrote.

use std::{
    sync::mpsc::{channel, Receiver, RecvTimeoutError},
    time::Duration as StdDuration,
};

use aftercare_core::{
    api::reminders::{answer_notification, AnswerEvent, OPEN},
    content::{Content, ReminderWording},
    reminders::{Pending, ReminderAnswer, Schedule},
    vault::Changes,
};
use chrono::Duration;
use tauri::{AppHandle, Emitter, Manager};
#[cfg(not(target_os = "linux"))]
use tauri_plugin_notification::NotificationExt;

use crate::{
    clock,
    state::{AppState, TimerHandle},
};

/// Reminders older than this when the app next runs are marked missed, without a sound.
pub const MAX_AGE: Duration = Duration::days(3);
/// The longest the timer sleeps before looking again (a suspended laptop may wake late).
const POLL: StdDuration = StdDuration::from_secs(30);

/// The words of the notification for the chosen wording (the first one by default).
pub fn wording<'a>(content: &'a Content, schedule: &Schedule) -> (&'a str, &'a str) {
    let chosen = chosen(content, schedule);
    (&chosen.title, &chosen.body)
}

/// The chosen wording, with its answer words (the first one by default).
pub fn chosen<'a>(content: &'a Content, schedule: &Schedule) -> &'a ReminderWording {
    content
        .reminder_wordings
        .iter()
        .find(|w| Some(&w.id) == schedule.wording.as_ref())
        .unwrap_or(&content.reminder_wordings[0])
}

/// Starts the desktop timer on its own thread.
pub fn start(app: &AppHandle) -> TimerHandle {
    let (sender, receiver) = channel();
    let app = app.clone();
    std::thread::Builder::new()
        .name("reminders".into())
        .spawn(move || run(app, receiver))
        .expect("a thread for the reminder timer");
    TimerHandle(sender)
}

fn run(app: AppHandle, wake: Receiver<()>) {
    loop {
        let wait = tick(&app, clock::now()).unwrap_or(POLL);
        match wake.recv_timeout(wait) {
            Ok(()) | Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return,
        }
    }
}

/// Shows what is due at `now`, saves the schedule, and says how long to sleep.
fn tick(app: &AppHandle, now: chrono::DateTime<chrono::Utc>) -> Option<StdDuration> {
    let state = app.state::<AppState>();
    let mut vault = state.vault();
    let mut schedule = vault.schedule();
    #[cfg(mobile)]
    hand_to_the_system(app, state.content(), &schedule);
    let before = schedule.clone();
    // On phones the system shows them; here they are only marked shown.
    if schedule.take_due(now, MAX_AGE) && cfg!(desktop) {
        let covers: Vec<Pending> = schedule
            .shown
            .iter()
            .filter(|p| !before.shown.contains(p))
            .copied()
            .collect();
        notify(app, state.content(), &schedule, covers);
        let _ = app.emit("reminder-shown", ());
    }
    if schedule != before {
        let _ = vault.save_schedule(&schedule);
    }
    // The timer is the one that changed it: nothing for it to be told.
    let _ = vault.take_changes();
    let next = aftercare_core::reminders::next_due(&schedule.pending)?;
    Some((next - now).to_std().unwrap_or_default().min(POLL))
}

/// The icon a reminder names on Linux: a standard one of the desktop's icon theme (a clock),
/// which says nothing of the app.
#[cfg(target_os = "linux")]
pub const ICON: &str = "appointment-soon";

/// Shows the reminder now. On Linux it goes out under the content's neutral name and a plain
/// icon, not the program's name (which the notification plugin would send, and notification
/// servers show). On Windows and macOS the system names it after the installed app.
fn notify(app: &AppHandle, content: &Content, schedule: &Schedule, covers: Vec<Pending>) {
    let (title, body) = wording(content, schedule);
    // A failed notification is not worth stopping for; the check-in waits in the app.
    #[cfg(target_os = "linux")]
    {
        let name = content.string("app.neutral_name").unwrap_or_default();
        let chosen = chosen(content, schedule);
        // "default" is a tap on the notification itself (the spec's name for it).
        let mut actions = vec![OPEN, title];
        for answer in ReminderAnswer::ALL {
            actions.extend([answer.action(), chosen.answer(answer)]);
        }
        if let Ok(shown) = linux::show(name, ICON, title, body, &actions) {
            let app = app.clone();
            // Waits for the answer (or the notification's closing) on its own thread.
            let _ = std::thread::Builder::new()
                .name("reminder-answer".into())
                .spawn(move || {
                    if let Some(action) = shown.answer() {
                        answered(&app, &covers, &action);
                    }
                });
        }
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = covers;
        let _ = app.notification().builder().title(title).body(body).show();
    }
}

/// Applies an action from the notification of the reminders `covers` (their due minutes), at
/// `now`, through the core (`api::reminders::answer_notification`): what to tell the page
/// (`None` when the notification was only closed, or the answer was applied before), and what
/// the shell must follow.
pub fn apply_answer(
    state: &AppState,
    covers: &[Pending],
    action: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> (Option<AnswerEvent>, Changes) {
    let mut vault = state.vault();
    let event = answer_notification(&mut vault, covers, action, now, &mut clock::rng());
    (event, vault.take_changes())
}

/// An action arrived from the notification server: applied, then the page is told, and the
/// window comes forward for a tap on the body or "Not so good".
#[cfg(target_os = "linux")]
fn answered(app: &AppHandle, covers: &[Pending], action: &str) {
    let state = app.state::<AppState>();
    let (event, changes) = apply_answer(&state, covers, action, clock::now());
    crate::commands::follow(app, &state, changes);
    let Some(event) = event else {
        return;
    };
    if event.answer == OPEN || event.answer == ReminderAnswer::NotSoGood.action() {
        crate::tray::show_main(app);
    }
    let _ = app.emit("reminder-answer", event);
}

/// Linux: a reminder goes to the notification server over D-Bus (the freedesktop
/// specification), and its answers are taken only from that server. `ActionInvoked` is a
/// signal any program on the session bus may send, with any notification's id; only the
/// connection that took the `Notify` call (the sender of its reply, a unique name no other
/// connection can take) shows the notification, so only it speaks for the person.
#[cfg(target_os = "linux")]
mod linux {
    use std::time::Duration;

    use dbus::{arg::PropMap, blocking::Connection, message::MatchRule, Message};

    const SERVER: &str = "org.freedesktop.Notifications";
    const PATH: &str = "/org/freedesktop/Notifications";
    /// How long the server has to take the notification.
    const CALL: Duration = Duration::from_secs(25);

    /// A notification on screen, and what its server says of it.
    pub struct Shown {
        id: u32,
        /// The unique name of the connection that took the `Notify` call.
        server: String,
        /// Open while waiting (some servers drop the actions of a notification whose sender
        /// went away); the signals come in on it.
        connection: Connection,
    }

    /// Shows a notification: `Notify(app_name, 0, icon, summary, body, actions, {}, -1)`.
    pub fn show(
        app_name: &str,
        icon: &str,
        summary: &str,
        body: &str,
        actions: &[&str],
    ) -> Result<Shown, dbus::Error> {
        let connection = Connection::new_session()?;
        // Listening starts before the notification is shown, so no answer can come first.
        let mut rule = MatchRule::new_signal(SERVER, "ActionInvoked");
        rule.member = None;
        rule.path = Some(PATH.into());
        connection.add_match_no_cb(&rule.match_str())?;
        let mut call = Message::new_method_call(SERVER, PATH, SERVER, "Notify")
            .map_err(|_| dbus::Error::new_failed("the Notify call"))?;
        call.append_all((
            app_name,
            0u32,
            icon,
            summary,
            body,
            actions.to_vec(),
            PropMap::new(),
            -1i32,
        ));
        let reply = connection.channel().send_with_reply_and_block(call, CALL)?;
        let server = reply
            .sender()
            .ok_or_else(|| dbus::Error::new_failed("a reply without a sender"))?
            .to_string();
        let id = reply.read1::<u32>().map_err(dbus::Error::from)?;
        Ok(Shown {
            id,
            server,
            connection,
        })
    }

    impl Shown {
        /// Waits for the action chosen on this notification, as its server reports it; `None`
        /// once it closed without one (or the bus went away). The same signals sent by anyone
        /// else are ignored.
        pub fn answer(self) -> Option<String> {
            let channel = self.connection.channel();
            loop {
                let message = match channel.pop_message() {
                    Some(message) => message,
                    None => {
                        channel.read_write(None).ok()?;
                        continue;
                    }
                };
                let from_server = message.sender().as_deref() == Some(self.server.as_str());
                match message.member().as_deref() {
                    Some("ActionInvoked") => {
                        let Ok((id, action)) = message.read2::<u32, String>() else {
                            continue;
                        };
                        if id != self.id {
                            continue;
                        }
                        if !from_server {
                            // No user text in it: a note that the app saw and refused it.
                            eprintln!(
                                "Aftercare: ignored an answer to a reminder that did not come \
                                 from the notification server"
                            );
                            continue;
                        }
                        return Some(action);
                    }
                    Some("NotificationClosed") if from_server => {
                        match message.read2::<u32, u32>() {
                            Ok((id, _)) if id == self.id => return None,
                            _ => continue,
                        }
                    }
                    _ => continue,
                }
            }
        }
    }
}

/// On phones the system shows scheduled notifications itself, even with the app closed. The
/// same id replaces an earlier hand-over, so doing this at every tick is harmless.
#[cfg(mobile)]
fn hand_to_the_system(app: &AppHandle, content: &Content, schedule: &Schedule) {
    use tauri_plugin_notification::Schedule as At;
    let (title, body) = wording(content, schedule);
    for reminder in schedule.pending.iter().take(8) {
        let due = reminder.due_at().timestamp();
        let Ok(date) = time::OffsetDateTime::from_unix_timestamp(due) else {
            continue;
        };
        // Its due minute is its id with the system: the schedule holds no other.
        let _ = app
            .notification()
            .builder()
            .id((due / 60) as i32)
            .title(title)
            .body(body)
            .action_type_id(ANSWERS)
            .schedule(At::At {
                date,
                repeating: false,
                allow_while_idle: true,
            })
            .show();
    }
}

/// The action type of a reminder's three answers, registered with the system on phones.
#[cfg(mobile)]
const ANSWERS: &str = "reminder";

/// On phones (not yet compiled or tried on a device; see the README): registers the three
/// answers with the system, before any reminder is handed over, and applies an answer when it
/// comes back. On Android an answer opens the app first; an answer given while the app was not
/// running can be lost on the way (a known gap in the plugin), so every start re-derives what
/// is due from the store and the schedule, and nothing is left hanging.
#[cfg(mobile)]
pub fn register_answers(app: &AppHandle, content: &'static Content, schedule: &Schedule) {
    use tauri_plugin_notification::{Action, ActionType};
    let chosen = chosen(content, schedule);
    let actions = ReminderAnswer::ALL
        .into_iter()
        .map(|answer| Action::builder(answer.action(), chosen.answer(answer)).build())
        .collect();
    let notifications = app.notification();
    let _ = notifications
        .register_action_types(vec![ActionType::builder(ANSWERS).actions(actions).build()]);
    let handle = app.clone();
    let _ = notifications.on_action(move |performed| {
        // The notification's id is its due minute (see `hand_to_the_system`).
        let Some(due) = performed
            .notification()
            .and_then(|n| chrono::DateTime::from_timestamp(i64::from(n.id()) * 60, 0))
        else {
            return;
        };
        let action = match performed.action_id() {
            "tap" => OPEN,
            other => other,
        };
        let state = handle.state::<AppState>();
        let (event, changes) = apply_answer(&state, &[Pending::at(due)], action, clock::now());
        crate::commands::follow(&handle, &state, changes);
        if let Some(event) = event {
            let _ = handle.emit("reminder-answer", event);
        }
    });
}
