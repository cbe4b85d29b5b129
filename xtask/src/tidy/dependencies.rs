//! What the app and the core may depend on, read from `cargo tree`: no Tauri in the core, no
//! network client anywhere in the app, on the desktop and on Android.

use std::{collections::BTreeSet, process::Command};

use super::workspace;

/// Crates that must never be in the core's dependencies: it knows nothing of Tauri or its
/// windows, and talks to no network.
const NOT_IN_CORE: &[&str] = &["tauri", "wry", "tao", "reqwest", "hyper", "ureq"];

/// HTTP clients, which must be nowhere in the app's dependencies: the app sends nothing
/// anywhere.
const NO_NETWORK_CLIENTS: &[&str] = &["reqwest", "ureq", "hyper", "isahc", "surf"];

/// The phone's target, as `cargo xtask mobile-check` checks it: dependencies differ by target
/// (Tauri's own do), so each check runs for the desktop this runs on and for this too.
const ANDROID: &str = "aarch64-linux-android";

/// The HTTP client Tauri depends on for Android and iOS. Tauri uses it only in a development
/// build, to proxy the page from a development server on the computer (`src/protocol/tauri.rs`,
/// under `cfg(all(dev, mobile))`); a release build is made with `custom-protocol`, which turns
/// `dev` off. `cargo xtask mobile-check` shows it: checked as released, Tauri refers to it
/// nowhere (`mobile::tauri_refers_to`), so it is not even linked. It cannot be left out by
/// features (Tauri declares it for those targets unconditionally), so the Android check allows
/// it, and what it brings (hyper), only there and only as Tauri's.
const TAURI_DEV_CLIENT: &str = "reqwest";

#[test]
fn core_knows_nothing_of_tauri_or_the_network() {
    for target in [None, Some(ANDROID)] {
        forbid_in_tree("aftercare-core", "core/Cargo.toml", NOT_IN_CORE, target);
    }
}

#[test]
fn app_has_no_network_client() {
    forbid_in_tree(
        "aftercare",
        "src-tauri/Cargo.toml",
        NO_NETWORK_CLIENTS,
        None,
    );
    // On Android: none but Tauri's development-only client and what only it brings, which a
    // release build never refers to (see TAURI_DEV_CLIENT)…
    let found = found_in_tree(
        "aftercare",
        NO_NETWORK_CLIENTS,
        Some(ANDROID),
        &[TAURI_DEV_CLIENT],
    );
    assert!(
        found.is_empty(),
        "src-tauri/Cargo.toml: on {ANDROID} the app depends on {found:?}, and not through \
         Tauri's development-only {TAURI_DEV_CLIENT} (see `cargo tree -p aftercare -e normal \
         --target {ANDROID} -i <name>`): nothing in the app may talk to a network"
    );
    // …and that client is there only as Tauri's.
    let through = dependents_of("aftercare", TAURI_DEV_CLIENT, ANDROID);
    assert_eq!(
        through,
        ["tauri"],
        "on {ANDROID}, {TAURI_DEV_CLIENT} may come only through Tauri, which uses it only in a \
         development build"
    );
}

/// The checks above can fail: run on what is known to hold what they look for, they find it,
/// for both targets. (Without the allowance for Tauri's development-only client, the Android
/// check finds it.)
#[test]
fn the_dependency_checks_find_what_they_look_for() {
    for target in [None, Some(ANDROID)] {
        assert!(
            found_in_tree("aftercare", NOT_IN_CORE, target, &[]).contains("tauri"),
            "the shell depends on tauri ({target:?})"
        );
    }
    assert!(
        found_in_tree("aftercare-e2e", NO_NETWORK_CLIENTS, None, &[]).contains("hyper"),
        "the journeys' harness talks WebDriver over HTTP"
    );
    let unpruned = found_in_tree("aftercare", NO_NETWORK_CLIENTS, Some(ANDROID), &[]);
    assert!(
        unpruned.contains(TAURI_DEV_CLIENT) && unpruned.contains("hyper"),
        "{unpruned:?}"
    );
}

/// Fails if `cargo tree` lists any of `forbidden` among `package`'s normal dependencies
/// (direct or not; build and dev dependencies do not ship), for `target` (this machine's when
/// `None`).
fn forbid_in_tree(package: &str, manifest: &str, forbidden: &[&str], target: Option<&str>) {
    let found = found_in_tree(package, forbidden, target, &[]);
    let target_flag = target.map(|t| format!(" --target {t}")).unwrap_or_default();
    let problems: Vec<String> = found
        .iter()
        .map(|name| {
            format!(
                "{manifest}: {package} depends on `{name}`{} (see `cargo tree -p {package} -e \
                 normal{target_flag} -i {name}`)",
                target.map(|t| format!(" on {t}")).unwrap_or_default()
            )
        })
        .collect();
    assert!(
        problems.is_empty(),
        "\n{package} must not depend on any of {}: the core knows nothing of Tauri, so it can be \
         tested and reused without a window, and nothing in the app talks to a network, so \
         nothing a person records can leave the device (ARCHITECTURE.md, invariants).\n\n{}\n",
        forbidden.join(", "),
        problems.join("\n")
    );
}

/// Which of `forbidden` `cargo tree` lists among `package`'s normal dependencies for `target`
/// (this machine's when `None`), leaving out `pruned` and what only they bring.
fn found_in_tree(
    package: &str,
    forbidden: &[&str],
    target: Option<&str>,
    pruned: &[&str],
) -> BTreeSet<String> {
    let mut args = vec!["--package", package, "--edges", "normal"];
    if let Some(target) = target {
        args.extend(["--target", target]);
    }
    for name in pruned {
        args.extend(["--prune", name]);
    }
    cargo_tree(&args)
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| forbidden.contains(name))
        .map(str::to_owned)
        .collect()
}

/// The packages that depend on `dependency` directly, in `package`'s tree for `target`.
fn dependents_of(package: &str, dependency: &str, target: &str) -> Vec<String> {
    let args = [
        "--package",
        package,
        "--edges",
        "normal",
        "--target",
        target,
        "--invert",
        dependency,
        "--depth",
        "1",
    ];
    let mut found: Vec<String> = cargo_tree(&args)
        .lines()
        .skip(1) // the dependency itself
        .filter_map(|line| line.split_whitespace().next())
        .map(str::to_owned)
        .collect();
    found.sort();
    found.dedup();
    found
}

/// `cargo tree` with `args`, one package a line with no tree drawing.
fn cargo_tree(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO"))
        .current_dir(workspace())
        .arg("tree")
        .args(args)
        .args(["--prefix", "none", "--locked"])
        .output()
        .expect("cargo tree could not start");
    assert!(
        output.status.success(),
        "cargo tree {args:?} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The phone's own plugins (`src-tauri/src/senses.rs`): a phone's build links them, a
/// desktop's none of them.
const PHONE_ONLY: &[&str] = &[
    "tauri-plugin-haptics",
    "tauri-plugin-biometric",
    "tauri-plugin-barcode-scanner",
];

/// The desktops the app is built for (checked against [`ANDROID`]).
const DESKTOPS: &[&str] = &[
    "x86_64-unknown-linux-gnu",
    "aarch64-apple-darwin",
    "x86_64-pc-windows-msvc",
];

#[test]
fn the_desktop_build_links_no_phone_plugin() {
    let crates = |target: &str| -> BTreeSet<String> {
        let output = Command::new(env!("CARGO"))
            .current_dir(workspace())
            .args(["tree", "--package", "aftercare", "--edges", "normal"])
            .args(["--prefix", "none", "--locked", "--target", target])
            .output()
            .expect("cargo tree could not start");
        assert!(
            output.status.success(),
            "cargo tree --target {target} failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .filter_map(|line| line.split_whitespace().next().map(str::to_owned))
            .collect()
    };
    let phone = crates(ANDROID);
    for name in PHONE_ONLY {
        assert!(
            phone.contains(*name),
            "the check sees nothing: the Android build should link {name}"
        );
    }
    for desktop in DESKTOPS {
        let linked: Vec<&&str> = PHONE_ONLY
            .iter()
            .filter(|name| crates(desktop).contains(**name))
            .collect();
        assert!(
            linked.is_empty(),
            "src-tauri/Cargo.toml: the build for {desktop} links {linked:?}, which only a phone \
             uses: keep them under `[target.'cfg(any(target_os = \"android\", target_os = \
             \"ios\"))'.dependencies]` (issue 30 §3)"
        );
    }
}
