//! One running app per data folder.
//!
//! Two apps on the same folder would each run a reminder timer (two notifications for one
//! reminder) and each hold their own idea of locked and unlocked. And with reminders pending,
//! closing the window only hides it: on a desktop without a tray, starting the app again is the
//! way back to it. So the first app holds a lock on the data folder for as long as it runs, and
//! listens on a local socket; a second start asks the first to show its window, then exits.
//!
//! The lock is an advisory `flock` on the folder itself and the socket has an abstract name (a
//! hash of the folder's path), so neither leaves a file behind: a wiped folder stays empty.
//! Only the word `show` crosses the socket. Linux only: on macOS the system keeps an app bundle
//! to one instance, and Windows is not guarded yet (see the README).

use std::path::Path;

/// What starting found.
pub enum Start {
    /// This is the only app on the folder; keep the guard for as long as the app runs.
    First(Guard),
    /// Another app runs on the folder and was asked to show its window: exit.
    Another,
}

/// Holds the folder's lock until dropped (or the process ends).
pub struct Guard {
    #[cfg(target_os = "linux")]
    _lock: std::fs::File,
}

/// Claims `data_dir` for this app. `show` runs (on a background thread) each time a later start
/// asks for the window.
#[cfg(target_os = "linux")]
pub fn claim(data_dir: &Path, show: impl Fn() + Send + 'static) -> std::io::Result<Start> {
    use std::{
        fs::{File, TryLockError},
        io::{Read, Write},
        os::{
            linux::net::SocketAddrExt,
            unix::net::{SocketAddr, UnixListener, UnixStream},
        },
        time::{Duration, Instant},
    };

    const WORD: &[u8; 4] = b"show";
    // An app that is just quitting still holds the lock for a moment: wait that out.
    const PATIENCE: Duration = Duration::from_secs(5);

    let lock = File::open(data_dir)?;
    let address = SocketAddr::from_abstract_name(socket_name(data_dir))?;
    let deadline = Instant::now() + PATIENCE;
    loop {
        match lock.try_lock() {
            Ok(()) => {
                // If the name is taken (by something else entirely), the app still runs; a
                // second start then waits out its patience and exits.
                if let Ok(listener) = UnixListener::bind_addr(&address) {
                    std::thread::Builder::new()
                        .name("aftercare-instance".into())
                        .spawn(move || {
                            for mut stream in listener.incoming().flatten() {
                                let mut word = [0u8; 4];
                                if stream.read_exact(&mut word).is_ok() && &word == WORD {
                                    show();
                                }
                            }
                        })?;
                }
                return Ok(Start::First(Guard { _lock: lock }));
            }
            Err(TryLockError::WouldBlock) => {
                if let Ok(mut stream) = UnixStream::connect_addr(&address) {
                    if stream.write_all(WORD).is_ok() {
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
pub fn claim(_data_dir: &Path, _show: impl Fn() + Send + 'static) -> std::io::Result<Start> {
    Ok(Start::First(Guard {}))
}

/// The socket's abstract name: the app's id and a hash of the folder's path.
#[cfg(target_os = "linux")]
fn socket_name(data_dir: &Path) -> String {
    use std::hash::{DefaultHasher, Hash, Hasher};
    // The same folder, however it was named (relative, through a link), gives the same name.
    let path = std::fs::canonicalize(data_dir).unwrap_or_else(|_| data_dir.to_owned());
    let mut hasher = DefaultHasher::new();
    path.hash(&mut hasher);
    format!("care.aftercare.app/{:016x}", hasher.finish())
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use std::{sync::mpsc, time::Duration};

    use super::*;

    #[test]
    fn a_second_start_on_the_same_folder_asks_the_first_to_show_itself() {
        let folder = tempfile::tempdir().unwrap();
        let (shown, asked) = mpsc::channel();
        let first = claim(folder.path(), move || shown.send(()).unwrap()).unwrap();
        assert!(matches!(first, Start::First(_)));

        let second = claim(folder.path(), || panic!("the second app shows nothing")).unwrap();
        assert!(matches!(second, Start::Another), "the second start exits");
        asked
            .recv_timeout(Duration::from_secs(5))
            .expect("the first app was asked to show its window");

        let elsewhere = tempfile::tempdir().unwrap();
        assert!(
            matches!(claim(elsewhere.path(), || {}).unwrap(), Start::First(_)),
            "another data folder is another app"
        );
        assert_eq!(
            std::fs::read_dir(folder.path()).unwrap().count(),
            0,
            "nothing is written into the data folder"
        );
        drop(first);
    }
}
