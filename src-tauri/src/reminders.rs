//! The reminder timer. tauri-plugin-notification shows notifications at once on desktop (it
//! ignores schedules), so the shell keeps its own timer over the schedule file while the app
//! runs, locked or not, and catches up at start: reminders missed while the app was closed make
//! one notification, never a burst. On Android and iOS the next few reminders are handed to the
//! system's scheduler instead, topped up at each launch and change.
//!
//! Notification words come only from `content/reminders.toml`, never from anything the person
//! wrote.

use std::{
    sync::mpsc::{channel, Receiver, RecvTimeoutError},
    time::Duration as StdDuration,
};

use aftercare_core::{content::Content, reminders::Schedule};
use chrono::Duration;
use tauri::{AppHandle, Emitter, Manager};
#[cfg(any(mobile, not(target_os = "linux")))]
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
    let chosen = content
        .reminder_wordings
        .iter()
        .find(|w| Some(&w.id) == schedule.wording.as_ref())
        .unwrap_or(&content.reminder_wordings[0]);
    (&chosen.title, &chosen.body)
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
        let wait = tick(&app).unwrap_or(POLL);
        match wake.recv_timeout(wait) {
            Ok(()) | Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return,
        }
    }
}

/// Shows what is due, saves the schedule, and says how long to sleep.
fn tick(app: &AppHandle) -> Option<StdDuration> {
    let state = app.state::<AppState>();
    let vault = state.vault().ok()?;
    let mut schedule = vault.schedule();
    #[cfg(mobile)]
    hand_to_the_system(app, state.content, &schedule);
    let now = clock::now();
    let before = schedule.clone();
    // On phones the system shows them; here they are only marked shown.
    if schedule.take_due(now, MAX_AGE) && cfg!(desktop) {
        notify(app, state.content, &schedule);
        let _ = app.emit("reminder-shown", ());
    }
    if schedule != before {
        let _ = vault.save_schedule(&schedule);
    }
    let next = aftercare_core::reminders::next_due(&schedule.pending)?;
    Some((next - now).to_std().unwrap_or_default().min(POLL))
}

/// The icon a reminder names on Linux: a standard one of the desktop's icon theme (a clock),
/// which says nothing of the app.
pub const ICON: &str = "appointment-soon";

/// Shows the reminder now. On Linux it goes out under the content's neutral name and a plain
/// icon, not the program's name (which the notification plugin would send, and notification
/// servers show). On Windows and macOS the system names it after the installed app.
fn notify(app: &AppHandle, content: &Content, schedule: &Schedule) {
    let (title, body) = wording(content, schedule);
    // A failed notification is not worth stopping for; the check-in waits in the app.
    #[cfg(target_os = "linux")]
    {
        let _ = app;
        let name = content.string("app.neutral_name").unwrap_or_default();
        let _ = notify_rust::Notification::new()
            .appname(name)
            .icon(ICON)
            .summary(title)
            .body(body)
            .show();
    }
    #[cfg(not(target_os = "linux"))]
    let _ = app.notification().builder().title(title).body(body).show();
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
            .schedule(At::At {
                date,
                repeating: false,
                allow_while_idle: true,
            })
            .show();
    }
}
