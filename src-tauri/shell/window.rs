//! The main window: show it (from the tray, a notification or a second launch), hide it to the
//! tray on close.

use super::state::{lock, Shell};
use tauri::{AppHandle, Emitter, Manager, WebviewWindow};

pub const MAIN: &str = "main";

fn main_window(app: &AppHandle) -> Option<WebviewWindow> {
    app.get_webview_window(MAIN)
}

pub fn show(app: &AppHandle) {
    if let Some(w) = main_window(app) {
        // Each can fail only if the window is being destroyed; nothing to do then.
        let _ = w.unminimize();
        let _ = w.show();
        let _ = w.set_focus();
    }
}

/// Shows the main window on one certification (or the dashboard when `None`).
pub fn show_certification(app: &AppHandle, holding: Option<String>) {
    if let Some(state) = app.try_state::<Shell>() {
        *lock(&state.focus_request) = holding.clone();
    }
    show(app);
    let _ = app.emit_to(MAIN, "recert://open-certification", holding);
}
