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

use std::process::Command;

use crate::{
    prerequisites,
    steps::{cargo, status, step},
    Result,
};

const ANDROID: &str = "aarch64-linux-android";

pub fn check() -> Result {
    prerequisites::ensure_packages(&["build-essential", "pkg-config", "libssl-dev"])?;
    prerequisites::ensure_rust_target(ANDROID)?;
    step("type-check the app for Android (cargo check --target aarch64-linux-android)");
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
        ])
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
        .env("RUSTFLAGS", "-D warnings");
    status(&mut check)
}
