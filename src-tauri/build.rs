// Generates Tauri's context and one permission per app command, so the capability file can grant
// exactly the commands the UI uses.
fn main() {
    println!("cargo:rerun-if-changed=src-tauri/commands.txt");
    // The bare window of the benchmarks embeds its own config and page at compile time.
    println!("cargo:rerun-if-changed=benches/bare/bare.conf.json");
    println!("cargo:rerun-if-changed=benches/bare/dist");
    place_bare_window_config();
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(recert_commands())))
        .unwrap_or_else(|e| panic!("tauri-build failed: {e}"));
}

/// The commands listed in `src-tauri/commands.txt`, one per line (a test checks that list
/// against the handler and the capability file).
fn recert_commands() -> &'static [&'static str] {
    let list: Vec<&'static str> = include_str!("commands.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    Box::leak(list.into_boxed_slice())
}

/// The bare window's config is kept as `benches/bare/bare.conf.json`, so that tools that look for
/// `tauri.conf.json` in the repository (tauri-action in the release workflow) find only the app's.
/// `generate_context!` reads only files of that name: it gets a copy in the git-ignored
/// `benches/bare/gen/`, whose paths the config is written for.
fn place_bare_window_config() {
    let dir = std::path::Path::new("benches/bare/gen");
    let config = std::fs::read("benches/bare/bare.conf.json").unwrap_or_else(|e| panic!("benches/bare/bare.conf.json: {e}"));
    let target = dir.join("tauri.conf.json");
    if std::fs::read(&target).ok().as_deref() != Some(config.as_slice()) {
        std::fs::create_dir_all(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        std::fs::write(&target, config).unwrap_or_else(|e| panic!("{}: {e}", target.display()));
    }
}
