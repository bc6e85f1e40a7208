//! Where Recert keeps its data: `--data-dir DIR`, else `RECERT_DATA_DIR`, else the OS app-data
//! directory for the app's identifier (what Tauri's `app_data_dir` resolves to), so the CLI and
//! the app agree without a running Tauri app.

use std::path::PathBuf;

pub const IDENTIFIER: &str = "app.recert.desktop";

pub fn default_data_dir() -> Option<PathBuf> {
    let env = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty()).map(PathBuf::from);
    let base = if cfg!(target_os = "windows") {
        env("APPDATA")
    } else if cfg!(target_os = "macos") {
        env("HOME").map(|h| h.join("Library/Application Support"))
    } else {
        env("XDG_DATA_HOME").or_else(|| env("HOME").map(|h| h.join(".local/share")))
    };
    base.map(|b| b.join(IDENTIFIER))
}

/// Resolves the data directory from an explicit option, the environment, or the OS default.
pub fn data_dir(explicit: Option<PathBuf>) -> Option<PathBuf> {
    explicit
        .or_else(|| {
            std::env::var_os("RECERT_DATA_DIR").filter(|v| !v.is_empty()).map(PathBuf::from)
        })
        .or_else(default_data_dir)
}
