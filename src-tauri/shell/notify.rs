//! Native notifications through notify-rust. On Linux the default action ("Open in Recert")
//! is awaited on a thread of its own and brings the main window up on that certification.
//! Where no notification service answers, the caller falls back to an in-app banner.

use recert_core::alerts::Notice;

/// The action key of a click on the notification (the freedesktop default action).
pub const DEFAULT_ACTION: &str = "default";

/// Shows `notice`; `on_action` runs (on another thread) if the user activates it.
/// Returns Err when no notification service is available; it never blocks the caller.
pub fn show(notice: &Notice, on_action: impl FnOnce(Option<String>) + Send + 'static) -> Result<(), String> {
    let mut n = notify_rust::Notification::new();
    n.appname("Recert").summary(&notice.summary).body(&notice.body);
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        n.action(DEFAULT_ACTION, &notice.action_label);
        n.icon(crate::shell::paths::IDENTIFIER);
        n.hint(notify_rust::Hint::DesktopEntry(crate::shell::paths::IDENTIFIER.to_owned()));
    }
    let handle = n.show().map_err(|e| e.to_string())?;
    let holding = notice.holding_id.clone();
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        // wait_for_action blocks until the notification is clicked or closed.
        let spawned = std::thread::Builder::new().name("recert-notification".into()).spawn(move || {
            handle.wait_for_action(|action| {
                if action == DEFAULT_ACTION {
                    on_action(holding);
                }
            });
        });
        if let Err(e) = spawned {
            return Err(e.to_string());
        }
    }
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    {
        // Windows and macOS bring the app forward themselves when a notification is clicked.
        let _ = (handle, holding, on_action);
    }
    Ok(())
}
