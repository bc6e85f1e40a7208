//! `recert-tray`: Recert while it waits in the tray, on Linux. The tray menu, the reminder loop,
//! notifications, the daily backup and the single-instance name, in a process that does not link
//! Tauri or WebKit: a fraction of the memory of the app with its web view unloaded, and no
//! wake-ups (docs/BENCHMARKS.md, "The tray app").
//!
//! It hands over to the app (`recert`, the window) when a window is asked for (the tray's "Open"
//! or a certification in it, a notification's click, a second launch) and exits; the app hands
//! back when its window is closed (src-tauri/shell/resident.rs). One of the two runs at a time,
//! owning the single-instance D-Bus name the app's plugin uses, so either answers a second launch.
//! `recert --hidden` (the start at sign-in) runs this program in its place.
//!
//! Usage: recert-tray [--data-dir DIR] [--today YYYY-MM-DD] [--closed] [--hidden]
//! (`--closed`: the window was just closed; the first time, say Recert keeps running here.)

#[cfg(target_os = "linux")]
mod instance;
#[cfg(target_os = "linux")]
mod passes;
#[cfg(target_os = "linux")]
mod tray;

#[cfg(target_os = "linux")]
use recert_desktop::launch::{self, Launch};
#[cfg(target_os = "linux")]
use recert_desktop::{clock, heap, learn, notify, os_locale, paths, probe, wake};

#[cfg(not(target_os = "linux"))]
fn main() {
    // Windows and macOS keep the tray in the app itself (`recert --hidden`): their web views
    // are not linked into the process that waits (docs/PLATFORMS.md).
    eprintln!(
        "recert-tray: the tray process is for Linux; here `recert --hidden` waits in the tray"
    );
    std::process::exit(2);
}

#[cfg(target_os = "linux")]
fn main() {
    probe::start();
    let options = match Launch::parse_args(std::env::args_os().skip(1)).and_then(|l| {
        l.with_env_today().map_err(|v| format!("{}: not a date: {v}", launch::TODAY_VAR))
    }) {
        Ok(o) => o,
        Err(message) => {
            eprintln!("recert-tray: {message}");
            std::process::exit(2);
        }
    };
    // No web view ever lives here, so GDK need not open GL to choose visuals (it would map
    // libLLVM). The app started from here gets the user's own setting back (`handover`).
    let user_gdk_gl = std::env::var_os("GDK_GL");
    std::env::set_var("GDK_GL", "disable");
    // The tray icon's title, which a panel (and a screen reader in it) says: libayatana-appindicator
    // takes the application name, and else the program's ("recert-tray").
    gtk::glib::set_application_name(notify::DESKTOP_ENTRY);
    if let Err(e) = gtk::init() {
        eprintln!("recert-tray: {e}");
        std::process::exit(1);
    }
    let Some(data_dir) = paths::data_dir(options.data_dir.clone()) else {
        eprintln!("recert-tray: no data directory: set --data-dir or RECERT_DATA_DIR");
        std::process::exit(2);
    };
    let instance = match instance::claim(options.closed) {
        instance::Claim::Owned(i) => {
            probe::mark("single-instance name owned");
            Some(i)
        }
        // Another Recert runs (the app, or this program): it got our arguments.
        instance::Claim::Forwarded => std::process::exit(0),
        // No session bus: no way to find other instances; run anyway, as the app does.
        instance::Claim::NoBus(e) => {
            eprintln!("recert-tray: single instance: {e}");
            None
        }
    };
    let os_tag = os_locale::os_locale();
    let catalogs = recert_core::Catalogs::new();
    let locale = recert_core::Locale::from_os_tag(&os_tag);
    let (to_passes, from_tray) = std::sync::mpsc::channel();
    let context = std::sync::Arc::new(Context {
        data_dir,
        clock: clock::Clock::new(options.today),
        os_tag,
        options,
        user_gdk_gl,
        instance: std::sync::Mutex::new(instance),
        store: std::sync::Mutex::new(()),
    });
    if let Err(e) = tray::build(
        &recert_core::Recert::basic_tray(&catalogs, locale),
        context.clone(),
        to_passes.clone(),
    ) {
        eprintln!("recert-tray: tray: {e}");
        std::process::exit(1);
    }
    if let Err(e) = passes::spawn(context, from_tray) {
        eprintln!("recert-tray: reminders: {e}");
        std::process::exit(1);
    }
    // Kept for the process's life: the loop ends when every sender is gone.
    let _to_passes = to_passes;
    // What the start-up benchmark and the journeys wait for, as the app prints it.
    probe::tray_ready();
    gtk::main();
}

/// What the tray, the reminder loop and the handover share.
#[cfg(target_os = "linux")]
pub struct Context {
    pub data_dir: std::path::PathBuf,
    pub clock: clock::Clock,
    pub os_tag: String,
    /// How this process was started (`--closed`: the app just handed back).
    pub options: Launch,
    user_gdk_gl: Option<std::ffi::OsString>,
    instance: std::sync::Mutex<Option<instance::Instance>>,
    /// Held while the database is open (a pass): the handover and Quit take it, so neither
    /// leaves in the middle of a pass, and the app never finds the database still held.
    pub store: std::sync::Mutex<()>,
}

#[cfg(target_os = "linux")]
pub fn lock<T>(m: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Starts the app (the window), on `focus` when given, and ends this process: the app takes the
/// single-instance name, the tray and the reminder loop over. If it cannot be started, Recert
/// stays here in the tray.
#[cfg(target_os = "linux")]
pub fn open_window(context: &Context, focus: Option<recert_core::alerts::Focus>) {
    // Never in the middle of a pass: held until the process ends.
    let _store = lock(&context.store);
    let mut instance = lock(&context.instance);
    if let Some(i) = instance.take() {
        i.release();
    }
    let app = std::env::current_exe().map(|exe| exe.with_file_name("recert"));
    let mut command =
        std::process::Command::new(app.as_deref().unwrap_or(std::path::Path::new("recert")));
    let window = Launch {
        data_dir: context.options.data_dir.clone(),
        today: context.options.today,
        open: focus.map(|f| f.menu_id()),
        ..Launch::default()
    };
    command.args(window.to_args());
    match &context.user_gdk_gl {
        Some(v) => command.env("GDK_GL", v),
        None => command.env_remove("GDK_GL"),
    };
    // Reminders still on screen are taken back before the window's process starts (their clicks
    // would reach nobody) and unrecorded: the app shows them again.
    let withdrawn = notify::withdraw_all();
    if !withdrawn.is_empty() {
        match recert_core::Recert::open(&context.data_dir) {
            Ok(r) => {
                if let Err(e) = r.unrecord_deliveries(&withdrawn) {
                    eprintln!("recert-tray: notifications: {:?}", e.problem);
                }
            }
            Err(e) => eprintln!("recert-tray: notifications: {:?}", e.problem),
        }
    }
    match command.spawn() {
        Ok(_) => std::process::exit(0),
        Err(e) => {
            eprintln!(
                "recert-tray: cannot start the window ({}): {e}",
                app.map(|p| p.display().to_string()).unwrap_or_default()
            );
            if let instance::Claim::Owned(i) = instance::claim(true) {
                *instance = Some(i);
            }
        }
    }
}

/// Quit from the tray: after any pass in progress.
#[cfg(target_os = "linux")]
pub fn quit(context: &Context) -> ! {
    let _store = lock(&context.store);
    std::process::exit(0)
}
