fn main() {
    // Declaring the app's own commands makes them subject to capabilities: a command not granted
    // in `capabilities/` cannot be invoked from the web view.
    let commands = tauri_build::AppManifest::new().commands(&["content"]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(commands))
        .expect("tauri build step failed");
}
