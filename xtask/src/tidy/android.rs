//! What the Android app asks the phone for, read from what is committed: the release
//! manifest's overlay (`src-tauri/gen/android/app/src/release/AndroidManifest.xml`, merged over
//! the project `cargo tauri android init` generates) and the manifests of the Rust crates with an
//! Android side (Tauri and its plugins), which Gradle merges in too. No network permission may
//! reach a release build, and every permission that does is explained in `docs/mobile.md`.

use std::{
    collections::BTreeSet,
    path::{Path, PathBuf},
    process::Command,
};

use super::{read, workspace};

const RELEASE: &str = "src-tauri/gen/android/app/src/release/AndroidManifest.xml";
const DEBUG: &str = "src-tauri/gen/android/app/src/debug/AndroidManifest.xml";
const DOCS: &str = "docs/mobile.md";

/// Permissions that reach a network, or tell whether one is there.
const NETWORK: &[&str] = &[
    "android.permission.INTERNET",
    "android.permission.ACCESS_NETWORK_STATE",
    "android.permission.ACCESS_WIFI_STATE",
    "android.permission.CHANGE_NETWORK_STATE",
    "android.permission.CHANGE_WIFI_STATE",
];

/// One `<uses-permission>` element: its name, and whether it removes the permission
/// (`tools:node="remove"`) instead of asking for it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct UsesPermission {
    name: String,
    removes: bool,
}

/// The `<uses-permission>` elements of a manifest, comments left out.
fn uses_permissions(xml: &str) -> Vec<UsesPermission> {
    let mut text = String::new();
    let mut rest = xml;
    while let Some(start) = rest.find("<!--") {
        text.push_str(&rest[..start]);
        rest = rest[start..]
            .find("-->")
            .map_or("", |end| &rest[start + end + 3..]);
    }
    text.push_str(rest);
    text.split("<uses-permission")
        .skip(1)
        .filter_map(|element| {
            let element = &element[..element.find('>')?];
            let name = element.split("android:name=\"").nth(1)?.split('"').next()?;
            Some(UsesPermission {
                name: name.to_owned(),
                removes: element.contains("tools:node=\"remove\""),
            })
        })
        .collect()
}

/// Whether a permission reaches a network, by the list or by its name.
fn is_network(name: &str) -> bool {
    NETWORK.contains(&name)
        || ["INTERNET", "NETWORK", "WIFI"]
            .iter()
            .any(|w| name.contains(w))
}

/// The manifests of the Rust crates the Android build uses that have an Android side.
fn library_manifests() -> Vec<PathBuf> {
    let output = Command::new(env!("CARGO"))
        .current_dir(workspace())
        .args(["metadata", "--format-version", "1", "--locked"])
        .args(["--filter-platform", "aarch64-linux-android"])
        .output()
        .expect("cargo metadata could not start");
    assert!(
        output.status.success(),
        "cargo metadata failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("cargo metadata's JSON");
    let packages = metadata["packages"].as_array().expect("packages");
    packages
        .iter()
        .filter_map(|package| package["manifest_path"].as_str())
        .filter_map(|manifest| Path::new(manifest).parent().map(Path::to_path_buf))
        .flat_map(|dir| {
            ["android/src/main", "mobile/android/src/main"]
                .map(|at| dir.join(at).join("AndroidManifest.xml"))
        })
        .filter(|path| path.is_file())
        .collect()
}

/// Every permission the libraries ask for, with the file that asks.
fn asked_by_libraries() -> Vec<(String, PathBuf)> {
    library_manifests()
        .into_iter()
        .flat_map(|path| {
            uses_permissions(&read(&path))
                .into_iter()
                .filter(|p| !p.removes)
                .map(move |p| (p.name, path.clone()))
        })
        .collect()
}

#[test]
fn the_android_release_manifest_asks_for_no_network() {
    let release = uses_permissions(&read(&workspace().join(RELEASE)));
    let asked: Vec<&str> = release
        .iter()
        .filter(|p| !p.removes)
        .map(|p| p.name.as_str())
        .collect();
    assert!(
        asked.is_empty(),
        "{RELEASE} only removes permissions; it asks for {asked:?}"
    );
    let removed: BTreeSet<&str> = release
        .iter()
        .filter(|p| p.removes)
        .map(|p| p.name.as_str())
        .collect();
    for name in NETWORK {
        assert!(
            removed.contains(name),
            "{RELEASE} must remove {name}: Tauri's template asks for INTERNET, and nothing in a \
             release build may reach a network (issue 30 §4)"
        );
    }
    let libraries = asked_by_libraries();
    assert!(
        libraries
            .iter()
            .any(|(name, _)| name.ends_with("POST_NOTIFICATIONS")),
        "the check reads no library's manifest: {libraries:?}"
    );
    for (name, path) in &libraries {
        assert!(
            !is_network(name) || removed.contains(name.as_str()),
            "{} asks for {name}, which {RELEASE} does not remove",
            path.display()
        );
    }
    for overlay in [RELEASE, DEBUG] {
        let text = read(&workspace().join(overlay));
        assert!(
            text.contains("android:allowBackup=\"false\"")
                && text.contains("android:dataExtractionRules=\"@xml/data_extraction_rules\""),
            "{overlay}: no backup of the app's files leaves the phone"
        );
    }
    assert!(
        read(&workspace().join(RELEASE)).contains("android:usesCleartextTraffic=\"false\""),
        "{RELEASE}: no clear-text traffic"
    );
}

#[test]
fn every_android_permission_the_app_asks_for_is_explained_in_the_docs() {
    let docs = read(&workspace().join(DOCS));
    let libraries = asked_by_libraries();
    assert!(
        libraries.iter().any(|(name, _)| name.ends_with("VIBRATE")),
        "the check reads no library's manifest: {libraries:?}"
    );
    let unexplained: BTreeSet<&str> = libraries
        .iter()
        .map(|(name, _)| name.as_str())
        .filter(|name| !is_network(name))
        .filter(|name| {
            let short = name.rsplit('.').next().unwrap_or(name);
            !docs.contains(&format!("`{short}`"))
        })
        .collect();
    assert!(
        unexplained.is_empty(),
        "{DOCS} says which permissions the app asks for and why; it does not name {unexplained:?}"
    );
}

#[test]
fn a_comment_or_a_removal_is_not_a_permission_asked_for() {
    let xml = r#"<!-- <uses-permission android:name="android.permission.CAMERA" /> -->
        <uses-permission android:name="android.permission.INTERNET" tools:node="remove" />
        <uses-permission android:name="android.permission.VIBRATE"/>"#;
    assert_eq!(
        uses_permissions(xml),
        vec![
            UsesPermission {
                name: "android.permission.INTERNET".into(),
                removes: true
            },
            UsesPermission {
                name: "android.permission.VIBRATE".into(),
                removes: false
            },
        ]
    );
}
