//! What the app leaves on disk outside its vault: nothing of its own and nothing of its web view
//! in the home folder, an empty folder after wipe. Each journey runs
//! in a temporary home folder (`HOME` and the XDG folders) and lists everything written there.

use std::path::Path;

use aftercare_e2e::{home::contents, App, Launch, TempHome};

use crate::care::{first_run, unlock, PASSCODE};

/// Words typed into the journal, looked for in every file left behind.
const CANARY: &str = "CANARY-footprint-words";

/// What other parts of the desktop write into a home folder whenever any GTK program with a
/// GL-drawn web view runs: GLib's settings backend (`dconf/user`, a marker it watches for
/// changes) and Mesa's shader cache (compiled GL shaders, named by hash). Neither names the app
/// nor holds anything it showed (the canary scan checks); every other path fails the journey.
fn written_by_the_desktop(path: &str) -> bool {
    path == ".cache/"
        || path.starts_with(".cache/dconf/")
        || path.starts_with(".cache/mesa_shader_cache/")
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

/// Every file below `root` whose bytes hold the canary.
fn files_holding_the_canary(root: &Path) -> Vec<String> {
    contents(root)
        .into_iter()
        .filter(|path| {
            std::fs::read(root.join(path))
                .is_ok_and(|bytes| bytes.windows(CANARY.len()).any(|w| w == CANARY.as_bytes()))
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
    // The system ends the app (shutdown, logout): it leaves as when its window is closed.
    app.signal_and_wait("TERM").await;

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
