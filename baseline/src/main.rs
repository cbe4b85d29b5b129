//! The benchmark's baseline: the smallest Tauri 2 app, one window showing a local page with a
//! heading and a button. No commands, no plugins, no network. `cargo xtask bench` launches it
//! beside the app and compares the time to an interactive first screen and the memory at rest
//! (`xtask/src/bench/launch.rs`). Keep it this small: whatever is added here is subtracted from
//! what the comparison shows the app costs.

fn main() {
    tauri::Builder::default()
        .run(tauri::generate_context!())
        .expect("the baseline window could not start");
}
