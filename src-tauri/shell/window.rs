//! The main window: show it (from the tray, a notification or a second launch), hide it to the
//! tray on close.

use super::state::{lock, Shell};
use recert_core::alerts::Focus;
use tauri::{AppHandle, Emitter, Manager, WebviewWindow};

pub const MAIN: &str = "main";

fn main_window(app: &AppHandle) -> Option<WebviewWindow> {
    app.get_webview_window(MAIN)
}

pub fn show(app: &AppHandle) {
    #[cfg(target_os = "macos")]
    let _ = app.set_activation_policy(tauri::ActivationPolicy::Regular);
    if let Some(w) = main_window(app) {
        // Each can fail only if the window is being destroyed; nothing to do then.
        let _ = w.unminimize();
        let _ = w.show();
        let _ = w.set_focus();
    }
}

/// Hides the main window to the tray. On macOS Recert then leaves the Dock and the app switcher and
/// lives in the menu bar only, as tray apps there do; showing the window brings the Dock icon back.
pub fn hide(app: &AppHandle) {
    if let Some(w) = main_window(app) {
        let _ = w.hide();
    }
    #[cfg(target_os = "macos")]
    let _ = app.set_activation_policy(tauri::ActivationPolicy::Accessory);
}

/// Shows the main window on one certification or plan (or the dashboard when `None`).
pub fn show_certification(app: &AppHandle, focus: Option<Focus>) {
    if let Some(state) = app.try_state::<Shell>() {
        *lock(&state.focus_request) = focus.clone();
    }
    show(app);
    let _ = app.emit_to(MAIN, "recert://open-certification", focus);
}
