#[allow(
    clippy::disallowed_methods,
    reason = "a build script is told its target by Cargo, through the environment"
)]
fn main() {
    tauri_build::build();
    // The same packed relocations as the app's (`src-tauri/build.rs`), so the two binaries are
    // linked alike.
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    if var("CARGO_CFG_TARGET_OS") == "linux" && var("CARGO_CFG_TARGET_ENV") == "gnu" {
        println!("cargo:rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
}
