//! What the app leaves on disk outside its vault: nothing of its own and nothing of its web view
//! in the home folder, an empty folder after wipe, no core file after a crash. Each journey runs
//! in a temporary home folder (`HOME` and the XDG folders) and lists everything written there.

use std::{path::Path, process::Command};

use aftercare_e2e::{home::contents, App, Launch, TempHome};

use crate::care::{first_run, unlock, PASSCODE};

/// Words typed into the journal, looked for in every file left behind.
const CANARY: &str = "CANARY-footprint-words";

/// What other parts of the desktop write into a home folder whenever any GTK program with a
/// GL-drawn web view runs: GLib's settings backend (`dconf/user`, a marker it watches for
/// changes) and Mesa's shader cache (compiled GL shaders, named by hash). Neither names the app
/// nor holds anything it showed (the canary scan checks); every other path fails the journey.
///
/// The session's runtime folder (`.run`, standing in for `/run/user/<uid>`, a memory-only
/// folder emptied at logout, not part of a home) is not the home either: GLib keeps `dconf/user`
/// there when it exists, the tray keeps its icon in `tray-icon/` while the app runs, and the
/// app its one-copy socket, which [`no_socket_is_left`] checks.
fn written_by_the_desktop(path: &str) -> bool {
    path.starts_with(&format!("{}/", aftercare_e2e::home::RUNTIME_DIR))
        || path == ".cache/"
        || path.starts_with(".cache/dconf/")
        || path.starts_with(".cache/mesa_shader_cache/")
}

/// Once the app ended, its one-copy socket is gone from the runtime folder, and the tray's
/// icon with it.
fn no_socket_is_left(home: &TempHome) {
    let runtime = home.path().join(aftercare_e2e::home::RUNTIME_DIR);
    let left: Vec<String> = contents(&runtime)
        .into_iter()
        .filter(|path| !path.starts_with("dconf/") && path != "tray-icon/")
        .collect();
    assert!(
        left.is_empty(),
        "the runtime folder once the app ended: {left:#?}"
    );
}

/// A little of everything a person does, so that the web view loads and keeps whatever it
/// would: pages, styles, scripts, the content, typed words.
async fn use_the_app(app: &App) {
    first_run(app).await;
    app.click(".tile[data-action='water']").await;
    app.wait_text("#action-saved", "Saved").await;
    app.click("#view-action [data-back]").await;
    app.wait_view("home").await;
    app.click("#view-home a[href='#/journal']").await;
    app.wait_view("journal").await;
    app.click("#view-journal a[href='#/journal/new']").await;
    app.wait_view("entry").await;
    app.type_into("#entry-body", CANARY).await;
    app.click("#entry-form button[type=submit]").await;
    app.wait_view("journal").await;
    app.go("#/").await;
    app.wait_view("home").await;
    app.click("#lock-button").await;
    app.wait_text("#moment-line", "Locked").await;
    unlock(app, PASSCODE).await;
    app.wait_view("home").await;
}

/// Every file below `root` whose bytes hold the canary or the passcode.
fn files_holding_the_canary(root: &Path) -> Vec<String> {
    let holds = |bytes: &[u8], word: &str| bytes.windows(word.len()).any(|w| w == word.as_bytes());
    contents(root)
        .into_iter()
        .filter(|path| {
            std::fs::read(root.join(path))
                .is_ok_and(|bytes| holds(&bytes, CANARY) || holds(&bytes, PASSCODE))
        })
        .collect()
}

#[tokio::test]
async fn the_app_and_its_web_view_write_nothing_into_the_home_folder() {
    let home = TempHome::new();
    let app = App::start(
        "footprint",
        Launch {
            home: Some(home.path().to_path_buf()),
            ..Launch::default()
        },
    )
    .await;
    use_the_app(&app).await;
    let data = app.data_dir();
    let while_running = contents(&data);
    assert!(
        while_running.iter().any(|p| p.starts_with("webview/")),
        "while it runs, the web view keeps its storage inside the data folder: {while_running:#?}"
    );
    // While it runs too, with the words just typed in the page: neither the web view's storage
    // nor anything else in the data folder holds them in the clear.
    assert_eq!(
        files_holding_the_canary(&data),
        Vec::<String>::new(),
        "while running"
    );
    let runtime = contents(&home.path().join(aftercare_e2e::home::RUNTIME_DIR));
    assert!(
        runtime.iter().any(|p| p.starts_with("care.aftercare.app-")),
        "while it runs, the one-copy socket is in the session's runtime folder: {runtime:#?}"
    );
    // The system ends the app (shutdown, logout): it leaves as when its window is closed.
    app.signal_and_wait("TERM").await;

    no_socket_is_left(&home);
    let written: Vec<String> = home
        .contents()
        .into_iter()
        .filter(|path| !written_by_the_desktop(path))
        .collect();
    assert!(
        written.is_empty(),
        "written into the home folder by the app or its web view: {written:#?}"
    );
    assert_eq!(files_holding_the_canary(home.path()), Vec::<String>::new());
    let left = contents(&data);
    assert!(
        !left.iter().any(|p| p.starts_with("webview")),
        "the web view's folder goes when the app ends: {left:#?}"
    );
    assert_eq!(files_holding_the_canary(&data), Vec::<String>::new());
    app.finish().await;
}

#[tokio::test]
async fn wipe_in_the_default_data_folder_leaves_it_empty() {
    let home = TempHome::new();
    let app = App::start(
        "footprint-wipe",
        Launch {
            home: Some(home.path().to_path_buf()),
            default_data_dir: true,
            ..Launch::default()
        },
    )
    .await;
    use_the_app(&app).await;
    let folder = app.data_dir();
    assert!(
        folder.join("aftercare.db").exists() && folder.join("webview").exists(),
        "without AFTERCARE_DATA_DIR the vault and the web view's storage are in {}",
        folder.display()
    );

    app.click("#view-home a[href='#/settings']").await;
    app.wait_view("settings").await;
    app.type_into("#wipe-word", "delete").await;
    app.click("#wipe-form button[type=submit]").await;
    app.wait_view("welcome").await;
    let after_wipe = contents(&folder);
    app.signal_and_wait("TERM").await;
    let after_the_end = contents(&folder);
    assert!(
        after_wipe.is_empty() && after_the_end.is_empty(),
        "the app's folder after wipe: {after_wipe:#?}\nand once the app ended: {after_the_end:#?}"
    );
    let written: Vec<String> = home
        .contents()
        .into_iter()
        .filter(|path| !written_by_the_desktop(path))
        .filter(|path| !folder.ends_with(path.trim_end_matches('/')))
        .collect();
    assert!(
        written
            .iter()
            .all(|p| [".local/", ".local/share/"].contains(&p.as_str())),
        "nothing but the app's (empty) folder in the home folder: {written:#?}"
    );
    app.finish().await;
}

/// Starts `sh` with no limit on core files in `dir`, crashes it, and says whether it left a
/// core file there: the control that shows this machine writes core files where a test sees
/// them.
fn a_dumpable_process_leaves_a_core_file_in(dir: &Path) -> bool {
    let mut shell = Command::new("sh")
        .args(["-c", "ulimit -c unlimited && kill -SEGV $$"])
        .current_dir(dir)
        .spawn()
        .expect("sh");
    shell.wait().expect("sh ends");
    contents(dir).iter().any(|p| p.starts_with("core"))
}

/// The limit on core files of process `pid` (soft, hard), as `/proc/<pid>/limits` gives it:
/// a number of bytes or "unlimited".
fn core_limit(pid: u32) -> (String, String) {
    let limits = std::fs::read_to_string(format!("/proc/{pid}/limits")).unwrap_or_default();
    let line = limits
        .lines()
        .find(|line| line.starts_with("Max core file size"))
        .unwrap_or_else(|| panic!("no core limit for process {pid}: {limits}"));
    let mut fields = line["Max core file size".len()..].split_whitespace();
    let mut next = || fields.next().unwrap_or_default().to_owned();
    (next(), next())
}

/// The program process `pid` runs, by its file name.
fn program_of(pid: u32) -> String {
    std::fs::read_link(format!("/proc/{pid}/exe"))
        .map(|exe| {
            exe.file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned()
        })
        .unwrap_or_default()
}

/// Files named `core…` in any of `dirs` (each listed once, however many name its folder).
fn core_files(dirs: &[&Path]) -> Vec<String> {
    let mut found: Vec<String> = dirs
        .iter()
        .flat_map(|dir| contents(dir).into_iter().map(move |p| dir.join(p)))
        .filter(|path| {
            path.file_name()
                .is_some_and(|name| name.to_string_lossy().starts_with("core"))
        })
        .map(|path| path.display().to_string())
        .collect();
    found.sort();
    found.dedup();
    found
}

#[tokio::test]
async fn a_crash_while_unlocked_leaves_no_core_file() {
    let control = tempfile::tempdir().unwrap();
    let pattern = std::fs::read_to_string("/proc/sys/kernel/core_pattern").unwrap_or_default();
    assert!(
        a_dumpable_process_leaves_a_core_file_in(control.path()),
        "this machine writes core files elsewhere (kernel.core_pattern = {pattern:?}), so this \
         journey could not see one: it needs `core`"
    );

    let home = TempHome::new();
    // Started with no limit on core files, as on a machine set up to keep them.
    let app = App::start(
        "no-core",
        Launch {
            home: Some(home.path().to_path_buf()),
            core_files_unlimited: true,
            ..Launch::default()
        },
    )
    .await;
    first_run(&app).await; // Unlocked: the data key is in the app's memory, the passcode in the page's.
    let pid = app.app_pid();
    let parent = std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|stat| {
            stat.rsplit_once(')')?
                .1
                .split_whitespace()
                .nth(1)?
                .parse()
                .ok()
        })
        .expect("the app's parent");
    assert_eq!(
        core_limit(parent),
        ("unlimited".into(), "unlimited".into()),
        "the app was started with no limit on core files ({})",
        program_of(parent)
    );
    // Every process of the app and of its web view: none may write a core file, nor raise
    // its limit again (the hard limit is nothing too).
    let processes: Vec<(u32, String)> = app
        .app_and_descendants()
        .into_iter()
        .map(|pid| (pid, program_of(pid)))
        .collect();
    let web = processes
        .iter()
        .find(|(_, program)| program == "WebKitWebProcess")
        .map(|(pid, _)| *pid)
        .unwrap_or_else(|| {
            panic!("the web view's page runs in a process of its own: {processes:?}")
        });
    let limits: Vec<(String, (String, String))> = processes
        .iter()
        .map(|(pid, program)| (program.clone(), core_limit(*pid)))
        .collect();
    assert!(
        limits
            .iter()
            .all(|(_, limit)| *limit == ("0".to_owned(), "0".to_owned())),
        "the core limit of each process of the app: {limits:?}"
    );

    // The page's process crashes: it holds the passcode as typed and the words on screen.
    let web_dir = std::fs::read_link(format!("/proc/{web}/cwd")).expect("its working folder");
    assert!(Command::new("kill")
        .args(["-ABRT", &web.to_string()])
        .status()
        .expect("kill")
        .success());
    app.wait_until_gone(web).await;
    assert_eq!(
        core_files(&[home.path(), &web_dir]),
        Vec::<String>::new(),
        "the web view's crash left a core file"
    );

    // The app itself crashes, unlocked: it holds the data key.
    assert_eq!(
        std::fs::read_link(format!("/proc/{pid}/cwd")).unwrap(),
        home.path().canonicalize().unwrap(),
        "the app runs in the home folder, where its core file would go"
    );
    app.signal_and_wait("ABRT").await;
    assert_eq!(
        core_files(&[home.path()]),
        Vec::<String>::new(),
        "the app's crash left a core file"
    );
    app.finish().await;
}
