//! The Tauri shell: window, commands, plugins. Thin by design; the core does the work.

pub mod clock;
pub mod commands;
pub mod paths;
pub mod state;

use clock::Clock;
use recert_core::Recert;
use state::Shell;
use std::path::PathBuf;

pub struct AppOptions {
    pub data_dir: PathBuf,
    pub clock: Clock,
}

/// Starts the desktop app; returns the process exit code.
pub fn run(opts: AppOptions) -> i32 {
    let recert = match Recert::open(&opts.data_dir) {
        Ok(r) => r,
        Err(failure) => {
            let catalogs = recert_core::Catalogs::new();
            let locale = recert_core::Locale::from_os_tag(&std::env::var("LANG").unwrap_or_default());
            eprintln!("recert: {}: {}", opts.data_dir.display(), failure.translate(&catalogs, locale).message);
            return 1;
        }
    };
    let os_locale = std::env::var("LANG").unwrap_or_default();
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .manage(Shell::new(recert, opts.clock, os_locale))
        .invoke_handler(tauri::generate_handler![
            commands::init,
            commands::get_dashboard,
            commands::search_catalog,
            commands::add_holding,
            commands::update_holding,
            commands::remove_holding,
            commands::preview_renewal,
            commands::record_renewal,
            commands::record_failed_attempt,
            commands::get_profiles,
            commands::save_certification_profile,
            commands::save_learn_profile,
            commands::set_several_profiles,
            commands::connect_profiles,
            commands::get_settings,
            commands::set_settings,
            commands::open_link,
            commands::export_data,
            commands::import_data_preview,
            commands::import_data_apply,
            commands::import_catalog,
        ])
        .run(tauri::generate_context!());
    match result {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("recert: {e}");
            1
        }
    }
}
