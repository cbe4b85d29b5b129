//! The benchmark's baseline: the smallest Tauri 2 app, one window showing a local page with a
//! heading and a button. No commands, no plugins, no network. `cargo xtask bench` launches it
//! beside the app and compares the time to an interactive first screen and the memory at rest
//! (`xtask/src/bench/launch.rs`). Keep it this small: whatever is added here is subtracted from
//! what the comparison shows the app costs.

fn main() {
    paint_as_the_app_does();
    tauri::Builder::default()
        .run(tauri::generate_context!())
        .expect("the baseline window could not start");
}

/// The app asks WebKitGTK to paint its page on the CPU unless whoever started it said otherwise
/// (`prepare_the_web_view` in `src-tauri/src/process.rs`); the baseline does the same, so that the
/// two are compared like for like (painted through OpenGL, where Mesa's software OpenGL compiles
/// a shader for each kind of shape, a web process keeps about 29 MiB more). The launch bench
/// reads the variable back from both web processes and refuses to compare them if they differ.
#[cfg(target_os = "linux")]
#[allow(
    clippy::disallowed_methods,
    reason = "the baseline has no config module; it reads this one variable as the app's does"
)]
fn paint_as_the_app_does() {
    const CPU_PAINTING_ENV: &str = "WEBKIT_SKIA_ENABLE_CPU_RENDERING";
    if std::env::var_os(CPU_PAINTING_ENV).is_none() {
        std::env::set_var(CPU_PAINTING_ENV, "1");
    }
    // And it runs its script without a JIT, as the app does (`prepare_the_web_view`); the bench
    // refuses to compare the two if their web processes differ here too.
    const JIT_ENV: &str = "JSC_useJIT";
    if std::env::var_os(JIT_ENV).is_none() {
        std::env::set_var(JIT_ENV, "0");
    }
}

#[cfg(not(target_os = "linux"))]
fn paint_as_the_app_does() {}
