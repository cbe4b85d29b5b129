use std::{
    os::unix::{fs::PermissionsExt, net::UnixStream},
    path::{Path, PathBuf},
    process::Command,
    sync::mpsc,
    time::Duration,
};

use super::*;

/// An owner-only folder, as a session's runtime folder is.
fn runtime_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    dir
}

fn files_in(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect()
}

/// The first app on `folder`, and how to hear that it was asked to show its window.
fn first_app(folder: &Path, runtime: Option<&Path>) -> (Guard, mpsc::Receiver<()>) {
    let (shown, asked) = mpsc::channel();
    match claim(folder, runtime, move || shown.send(()).unwrap()).unwrap() {
        Start::First(guard) => (guard, asked),
        Start::Another => panic!("the first start on a folder is the first app"),
    }
}

fn second_start(folder: &Path, runtime: Option<&Path>) {
    let second = claim(folder, runtime, || panic!("the second app shows nothing")).unwrap();
    assert!(matches!(second, Start::Another), "the second start exits");
}

#[test]
fn a_second_start_on_the_same_folder_asks_the_first_to_show_itself() {
    let folder = tempfile::tempdir().unwrap();
    let runtime = runtime_dir();
    let (first, asked) = first_app(folder.path(), Some(runtime.path()));

    second_start(folder.path(), Some(runtime.path()));
    asked
        .recv_timeout(Duration::from_secs(5))
        .expect("the first app was asked to show its window");

    let elsewhere = tempfile::tempdir().unwrap();
    assert!(
        matches!(
            claim(elsewhere.path(), Some(runtime.path()), || {}).unwrap(),
            Start::First(_)
        ),
        "another data folder is another app"
    );
    assert!(
        files_in(folder.path()).is_empty(),
        "with a runtime folder, nothing is written into the data folder"
    );
    let sockets = files_in(runtime.path());
    assert_eq!(sockets.len(), 2, "one socket per data folder: {sockets:?}");
    let mode = std::fs::metadata(first.socket.as_ref().unwrap())
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "the socket is its owner's only");
    first.release();
    assert!(
        !first.socket.as_ref().unwrap().exists(),
        "the socket goes at exit"
    );
}

#[test]
fn a_silent_client_does_not_keep_a_second_start_from_showing_the_window() {
    let folder = tempfile::tempdir().unwrap();
    let runtime = runtime_dir();
    let (first, asked) = first_app(folder.path(), Some(runtime.path()));
    let socket = first.socket.clone().expect("the first app listens");

    // Connects and says nothing, and stays connected.
    let _silent = UnixStream::connect(&socket).unwrap();
    let _silent_too = UnixStream::connect(&socket).unwrap();
    second_start(folder.path(), Some(runtime.path()));
    asked
        .recv_timeout(Duration::from_secs(3))
        .expect("a silent connection does not stop the window coming back");
}

#[test]
fn without_a_private_runtime_folder_the_socket_is_in_the_data_folder_and_a_leftover_is_replaced() {
    let folder = tempfile::tempdir().unwrap();
    // A runtime folder others may enter is not used.
    let shared = tempfile::tempdir().unwrap();
    std::fs::set_permissions(shared.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    // A crash left the socket file behind.
    let leftover = socket_path(folder.path(), None);
    drop(std::os::unix::net::UnixListener::bind(&leftover).unwrap());
    assert!(leftover.exists());

    let (first, asked) = first_app(folder.path(), Some(shared.path()));
    assert_eq!(first.socket.as_deref(), Some(leftover.as_path()));
    assert!(
        files_in(shared.path()).is_empty(),
        "the shared folder is not used"
    );
    second_start(folder.path(), Some(shared.path()));
    asked.recv_timeout(Duration::from_secs(5)).unwrap();
    first.release();
    assert!(
        files_in(folder.path()).is_empty(),
        "the socket goes at exit"
    );
}

#[test]
fn a_data_folder_with_a_long_path_still_has_its_socket() {
    let base = tempfile::tempdir().unwrap();
    let folder = base.path().join("a-rather-long-folder-name-".repeat(5));
    std::fs::create_dir(&folder).unwrap();
    let (_first, asked) = first_app(&folder, None);
    second_start(&folder, None);
    asked.recv_timeout(Duration::from_secs(5)).unwrap();
}

/// Runs a small client as the user `nobody` (through `setpriv`, from util-linux) that connects
/// to `socket` and sends the word; says whether it could connect (the app may hang up before
/// the word arrives).
fn stranger_says_show(socket: &Path) -> bool {
    assert_eq!(
        rustix::process::geteuid().as_raw(),
        0,
        "this test becomes another user, so it runs as root (as the build machine does)"
    );
    let client = "import socket, sys\n\
                  s = socket.socket(socket.AF_UNIX)\n\
                  try:\n    s.connect(sys.argv[1])\nexcept OSError:\n    sys.exit(3)\n\
                  try:\n    s.sendall(b'show')\nexcept OSError:\n    sys.exit(4)\n";
    let status = Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .args(["/usr/bin/python3", "-c", client])
        .arg(socket)
        .status()
        .expect("setpriv (util-linux) and /usr/bin/python3 are installed");
    match status.code() {
        Some(0 | 4) => true,
        Some(3) => false,
        other => panic!("the stranger's client failed: {other:?}"),
    }
}

#[test]
fn a_stranger_cannot_reach_the_socket_and_is_ignored_if_it_does() {
    let base = tempfile::tempdir().unwrap();
    std::fs::set_permissions(base.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let folder = base.path().join("data");
    std::fs::create_dir(&folder).unwrap();
    let runtime = base.path().join("run");
    std::fs::create_dir(&runtime).unwrap();
    std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700)).unwrap();
    let (first, asked) = first_app(&folder, Some(&runtime));
    let socket = first.socket.clone().unwrap();

    assert!(
        !stranger_says_show(&socket),
        "another user cannot connect through an owner-only folder"
    );

    // Should the folder's permissions be loose, the kernel lets the stranger connect, and the
    // app still ignores it.
    std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(&socket, std::fs::Permissions::from_mode(0o777)).unwrap();
    assert!(
        stranger_says_show(&socket),
        "with loose permissions the stranger reaches the socket"
    );
    assert!(
        asked.recv_timeout(Duration::from_millis(1500)).is_err(),
        "a stranger's word is ignored"
    );
    std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700)).unwrap();
    second_start(&folder, Some(&runtime));
    asked
        .recv_timeout(Duration::from_secs(5))
        .expect("the person's own second start still shows the window");
}
