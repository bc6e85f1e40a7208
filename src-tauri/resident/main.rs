//! `recert-tray`: Recert while it waits in the tray, on Linux. The tray menu, the reminder loop,
//! notifications, the daily backup and the single-instance name, in a process that does not link
//! Tauri or WebKit: about 25 MiB and no wake-ups, where the app with its web view unloaded still
//! costs 100 MiB (docs/BENCHMARKS.md, "The tray app").
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
use recert_desktop::{clock, heap, learn, notify, os_locale, paths, probe, wake};

#[cfg(not(target_os = "linux"))]
fn main() {
    // Windows and macOS keep the tray in the app itself (`recert --hidden`): their web views
    // are not linked into the process that waits (docs/PLATFORMS.md).
    eprintln!("recert-tray: the tray process is for Linux; here `recert --hidden` waits in the tray");
    std::process::exit(2);
}

#[cfg(target_os = "linux")]
fn main() {
    probe::start();
    let options = match Options::parse(std::env::args().skip(1)) {
        Ok(o) => o,
        Err(message) => {
            eprintln!("recert-tray: {message}");
            std::process::exit(2);
        }
    };
    // No web view ever lives here, so GDK need not open GL to choose visuals (it maps libLLVM,
    // 26 MiB). The app started from here gets the user's own setting back (`handover`).
    let user_gdk_gl = std::env::var_os("GDK_GL");
    std::env::set_var("GDK_GL", "disable");
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
    if let Err(e) = tray::build(&recert_core::Recert::basic_tray(&catalogs, locale), context.clone(), to_passes.clone()) {
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
    pub options: Options,
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

#[cfg(target_os = "linux")]
#[derive(Debug, Default, PartialEq)]
pub struct Options {
    pub data_dir: Option<std::path::PathBuf>,
    pub today: Option<chrono::NaiveDate>,
    /// The window was just closed (the app handed back).
    pub closed: bool,
}

#[cfg(target_os = "linux")]
impl Options {
    fn parse(args: impl IntoIterator<Item = String>) -> Result<Options, String> {
        let mut o = Options::default();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            let (name, inline) = match arg.split_once('=') {
                Some((n, v)) => (n.to_owned(), Some(v.to_owned())),
                None => (arg.clone(), None),
            };
            let mut value = || inline.clone().or_else(|| args.next()).ok_or_else(|| format!("{name} needs a value"));
            match name.as_str() {
                "--data-dir" => o.data_dir = Some(value()?.into()),
                "--today" => {
                    let text = value()?;
                    o.today = Some(recert_core::date::parse_date(&text).ok_or_else(|| format!("--today: not a date: {text}"))?);
                }
                "--closed" => o.closed = true,
                // What the sign-in start passes: this program always starts in the tray.
                "--hidden" => {}
                other => return Err(format!("unknown argument {other}")),
            }
        }
        if o.today.is_none() {
            if let Some(text) = std::env::var("RECERT_TODAY").ok().filter(|t| !t.is_empty()) {
                o.today = Some(recert_core::date::parse_date(&text).ok_or_else(|| format!("RECERT_TODAY: not a date: {text}"))?);
            }
        }
        Ok(o)
    }
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
    let mut command = std::process::Command::new(app.as_deref().unwrap_or(std::path::Path::new("recert")));
    if let Some(dir) = &context.options.data_dir {
        command.arg("--data-dir").arg(dir);
    }
    if let Some(today) = context.options.today {
        command.arg("--today").arg(today.to_string());
    }
    if let Some(focus) = focus {
        command.arg("--open").arg(focus.menu_id());
    }
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
            eprintln!("recert-tray: cannot start the window ({}): {e}", app.map(|p| p.display().to_string()).unwrap_or_default());
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

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::Options;

    fn parse(args: &[&str]) -> Result<Options, String> {
        Options::parse(args.iter().map(|a| a.to_string()))
    }

    #[test]
    fn the_options_the_app_and_the_sign_in_start_pass_are_understood() {
        let o = parse(&["--hidden", "--data-dir", "/d", "--today=2026-11-22", "--closed"]).expect("parsed");
        assert_eq!(o.data_dir.as_deref(), Some(std::path::Path::new("/d")));
        assert_eq!(o.today, chrono::NaiveDate::from_ymd_opt(2026, 11, 22));
        assert!(o.closed);
        assert!(parse(&["--today", "tomorrow"]).is_err());
        assert!(parse(&["--data-dir"]).is_err());
        assert!(parse(&["--frobnicate"]).is_err());
    }
}
