//! The notifications the app sends, as the session bus carries them, and the answers a person
//! gives on them.

use std::{
    process::Stdio,
    time::{Duration, Instant},
};

use crate::{start::session_home, PATIENCE, REMINDER_PATIENCE};

/// Records the notifications sent on the session bus (`org.freedesktop.Notifications.Notify`),
/// as a notification server sees them, with `dbus-monitor`.
pub struct NotificationMonitor {
    child: std::process::Child,
    seen: std::sync::Arc<std::sync::Mutex<String>>,
}

/// One `Notify` call: the application's name and icon it gives, its summary (title) and body,
/// and its actions (id, label, id, label, …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    pub app_name: String,
    pub icon: String,
    pub summary: String,
    pub body: String,
    pub actions: Vec<String>,
}

impl NotificationMonitor {
    pub fn start() -> NotificationMonitor {
        use std::io::Read;
        assert!(
            std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
            "no session bus: run the journeys through `cargo xtask test` (dbus-run-session)"
        );
        let mut child = std::process::Command::new("dbus-monitor")
            .args([
                "--session",
                "type='method_call',interface='org.freedesktop.Notifications',member='Notify'",
                // The server's replies, which carry each notification's id.
                "type='method_return'",
                // The harness's own marks (`caught_up`).
                &format!("type='signal',interface='{MARK_INTERFACE}'"),
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-monitor (package dbus-x11 or dbus-bin) is installed by cargo xtask test");
        let mut stdout = child.stdout.take().unwrap();
        let seen = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
        let sink = seen.clone();
        std::thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            while let Ok(n) = stdout.read(&mut buffer) {
                if n == 0 {
                    break;
                }
                sink.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buffer[..n]));
            }
        });
        // Once the bus made it a monitor, its own name is taken from it (`NameLost`, which
        // dbus-monitor prints): from then on it sees every call.
        let start = Instant::now();
        while !seen.lock().unwrap().contains("member=NameLost") {
            assert!(
                start.elapsed() < PATIENCE,
                "dbus-monitor never became a monitor"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        NotificationMonitor { child, seen }
    }

    /// The `Notify` calls so far, each as dbus-monitor printed it (up to the next message).
    fn calls(&self) -> Vec<String> {
        let text = self.seen.lock().unwrap().clone();
        let messages = split_messages(&text);
        messages
            .into_iter()
            .filter(|m| m.starts_with("method call") && m.contains("member=Notify"))
            .collect()
    }

    /// Every `Notify` call so far.
    pub fn notifications(&self) -> Vec<Notification> {
        self.calls()
            .iter()
            .map(|call| {
                let strings = |part: &str| -> Vec<String> {
                    part.lines()
                        .filter_map(|line| line.trim().strip_prefix("string \""))
                        .map(|rest| rest.trim_end_matches('"').to_owned())
                        .collect()
                };
                // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, timeout):
                // the first `array [` is the actions, up to its closing `]`.
                let (head, rest) = call.split_once("array [").unwrap_or((call, ""));
                let actions = rest.split("\n   ]").next().unwrap_or_default();
                let head = strings(head);
                Notification {
                    app_name: head.first().cloned().unwrap_or_default(),
                    icon: head.get(1).cloned().unwrap_or_default(),
                    summary: head.get(2).cloned().unwrap_or_default(),
                    body: head.get(3).cloned().unwrap_or_default(),
                    actions: strings(actions),
                }
            })
            .collect()
    }

    /// The id the notification server gave the `n`th notification (from its reply).
    pub async fn id(&self, n: usize) -> u32 {
        let start = Instant::now();
        loop {
            let text = self.seen.lock().unwrap().clone();
            let messages = split_messages(&text);
            let call = self.calls().get(n).cloned().unwrap_or_default();
            let field = |message: &str, name: &str| -> Option<String> {
                let first = message.lines().next()?;
                let at = first.find(&format!(" {name}="))? + name.len() + 2;
                Some(
                    first[at..]
                        .split_whitespace()
                        .next()?
                        .trim_end_matches(';')
                        .to_owned(),
                )
            };
            let (sender, serial) = (field(&call, "sender"), field(&call, "serial"));
            let reply = messages.iter().find(|m| {
                m.starts_with("method return")
                    && field(m, "destination") == sender
                    && field(m, "reply_serial") == serial
            });
            if let Some(id) = reply.and_then(|r| {
                r.lines()
                    .find_map(|l| l.trim().strip_prefix("uint32 "))
                    .and_then(|n| n.parse().ok())
            }) {
                return id;
            }
            assert!(
                start.elapsed() < REMINDER_PATIENCE,
                "no id for notification {n}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Presses `action` on notification `id` ("default": the notification itself), as a
    /// person does: through the notification server, dunst, whose context menu (`dunstctl
    /// context`) lists each action of each notification on screen and runs the program its
    /// settings name (`choose-answer`, written by this harness) to choose one. Dunst then sends
    /// `ActionInvoked` from its own connection, as a server does.
    pub async fn answer(&self, id: u32, action: &str) {
        // The person answers what is on screen: dunst shows a notification a little after
        // taking it, and its menu lists only what it shows.
        let start = Instant::now();
        loop {
            let shown = std::process::Command::new("dunstctl")
                .args(["count", "displayed"])
                .output()
                .expect("dunstctl (package dunst) is installed by cargo xtask test");
            let shown: u32 = String::from_utf8_lossy(&shown.stdout)
                .trim()
                .parse()
                .unwrap_or(0);
            if shown > 0 {
                break;
            }
            assert!(
                start.elapsed() < PATIENCE,
                "dunst never showed notification {id}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let home = session_home();
        std::fs::write(home.join("answer"), format!("[{id},{action}]"))
            .expect("the answer for dunst's menu");
        let status = std::process::Command::new("dunstctl")
            .arg("context")
            .status()
            .expect("dunstctl (package dunst) is installed by cargo xtask test");
        assert!(status.success(), "dunstctl context");
    }

    /// Sends `ActionInvoked(id, action)` on the session bus from a connection of its own
    /// (`dbus-send`): the signal a notification server sends, forged by another program.
    pub fn forge(&self, id: u32, action: &str) {
        let status = std::process::Command::new("dbus-send")
            .args([
                "--session",
                "--type=signal",
                "/org/freedesktop/Notifications",
                "org.freedesktop.Notifications.ActionInvoked",
                &format!("uint32:{id}"),
                &format!("string:{action}"),
            ])
            .status()
            .expect("dbus-send (package dbus) is installed");
        assert!(status.success());
    }

    /// Waits until the monitor has seen everything sent on the bus before now: it sends a
    /// mark of its own and waits for it, and the bus hands a monitor every message in the order
    /// it routed them. Then a notification not in [`NotificationMonitor::notifications`] was
    /// never sent.
    pub async fn caught_up(&self) {
        static MARKS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let mark = format!(
            "mark-{}-{}",
            std::process::id(),
            MARKS.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        );
        let status = std::process::Command::new("dbus-send")
            .args([
                "--session",
                "--type=signal",
                "/care/aftercare/e2e",
                &format!("{MARK_INTERFACE}.Mark"),
                &format!("string:{mark}"),
            ])
            .status()
            .expect("dbus-send (package dbus) is installed");
        assert!(status.success());
        let start = Instant::now();
        while !self.seen.lock().unwrap().contains(&mark) {
            assert!(
                start.elapsed() < PATIENCE,
                "the monitor never saw its own mark"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Waits until at least `count` notifications were sent, and returns them all.
    pub async fn wait_for(&self, count: usize) -> Vec<Notification> {
        let start = Instant::now();
        loop {
            let seen = self.notifications();
            if seen.len() >= count {
                return seen;
            }
            assert!(
                start.elapsed() < REMINDER_PATIENCE,
                "only {} notifications were sent, not {count}",
                seen.len()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

/// The interface of the harness's marks on the bus (`NotificationMonitor::caught_up`).
const MARK_INTERFACE: &str = "care.aftercare.E2e";

/// dbus-monitor's output, one message each (every message starts at the line's beginning).
fn split_messages(text: &str) -> Vec<String> {
    let mut messages: Vec<String> = Vec::new();
    for line in text.lines() {
        if !line.starts_with(' ') && !line.is_empty() {
            messages.push(String::new());
        }
        if let Some(last) = messages.last_mut() {
            last.push_str(line);
            last.push('\n');
        }
    }
    messages
}

impl Drop for NotificationMonitor {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
