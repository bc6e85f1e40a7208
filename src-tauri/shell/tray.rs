//! The tray icon and its menu: "Open Recert" first (Linux delivers only menu events, no clicks
//! on the icon), up to five certifications to act on, "Pause reminders for a day" / "Resume",
//! then "Quit". Items are updated in place when data changes; labels come from the catalogs.

use super::state::{lock, Shell};
use super::window;
use recert_core::alerts::Focus;
use recert_core::alerts::TrayModel;
use std::sync::Mutex;
use tauri::image::Image;
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::{TrayIcon, TrayIconBuilder};
use tauri::{AppHandle, Manager, Wry};

const ICON: &[u8] = include_bytes!("../../icons/tray.png");
const ICON_ATTENTION: &[u8] = include_bytes!("../../icons/tray-attention.png");
const ITEM_PREFIX: &str = "cert:";
/// "Open Recert" and a separator come before the certifications.
const FIRST_DYNAMIC: usize = 2;

pub struct Tray {
    icon: TrayIcon,
    menu: Menu<Wry>,
    open: MenuItem<Wry>,
    pause: MenuItem<Wry>,
    quit: MenuItem<Wry>,
    dynamic: Mutex<Vec<MenuItem<Wry>>>,
    /// The model last applied: the test hook `get_tray_model` returns it.
    pub model: Mutex<Option<TrayModel>>,
}

fn build(app: &AppHandle) -> tauri::Result<Tray> {
    let open = MenuItem::with_id(app, "open", "Recert", true, None::<&str>)?;
    let pause = MenuItem::with_id(app, "pause", "", true, None::<&str>)?;
    let quit = MenuItem::with_id(app, "quit", "", true, None::<&str>)?;
    let first = PredefinedMenuItem::separator(app)?;
    let second = PredefinedMenuItem::separator(app)?;
    let menu = Menu::with_items(app, &[&open, &first, &second, &pause, &quit])?;
    let icon = TrayIconBuilder::with_id("recert")
        .icon(Image::from_bytes(ICON)?)
        .tooltip("Recert")
        .menu(&menu)
        .show_menu_on_left_click(true)
        .on_menu_event(|app, event| on_menu(app, event.id().as_ref()))
        .build(app)?;
    Ok(Tray {
        icon,
        menu,
        open,
        pause,
        quit,
        dynamic: Mutex::new(Vec::new()),
        model: Mutex::new(None),
    })
}

/// Builds the tray, or, where the desktop has no tray to put it in yet (a start at sign-in before
/// the taskbar is up; Wine without a notification area), carries on without it, reminders and
/// window included, and tries again every `RETRY` for a while, as the taskbar comes later.
pub fn build_or_retry(app: &AppHandle) {
    // The icon's title a panel (and a screen reader in it) says: libayatana-appindicator takes the
    // application name, and else the program's ("recert"). Set once: GLib warns when set again.
    #[cfg(target_os = "linux")]
    gtk::glib::set_application_name(recert_desktop::notify::DESKTOP_ENTRY);
    const RETRY: std::time::Duration = std::time::Duration::from_secs(20);
    const TRIES: u32 = 30;
    match build(app) {
        Ok(tray) => {
            app.manage(tray);
        }
        Err(e) => {
            eprintln!("recert: no tray yet ({e}); trying again every {}s", RETRY.as_secs());
            let handle = app.clone();
            let spawned = std::thread::Builder::new().name("tray-retry".into()).spawn(move || {
                for _ in 0..TRIES {
                    std::thread::sleep(RETRY);
                    if handle.try_state::<Tray>().is_some() {
                        return;
                    }
                    // Tray icons are made on the main thread.
                    let main = handle.clone();
                    let queued = handle.run_on_main_thread(move || {
                        if main.try_state::<Tray>().is_none() {
                            if let Ok(tray) = build(&main) {
                                main.manage(tray);
                                refresh(&main);
                            }
                        }
                    });
                    if queued.is_err() {
                        return;
                    }
                }
            });
            if let Err(e) = spawned {
                eprintln!("recert: tray: {e}");
            }
        }
    }
}

fn on_menu(app: &AppHandle, id: &str) {
    match id {
        "open" => window::show(app),
        "quit" => app.exit(0),
        "pause" => {
            let shell = app.state::<Shell>();
            let toggled = shell.change(|r, c| r.toggle_pause(c.now));
            if let Err(e) = toggled {
                eprintln!("recert: tray: {}", e.message);
            }
            refresh(app);
        }
        other => {
            if let Some(focus) = other.strip_prefix(ITEM_PREFIX).and_then(Focus::from_menu_id) {
                window::show_certification(app, Some(focus));
            }
        }
    }
}

/// Recomputes the tray from the core and applies what changed.
pub fn refresh(app: &AppHandle) {
    let (Some(shell), Some(_)) = (app.try_state::<Shell>(), app.try_state::<Tray>()) else {
        return;
    };
    let model = match shell.run(|r, c| r.tray_model(&c)) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("recert: tray: {}", e.message);
            return;
        }
    };
    // Menus live on the main thread, and their calls from another thread wait for it. Applying
    // there, queued, means no thread ever waits on the main thread while holding the model lock
    // that a command running on the main thread (get_tray_model) needs: that was a deadlock.
    let handle = app.clone();
    let queued = app.run_on_main_thread(move || {
        let Some(tray) = handle.try_state::<Tray>() else { return };
        let mut last = lock(&tray.model);
        if last.as_ref() == Some(&model) {
            return;
        }
        if let Err(e) = apply(&handle, &tray, &model) {
            eprintln!("recert: tray: {e}");
        }
        *last = Some(model);
    });
    if let Err(e) = queued {
        eprintln!("recert: tray: {e}");
    }
}

fn apply(app: &AppHandle, tray: &Tray, model: &TrayModel) -> tauri::Result<()> {
    tray.open.set_text(&model.open_label)?;
    tray.pause.set_text(&model.pause_label)?;
    tray.quit.set_text(&model.quit_label)?;
    let mut dynamic = lock(&tray.dynamic);
    for item in dynamic.drain(..) {
        tray.menu.remove(&item)?;
    }
    for (i, entry) in model.items.iter().enumerate() {
        let item = MenuItem::with_id(
            app,
            format!("{ITEM_PREFIX}{}", entry.focus.menu_id()),
            &entry.label,
            true,
            None::<&str>,
        )?;
        tray.menu.insert(&item, FIRST_DYNAMIC + i)?;
        dynamic.push(item);
    }
    tray.icon.set_icon(Some(Image::from_bytes(if model.needs_action {
        ICON_ATTENTION
    } else {
        ICON
    })?))?;
    Ok(())
}
