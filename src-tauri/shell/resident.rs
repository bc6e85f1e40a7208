//! Linux: the hand-over between the app and the tray process (`recert-tray`,
//! src-tauri/resident/main.rs). The app links WebKit, and a process that links it costs several
//! times the tray process's memory even with no web view (docs/BENCHMARKS.md). So Recert waits in the tray as
//! `recert-tray`, which starts the app when a window is asked for, and the app, when its window
//! is closed, starts `recert-tray` again and ends. `RECERT_SINGLE_PROCESS=1` (or a build without
//! `recert-tray` beside `recert`) keeps the window's process in the tray instead.

use super::state::Shell;
use recert_desktop::launch::Launch;
use std::path::Path;
use tauri::{AppHandle, Manager};

const PROGRAM: &str = "recert-tray";

/// `recert-tray` beside this program, unless the single process was asked for.
fn program() -> Option<std::path::PathBuf> {
    if std::env::var_os("RECERT_SINGLE_PROCESS").is_some_and(|v| !v.is_empty() && v != "0") {
        return None;
    }
    let path = std::env::current_exe().ok()?.with_file_name(PROGRAM);
    path.is_file().then_some(path)
}

/// `recert-tray` on `data_dir` and `today`, `hidden` (the sign-in start) or `closed` (a hand-back).
fn command(program: &Path, launch: Launch) -> std::process::Command {
    let mut command = std::process::Command::new(program);
    command.args(launch.to_args());
    command
}

/// `recert --hidden` (the start at sign-in): becomes the tray process, same pid. Returns only
/// when that is not possible; the caller then starts the app in the tray.
pub fn exec(data_dir: &Path, today: Option<chrono::NaiveDate>) {
    use std::os::unix::process::CommandExt;
    if let Some(program) = program() {
        let e = command(
            &program,
            Launch {
                data_dir: Some(data_dir.to_path_buf()),
                today,
                hidden: true,
                ..Launch::default()
            },
        )
        .exec();
        eprintln!("recert: {}: {e}", program.display());
    }
}

/// The window was closed: the tray process takes over and this process ends. `false` when there
/// is none (the app then stays in the tray itself).
pub fn hand_back(app: &AppHandle) -> bool {
    let Some(program) = program() else { return false };
    let Some(shell) = app.try_state::<Shell>() else { return false };
    // The name first, so the tray process does not take this process for another Recert; the
    // database next (after any command or pass using it). The tray process waits for both.
    tauri_plugin_single_instance::destroy(app);
    // Reminders still on screen: their clicks would reach nobody once this process ends, so they
    // are taken back and their deliveries unrecorded: the tray process shows them again.
    let withdrawn = super::notify::withdraw_all();
    if !withdrawn.is_empty() {
        if let Err(e) = shell.run(|r, _| r.unrecord_deliveries(&withdrawn)) {
            eprintln!("recert: notifications: {}", e.message);
        }
    }
    shell.release();
    super::probe::mark("hand back: name and database let go");
    match command(
        &program,
        Launch {
            data_dir: Some(shell.data_dir.clone()),
            today: shell.clock.fixed_today(),
            closed: true,
            ..Launch::default()
        },
    )
    .spawn()
    {
        Ok(_) => {
            super::probe::mark("hand back: tray process started");
            app.exit(0);
            true
        }
        Err(e) => {
            eprintln!("recert: {}: {e}", program.display());
            false
        }
    }
}
