//! The main window: built when it is to be shown (from the tray, a notification or a second launch)
//! and destroyed on close, so no web view runs while Recert waits in the tray.

use super::state::{lock, Shell};
use recert_core::alerts::Focus;
use tauri::{AppHandle, Emitter, Manager, WebviewWindow};

pub const MAIN: &str = "main";

fn main_window(app: &AppHandle) -> Option<WebviewWindow> {
    app.get_webview_window(MAIN)
}

/// Shows the main window, building it (and its web view) when it does not exist.
pub fn show(app: &AppHandle) {
    #[cfg(target_os = "macos")]
    let _ = app.set_activation_policy(tauri::ActivationPolicy::Regular);
    let window = match main_window(app) {
        Some(w) => Some(w),
        None => build(app),
    };
    if let Some(w) = window {
        // Each can fail only if the window is being destroyed; nothing to do then.
        let _ = w.unminimize();
        let _ = w.show();
        let _ = w.set_focus();
    }
}

/// The main window from tauri.conf.json (`create: false` there: the app decides when).
fn build(app: &AppHandle) -> Option<WebviewWindow> {
    let config = app.config().app.windows.iter().find(|w| w.label == MAIN)?.clone();
    match tauri::WebviewWindowBuilder::from_config(app, &config).and_then(|b| b.build()) {
        Ok(w) => Some(w),
        Err(e) => {
            eprintln!("recert: window: {e}");
            None
        }
    }
}

/// Recert lives in the tray: the window is gone (closed) or never built (`--hidden`). On macOS it
/// then leaves the Dock and the app switcher and lives in the menu bar only, as tray apps there
/// do; showing the window brings the Dock icon back.
pub fn to_tray(app: &AppHandle) {
    #[cfg(target_os = "macos")]
    let _ = app.set_activation_policy(tauri::ActivationPolicy::Accessory);
    #[cfg(not(target_os = "macos"))]
    let _ = app;
}

/// Destroys the main window and its web view (after the page agreed to lose unsaved input).
pub fn close(app: &AppHandle) {
    if let Some(w) = main_window(app) {
        let _ = w.destroy();
    }
    // Linux: the tray process takes over and this one ends (resident.rs); not under WebDriver,
    // whose session ends the app.
    #[cfg(target_os = "linux")]
    if !super::under_automation() && super::resident::hand_back(app) {
        return;
    }
    to_tray(app);
}

/// Whether the main window exists (shown or being built).
pub fn is_open(app: &AppHandle) -> bool {
    main_window(app).is_some()
}

/// The main window and its web view are gone (closed, or destroyed by `close`). On Linux the
/// WebKit network process they leave is ended too (web_processes.rs).
pub fn destroyed(app: &AppHandle) {
    #[cfg(target_os = "linux")]
    super::web_processes::end_network_process_later(app);
    #[cfg(not(target_os = "linux"))]
    let _ = app;
}

/// Shows the main window on one certification or plan (or the dashboard when `None`).
pub fn show_certification(app: &AppHandle, focus: Option<Focus>) {
    if let Some(state) = app.try_state::<Shell>() {
        *lock(&state.focus_request) = focus.clone();
    }
    show(app);
    let _ = app.emit_to(MAIN, "recert://open-certification", focus);
}
