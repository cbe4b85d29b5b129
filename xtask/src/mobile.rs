//! `cargo xtask mobile-check`: type-checks the app for Android (`aarch64-linux-android`), so the
//! `cfg(mobile)` and `cfg(target_os = "android")` code is compiled against the real Android
//! standard library and the real Android side of Tauri, wry, tao, `jni` and the notification
//! plugin.
//!
//! What it is not: a build. There is no Android NDK here, and two dependencies compile C in
//! their build scripts (SQLCipher in `libsqlite3-sys`, OpenSSL in `openssl-src`). A type check
//! links nothing, so those build scripts are given the machine's own C compiler and the
//! system's OpenSSL headers (`OPENSSL_NO_VENDOR`): the objects they make are thrown away, and
//! only the Rust is checked. Linking, the Kotlin and Gradle side, and running need the SDK and
//! NDK (see the README). iOS needs Apple's SDK and is not checked.
//!
//! On Android and iOS Tauri depends on an HTTP client, `reqwest`, which it uses only in a
//! development build (to show the page from a development server on the computer). The app is
//! checked a second time as it is released (`tauri/custom-protocol`, which `cargo tauri build`
//! turns on): then Tauri's metadata names no `reqwest`, so nothing in Tauri refers to it and the
//! linker is never given it; as a development build it does, which shows the check can fail.

use std::{
    path::PathBuf,
    process::{Command, Stdio},
};

use crate::{
    prerequisites,
    toolbox::{cargo, step, Result},
};

const ANDROID: &str = "aarch64-linux-android";

/// The HTTP client Tauri depends on for Android and iOS, and uses only in a development build
/// (its proxy to a development server, under `cfg(all(dev, mobile))`).
const TAURI_DEV_CLIENT: &str = "reqwest";

pub fn check() -> Result {
    prerequisites::ensure_packages(&["build-essential", "pkg-config", "libssl-dev"])?;
    prerequisites::ensure_rust_target(ANDROID)?;
    step("type-check the app for Android (cargo check --target aarch64-linux-android)");
    let development = check_tauri(&[])?;
    // A release build is made with `custom-protocol` (`cargo tauri build` turns it on), which
    // turns Tauri's `dev` off: checked so, Tauri must refer to its HTTP client nowhere, and an
    // unused dependency is not even linked. As a development build it does, which shows this
    // can fail.
    step("type-check it as released (custom-protocol): Tauri refers to no HTTP client");
    let released = check_tauri(&["--features", "tauri/custom-protocol"])?;
    if !tauri_refers_to(&development, TAURI_DEV_CLIENT)? {
        return Err(format!(
            "the control failed: Tauri checked as a development build for {ANDROID} should \
             refer to {TAURI_DEV_CLIENT} (its development-server proxy), but {} does not name \
             it, so this check could not see it",
            development.display()
        ));
    }
    if tauri_refers_to(&released, TAURI_DEV_CLIENT)? {
        return Err(format!(
            "Tauri checked as released for {ANDROID} refers to {TAURI_DEV_CLIENT} ({}): an HTTP \
             client would be reachable in the app (see xtask/src/tidy.rs, TAURI_DEV_CLIENT)",
            released.display()
        ));
    }
    println!(
        "xtask: released, Tauri for {ANDROID} refers to no {TAURI_DEV_CLIENT} (as a development \
         build it does)"
    );
    Ok(())
}

/// Type-checks the app for Android with `extra` arguments, and returns the metadata file the
/// check wrote for Tauri.
fn check_tauri(extra: &[&str]) -> Result<PathBuf> {
    let cc = ANDROID.replace('-', "_");
    let mut check: Command = cargo();
    check
        .args([
            "check",
            "--package",
            "aftercare",
            "--lib",
            "--target",
            ANDROID,
            "--locked",
            "--message-format=json-render-diagnostics",
        ])
        .args(extra)
        // The usual target folder: the Android code goes to `target/aarch64-linux-android/`,
        // while the build scripts and macros, built for this machine, are those the other
        // steps already built (RUSTFLAGS below applies only to the Android code, since a target
        // is named), which saves `cargo xtask test` compiling them again.
        .env(format!("CC_{cc}"), "cc")
        .env(format!("AR_{cc}"), "ar")
        .env("OPENSSL_NO_VENDOR", "1")
        .env(
            format!("{}_OPENSSL_LIB_DIR", cc.to_uppercase()),
            "/usr/lib/x86_64-linux-gnu",
        )
        .env(
            format!("{}_OPENSSL_INCLUDE_DIR", cc.to_uppercase()),
            "/usr/include",
        )
        .env("RUSTFLAGS", "-D warnings")
        .stderr(Stdio::inherit());
    let out = check
        .output()
        .map_err(|e| format!("could not run cargo check: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "cargo check --target {ANDROID} {} failed (its errors are above)",
            extra.join(" ")
        ));
    }
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|message| {
            message["reason"] == "compiler-artifact" && message["target"]["name"] == "tauri"
        })
        .flat_map(|message| message["filenames"].as_array().cloned().unwrap_or_default())
        .filter_map(|name| name.as_str().map(PathBuf::from))
        .find(|path| path.extension().is_some_and(|e| e == "rmeta"))
        .ok_or_else(|| format!("cargo check --target {ANDROID} named no metadata for tauri"))
}

/// Whether the crate whose metadata is at `rmeta` refers to the crate `name`: the compiler
/// loads a dependency, and records it in the metadata, only when the code uses it.
fn tauri_refers_to(rmeta: &std::path::Path, name: &str) -> Result<bool> {
    let bytes =
        std::fs::read(rmeta).map_err(|e| format!("cannot read {}: {e}", rmeta.display()))?;
    Ok(bytes
        .windows(name.len())
        .any(|window| window == name.as_bytes()))
}
