//! The Tauri shell: window, commands, plugins. Thin by design; the core does the work.

pub mod commands;
// The Tauri-free parts, used here as the shell's own.
pub use recert_desktop::{clock, heap, learn, notify, os_locale, paths, probe, wake};
pub mod contract;
#[cfg(target_os = "linux")]
pub mod desktop_font;
#[cfg(target_os = "linux")]
pub mod painting;
pub mod problems;
#[cfg(target_os = "linux")]
pub mod resident;
pub mod scheduler;
pub mod state;
pub mod sync;
pub mod tray;
pub mod updates;
#[cfg(target_os = "linux")]
pub mod web_processes;
pub mod window;

/// The command list as the handler: every command's function in commands.rs, by name.
macro_rules! recert_commands {
    ($($command:ident),* $(,)?) => {
        tauri::generate_handler![$(commands::$command),*]
    };
}

use clock::Clock;
use recert_core::recovery;
use state::Shell;
use std::path::PathBuf;
use tauri::Manager;

/// What the start-at-sign-in entry starts Recert with: in the tray, no window.
pub const AUTOSTART_ARGS: [&str; 1] = ["--hidden"];

pub struct AppOptions {
    pub data_dir: PathBuf,
    pub clock: Clock,
    /// Start in the tray with no window and no web view (`--hidden`: the sign-in start).
    pub hidden: bool,
    /// Open the window on this certification or plan (the tray process's tray or notification).
    pub open: Option<recert_core::alerts::Focus>,
}

/// The app as the command line asks for it (no subcommand): on Linux, `--hidden` becomes the tray
/// process (same pid) when it can; otherwise the window's process, in the tray or not.
pub fn start(start: recert_desktop::launch::AppStart) -> i32 {
    #[cfg(target_os = "linux")]
    if start.launch.hidden {
        resident::exec(&start.data_dir, start.launch.today);
    }
    run(AppOptions {
        data_dir: start.data_dir,
        clock: Clock::new(start.launch.today),
        hidden: start.launch.hidden,
        open: start.open,
    })
}

/// Starts the desktop app; returns the process exit code.
pub fn run(opts: AppOptions) -> i32 {
    // Before GTK, WebKit and any thread: WebKit's processes inherit the choice.
    #[cfg(target_os = "linux")]
    painting::choose();
    // The web view reports its own language at start; until then, the OS's.
    let os_locale = os_locale::os_locale();
    probe::mark("builder");
    let mut context = tauri::generate_context!();
    updates::allow_loopback_test_server(context.config_mut());
    let built = tauri::Builder::default()
        // First, so a second launch is caught before anything else starts.
        .plugin(tauri_plugin_single_instance::init(|app, args, _cwd| second_launch(app, &args)))
        // The sign-in start goes straight to the tray: no window, no web view.
        .plugin(tauri_plugin_autostart::init(
            tauri_plugin_autostart::MacosLauncher::LaunchAgent,
            Some(AUTOSTART_ARGS.to_vec()),
        ))
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        // Used from Rust only (check_for_update, install_update), after the user's consent.
        .plugin(tauri_plugin_updater::Builder::new().build())
        .manage(updates::Pending::default())
        .setup(move |app| {
            // Opened here, after the single-instance check: a second launch hands over to the
            // first instead of fighting over the database.
            // A database that does not open is not a crash: the window shows the recovery screen.
            probe::mark("setup");
            // The window first: WebKit starts its processes and loads the page while the store
            // opens and checks every record (both measured in docs/BENCHMARKS.md). No command reaches the page's Rust side before setup returns, and by
            // then the store is open.
            let handle = app.handle().clone();
            if !opts.hidden {
                window::show(&handle);
            }
            let opened = recovery::open_checked(&opts.data_dir)
                .map_err(|e| recovery::recovery_view(&opts.data_dir, &e, opts.clock.today()));
            // GTK is up (setup runs on the main thread): its font setting is read once, here.
            #[cfg(target_os = "linux")]
            let desktop_font = desktop_font::family();
            #[cfg(not(target_os = "linux"))]
            let desktop_font = None;
            app.manage(Shell::new(
                opened,
                opts.data_dir.clone(),
                opts.clock,
                os_locale.clone(),
                desktop_font,
            ));
            probe::mark("store opened");
            tray::build_or_retry(&handle);
            #[cfg(windows)]
            register_protocol();
            probe::mark("tray built");
            let wake = scheduler::spawn(handle.clone())?;
            app.state::<Shell>().set_wake(wake);
            let releaser = handle.clone();
            app.state::<Shell>().start_releasing(move || releaser.state::<Shell>().release())?;
            // The window (and its web view) exists only while shown: `--hidden` starts without it.
            if opts.hidden {
                window::to_tray(&handle);
            } else if let Some(focus) = opts.open.clone() {
                window::show_certification(&handle, Some(focus));
            }
            probe::tray_ready();
            Ok(())
        })
        .on_window_event(|w, event| {
            if let tauri::WindowEvent::Destroyed = event {
                if w.label() == window::MAIN && !under_automation() {
                    window::destroyed(w.app_handle());
                }
            }
            if let tauri::WindowEvent::CloseRequested { api, .. } = event {
                // Closing destroys the window and its web view (the tray, the scheduler and the
                // store live on in Rust; "Quit" is in the tray menu), unless a dialog holds
                // unsaved input: then the page asks first (recert://close-requested). Under
                // WebDriver too, so a journey can test the question.
                let app = w.app_handle();
                let unsaved = app.state::<Shell>().has_unsaved();
                probe::mark(if unsaved {
                    "close requested, unsaved input"
                } else {
                    "close requested"
                });
                if unsaved {
                    api.prevent_close();
                    let _ =
                        tauri::Emitter::emit_to(app, window::MAIN, "recert://close-requested", ());
                    return;
                }
                if under_automation() {
                    return;
                }
                // Linux: the tray process takes over and this one ends (resident.rs).
                #[cfg(target_os = "linux")]
                if resident::hand_back(app) {
                    return;
                }
                window::to_tray(app);
                close_hint(app);
            }
        })
        .invoke_handler(include!("command_list.rs"))
        .build(context);
    match built {
        Ok(app) => {
            app.run(on_run_event);
            0
        }
        Err(e) => {
            eprintln!("recert: {e}");
            1
        }
    }
}

#[cfg_attr(not(target_os = "macos"), allow(unused_variables))]
fn on_run_event(app: &tauri::AppHandle, event: tauri::RunEvent) {
    match event {
        // All windows gone (not hidden): keep running for the reminders; app.exit(0) (Quit)
        // comes with a code and is let through.
        tauri::RunEvent::ExitRequested { code: None, api, .. } if !under_automation() => {
            api.prevent_exit()
        }
        // macOS: opening Recert again (Dock, Launchpad, Finder, Spotlight) while its window is
        // hidden or minimised brings the window back.
        #[cfg(target_os = "macos")]
        tauri::RunEvent::Reopen { has_visible_windows: false, .. } => window::show(app),
        _ => {}
    }
}

/// Windows: the `recert:` address a toast's click starts (recert_desktop::toast), registered for
/// this user at every start of an installed Recert, so it follows a move or an update. A build run
/// from cargo's target folder leaves the installed one's registration alone.
#[cfg(windows)]
fn register_protocol() {
    let Ok(exe) = std::env::current_exe() else { return };
    let installed = exe.parent().and_then(recert_desktop::notify::windows_app_id).is_some();
    if installed {
        if let Err(e) = recert_desktop::toast::register_protocol(&exe) {
            eprintln!("recert: the recert: address is not registered: {e}");
        }
    }
}

/// Another launch while this one runs: `recert` (by hand, a desktop entry) shows the window;
/// `--hidden` (a second sign-in start, or the tray process finding Recert here) changes nothing;
/// `--open ID` shows that certification.
fn second_launch(app: &tauri::AppHandle, args: &[String]) {
    // Arguments it cannot read still ask for the window.
    let launch = recert_desktop::launch::Launch::parse_args(args.get(1..).unwrap_or_default())
        .unwrap_or_default();
    if launch.hidden {
        return;
    }
    let open = launch.open.as_deref().and_then(recert_desktop::toast::open_value).flatten();
    match open {
        Some(focus) => window::show_certification(app, Some(focus)),
        None => window::show(app),
    }
}

/// Driven by WebDriver (tauri-driver sets this): ending the session closes the window, and the
/// app must then end as an automated browser does, not linger in the tray.
pub(crate) fn under_automation() -> bool {
    std::env::var_os("TAURI_WEBVIEW_AUTOMATION").is_some_and(|v| v == "true")
}

/// The first time the window is closed, say once that Recert keeps running in the tray.
fn close_hint(app: &tauri::AppHandle) {
    let shell = app.state::<Shell>();
    let Ok(Some(notice)) = shell.run(|r, c| r.take_close_hint(c.locale)) else {
        return;
    };
    let handle = app.clone();
    if notify::show(&notice, &[], move |_| window::show(&handle)).is_err() {
        shell.push_banner(notice);
    }
}
