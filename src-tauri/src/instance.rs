//! One running app per data folder.
//!
//! Two apps on the same folder would each run a reminder timer (two notifications for one
//! reminder) and each hold their own idea of locked and unlocked. And with reminders pending,
//! closing the window only hides it: on a desktop without a tray, starting the app again is the
//! way back to it. So the first app holds a lock on the data folder for as long as it runs, and
//! listens on a local socket; a second start asks the first to show its window, then exits.
//!
//! The lock is an advisory `flock` on the folder itself. The socket is a file in a folder only
//! its owner may enter: the session's runtime folder (`XDG_RUNTIME_DIR`, `/run/user/<uid>`)
//! when it is the person's alone, else the data folder (owner-only too). So another user can
//! neither reach it, nor read its name, nor take the name first; the kernel checks the folder's
//! permissions at every connection. Each side also asks the kernel who is at the other end
//! (`SO_PEERCRED`) and ignores anyone but the same user, should a folder's permissions ever be
//! loose. A connection that says nothing is closed after a second, on its own thread, so it
//! cannot hold up the next start. Only the word `show` crosses the socket; the file goes at
//! exit (and a crash's leftover is replaced at the next start). Linux only: on macOS the system
//! keeps an app bundle to one instance, and Windows is not guarded yet (see the README).

use std::path::Path;

/// What starting found.
pub enum Start {
    /// This is the only app on the folder; keep the guard for as long as the app runs.
    First(Guard),
    /// Another app runs on the folder and was asked to show its window: exit.
    #[cfg_attr(
        not(target_os = "linux"),
        allow(dead_code, reason = "only the Linux guard looks for another app")
    )]
    Another,
}

/// Holds the folder's lock until dropped (or the process ends); [`Guard::release`] removes the
/// socket file.
pub struct Guard {
    #[cfg(target_os = "linux")]
    _lock: std::fs::File,
    #[cfg(target_os = "linux")]
    socket: Option<std::path::PathBuf>,
}

impl Guard {
    /// At exit: the socket file goes, so nothing of it outlasts the run.
    pub fn release(&self) {
        #[cfg(target_os = "linux")]
        if let Some(socket) = &self.socket {
            let _ = std::fs::remove_file(socket);
        }
    }
}

/// At exit, through the app's exit hook.
pub fn on_exit(app: &tauri::AppHandle) {
    use tauri::Manager;
    if let Some(guard) = app.try_state::<Guard>() {
        guard.release();
    }
}

/// Claims `data_dir` for this app, with its socket in `runtime_dir` when that folder is the
/// person's alone (else in the data folder). `show` runs (on a background thread) each time a
/// later start by the same user asks for the window.
#[cfg(target_os = "linux")]
pub fn claim(
    data_dir: &Path,
    runtime_dir: Option<&Path>,
    show: impl Fn() + Send + Sync + 'static,
) -> std::io::Result<Start> {
    use std::{
        fs::{File, TryLockError},
        io::Write,
        os::unix::net::UnixStream,
        time::{Duration, Instant},
    };

    // An app that is just quitting still holds the lock for a moment: wait that out.
    const PATIENCE: Duration = Duration::from_secs(5);

    let lock = File::open(data_dir)?;
    let socket = socket_path(data_dir, runtime_dir);
    let deadline = Instant::now() + PATIENCE;
    loop {
        match lock.try_lock() {
            Ok(()) => {
                // If the socket cannot be made, the app still runs; a second start then waits
                // out its patience and exits.
                let listening = listen(&socket, std::sync::Arc::new(show)).is_ok();
                return Ok(Start::First(Guard {
                    _lock: lock,
                    socket: listening.then_some(socket),
                }));
            }
            Err(TryLockError::WouldBlock) => {
                if let Ok(mut stream) = short_path(&socket, |path| UnixStream::connect(path)) {
                    if same_user(&stream) && stream.write_all(WORD).is_ok() {
                        return Ok(Start::Another);
                    }
                }
                if Instant::now() >= deadline {
                    return Ok(Start::Another);
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            Err(TryLockError::Error(error)) => return Err(error),
        }
    }
}

#[cfg(not(target_os = "linux"))]
pub fn claim(
    _data_dir: &Path,
    _runtime_dir: Option<&Path>,
    _show: impl Fn() + Send + Sync + 'static,
) -> std::io::Result<Start> {
    Ok(Start::First(Guard {}))
}

/// The one word a later start sends.
#[cfg(target_os = "linux")]
const WORD: &[u8; 4] = b"show";
/// How long a connection may stay silent before it is closed.
#[cfg(target_os = "linux")]
const SILENCE: std::time::Duration = std::time::Duration::from_secs(1);

/// Binds the socket (replacing a crash's leftover: the caller holds the folder's lock, so no
/// app of ours listens there) and answers connections on a thread of its own.
#[cfg(target_os = "linux")]
fn listen(socket: &Path, show: std::sync::Arc<dyn Fn() + Send + Sync>) -> std::io::Result<()> {
    use std::{io::Read, os::unix::fs::PermissionsExt, os::unix::net::UnixListener};

    match std::fs::remove_file(socket) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    let listener = short_path(socket, |path| UnixListener::bind(path))?;
    std::fs::set_permissions(socket, std::fs::Permissions::from_mode(0o600))?;
    std::thread::Builder::new()
        .name("aftercare-instance".into())
        .spawn(move || {
            for mut stream in listener.incoming().flatten() {
                if !same_user(&stream) {
                    continue; // dropped: closed at once
                }
                let show = show.clone();
                // Its own thread, so a silent connection holds up nothing.
                let _ = std::thread::Builder::new()
                    .name("aftercare-instance-peer".into())
                    .spawn(move || {
                        let mut word = [0u8; 4];
                        if stream.set_read_timeout(Some(SILENCE)).is_ok()
                            && stream.read_exact(&mut word).is_ok()
                            && &word == WORD
                        {
                            show();
                        }
                    });
            }
        })?;
    Ok(())
}

/// Whether the process at the other end runs as this one's user.
#[cfg(target_os = "linux")]
fn same_user(stream: &std::os::unix::net::UnixStream) -> bool {
    rustix::net::sockopt::socket_peercred(stream)
        .is_ok_and(|peer| peer.uid == rustix::process::geteuid())
}

/// Where the socket is: in `runtime_dir` when it is a folder only this user may enter, else in
/// the data folder. Named after the data folder (however it was named: relative, through a
/// link), so each data folder has its own.
#[cfg(target_os = "linux")]
fn socket_path(data_dir: &Path, runtime_dir: Option<&Path>) -> std::path::PathBuf {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let path = std::fs::canonicalize(data_dir).unwrap_or_else(|_| data_dir.to_owned());
    let mut hasher = DefaultHasher::new();
    path.hash(&mut hasher);
    let name = format!("care.aftercare.app-{:016x}", hasher.finish());
    match runtime_dir.filter(|dir| owner_only(dir)) {
        Some(dir) => dir.join(name),
        None => data_dir.join(name),
    }
}

/// A folder of this user's that no one else may enter, list or write into.
#[cfg(target_os = "linux")]
fn owner_only(dir: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    std::fs::symlink_metadata(dir).is_ok_and(|m| {
        m.is_dir() && m.uid() == rustix::process::geteuid().as_raw() && m.mode() & 0o077 == 0
    })
}

/// Runs `f` with a path to `socket` short enough for a socket address (107 bytes at most): the
/// path itself, or for a longer one the path through its folder's descriptor
/// (`/proc/self/fd/<n>/<name>`), held open while `f` runs.
#[cfg(target_os = "linux")]
fn short_path<T>(socket: &Path, f: impl FnOnce(&Path) -> std::io::Result<T>) -> std::io::Result<T> {
    use std::os::fd::AsRawFd;
    if socket.as_os_str().len() < 100 {
        return f(socket);
    }
    let (Some(folder), Some(name)) = (socket.parent(), socket.file_name()) else {
        return f(socket);
    };
    let folder = std::fs::File::open(folder)?;
    f(&Path::new("/proc/self/fd")
        .join(folder.as_raw_fd().to_string())
        .join(name))
}

#[cfg(all(test, target_os = "linux"))]
mod tests;
