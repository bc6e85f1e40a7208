//! Native notifications, on each platform under Recert's own name, and a click that brings the main
//! window up on that certification (the dashboard for a notice about several). Linux and macOS:
//! notify-rust, the click awaited on a thread of its own (on macOS the answer comes through the main
//! run loop, which Tauri keeps running). Windows: a toast of Recert's own (toast.rs) whose click
//! starts `recert:…`, so it works from the notification centre too. Where no notification service answers, the caller falls back to an
//! in-app banner.

use notify_rust::NotificationResponse;
use recert_core::alerts::{Focus, Notice};
use std::path::Path;

/// The action key of a click on the notification (the freedesktop default action).
pub const DEFAULT_ACTION: &str = "default";

/// The desktop entry the `.deb` and `.rpm` install (`/usr/share/applications/Recert.desktop`,
/// named after `productName`): GNOME and KDE take the app's name and settings from it.
pub const DESKTOP_ENTRY: &str = "Recert";

/// The icon name the Linux packages install (`/usr/share/icons/hicolor/*/apps/recert.png`, named
/// after `mainBinaryName`).
pub const ICON_NAME: &str = "recert";

/// Shows `notice`; `on_open` runs (on another thread) if the user clicks it, with the certification
/// to open. Returns Err when no notification service is available; it never blocks the caller.
///
/// `covered`: the delivery keys recorded for a reminder (empty for other notices), handed back by
/// `withdraw_all` if the notification is still up when this process hands over (Linux).
#[cfg(not(windows))]
pub fn show(
    notice: &Notice,
    covered: &[String],
    on_open: impl FnOnce(Option<Focus>) + Send + 'static,
) -> Result<(), String> {
    let mut n = notify_rust::Notification::new();
    n.appname("Recert").summary(&notice.summary).body(&body_text(&notice.body, renders_markup()));
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        n.action(DEFAULT_ACTION, &notice.action_label);
        n.icon(ICON_NAME);
        n.hint(notify_rust::Hint::DesktopEntry(DESKTOP_ENTRY.to_owned()));
    }
    #[cfg(target_os = "macos")]
    name_the_macos_sender();
    let handle = n.show().map_err(|e| e.to_string())?;
    #[cfg(all(unix, not(target_os = "macos")))]
    let id = handle.id();
    #[cfg(all(unix, not(target_os = "macos")))]
    lock_shown().push((id, covered.to_vec()));
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    let _ = covered;
    let focus = notice.focus.clone();
    // Blocks until the notification is clicked, dismissed or expires.
    std::thread::Builder::new()
        .name("recert-notification".into())
        .spawn(move || {
            let _ = handle.wait_for_response(|response: &NotificationResponse| {
                // No longer up, so no longer this process's to take back; before `on_open`, which
                // may hand over at once (the tray process starting the window): taken back then,
                // a clicked reminder would be unrecorded and shown again by the window's process.
                #[cfg(all(unix, not(target_os = "macos")))]
                lock_shown().retain(|(shown, _)| *shown != id);
                if opens_recert(response) {
                    on_open(focus);
                }
            });
        })
        .map_err(|e| e.to_string())?;
    Ok(())
}

/// Windows: a toast Windows can activate after it has left the screen (toast.rs). Its click starts
/// `recert:…`, which reaches a running Recert as a second launch and starts a stopped one; nothing
/// waits on it here.
#[cfg(windows)]
pub fn show(
    notice: &Notice,
    _covered: &[String],
    _on_open: impl FnOnce(Option<Focus>) + Send + 'static,
) -> Result<(), String> {
    let app_id = std::env::current_exe()
        .ok()
        .as_deref()
        .and_then(Path::parent)
        .and_then(windows_app_id)
        .unwrap_or(POWERSHELL_APP_ID);
    let launch = crate::toast::address(notice.focus.as_ref());
    let xml = crate::toast::xml(&notice.summary, &notice.body, &launch);
    crate::toast::show(app_id, &xml).map_err(|e| e.to_string())
}

/// What a build run from cargo's target folder names as a toast's sender: PowerShell's AUMID,
/// which every Windows knows (notify-rust's default), since Windows drops toasts of unknown ones.
#[cfg(windows)]
const POWERSHELL_APP_ID: &str =
    r"{1AC14E77-02E7-4E5D-B744-2EB1AE5198B7}\WindowsPowerShell\v1.0\powershell.exe";

/// Linux: the notifications this process showed that are still up (their clicks reach only it).
#[cfg(all(unix, not(target_os = "macos")))]
static SHOWN: std::sync::Mutex<Vec<(u32, Vec<String>)>> = std::sync::Mutex::new(Vec::new());

#[cfg(all(unix, not(target_os = "macos")))]
fn lock_shown() -> std::sync::MutexGuard<'static, Vec<(u32, Vec<String>)>> {
    SHOWN.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Linux: takes back the notifications this process showed and that are still up, before it hands
/// over to the other Recert process and ends: a click on them would reach nobody. (The window
/// is opening, or the tray process is taking over from a closed one: what they said is in Recert.)
#[cfg(all(unix, not(target_os = "macos")))]
///
/// Returns the delivery keys of the reminders taken back: unrecorded, the other process shows
/// them again (a reminder shown while the window was open must not vanish unseen).
pub fn withdraw_all() -> Vec<String> {
    let shown = std::mem::take(&mut *lock_shown());
    if shown.is_empty() {
        return Vec::new();
    }
    let (ids, keys): (Vec<u32>, Vec<Vec<String>>) = shown.into_iter().unzip();
    let closed = zbus::block_on(async {
        let bus = zbus::Connection::session().await?;
        for id in ids {
            let path = "/org/freedesktop/Notifications";
            bus.call_method(
                Some("org.freedesktop.Notifications"),
                path,
                Some("org.freedesktop.Notifications"),
                "CloseNotification",
                &(id,),
            )
            .await?;
        }
        Ok::<(), zbus::Error>(())
    });
    if let Err(e) = closed {
        eprintln!("recert: notifications: {e}");
    }
    keys.into_iter().flatten().collect()
}

/// Whether a notification service answers now. On Linux, asked of the session bus (at sign-in
/// the service may start after Recert); Windows and macOS always have theirs.
pub fn available() -> bool {
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        notify_rust::get_server_information().is_ok()
    }
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    {
        true
    }
}

/// Whether the notification server renders markup in bodies (KDE does): then a title from an
/// imported file could show as a link, so the body is escaped. Asked at each notification (a few a
/// day): the server may have been replaced since the last one. (Windows toasts are XML text.)
#[cfg(not(windows))]
fn renders_markup() -> bool {
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        notify_rust::get_capabilities().is_ok_and(|caps| caps.iter().any(|c| c == "body-markup"))
    }
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    {
        false
    }
}

/// The body as the server should get it: `&`, `<` and `>` escaped where it renders markup, so
/// text is only ever text.
pub fn body_text(body: &str, markup: bool) -> String {
    if !markup {
        return body.to_owned();
    }
    body.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// A click on the body (macOS reports it as `Default`, freedesktop as the `default` action) opens
/// Recert; a dismissal or an expiry does nothing. (Windows: the toast's address, toast.rs.)
#[cfg_attr(windows, allow(dead_code))] // Windows has its own toast; unit-tested everywhere.
pub fn opens_recert(response: &NotificationResponse) -> bool {
    match response {
        NotificationResponse::Default => true,
        NotificationResponse::Action(key) => key == DEFAULT_ACTION,
        NotificationResponse::Reply(_) | NotificationResponse::Closed(_) => false,
    }
}

/// The AppUserModelID a Windows toast names as its sender, for a Recert started from `exe_dir`.
/// Tauri's MSI and NSIS installers give the Start-menu shortcut the bundle identifier as its AUMID,
/// and Windows shows that shortcut's name and icon on the toast. A build run from cargo's target
/// folder has no such shortcut (Windows would drop its toasts), so it keeps notify-rust's default.
#[cfg_attr(not(windows), allow(dead_code))] // Windows only; unit-tested everywhere.
pub fn windows_app_id(exe_dir: &Path) -> Option<&'static str> {
    let parts: Vec<String> = exe_dir.iter().map(|p| p.to_string_lossy().to_lowercase()).collect();
    let n = parts.len();
    let profile = parts.last().is_some_and(|p| p == "debug" || p == "release");
    // target/release, or target/<triple>/release for a cross-build.
    let in_target = (2..=3).any(|back| n >= back && parts[n - back] == "target");
    if profile && in_target {
        None
    } else {
        Some(crate::paths::IDENTIFIER)
    }
}

/// macOS names a notification's sender by bundle identifier and asks the user to pick an app when
/// none is set; it must be set before the first notification.
#[cfg(target_os = "macos")]
fn name_the_macos_sender() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // Fails only outside the installed bundle (cargo run); notifications then name Terminal.
        let _ = notify_rust::set_application(crate::paths::IDENTIFIER);
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify_rust::CloseReason;

    #[test]
    fn bodies_are_escaped_only_for_servers_that_render_markup() {
        let body = "Renew <a href=\"https://evil.example/\">this</a> & more";
        assert_eq!(body_text(body, false), body);
        assert_eq!(
            body_text(body, true),
            "Renew &lt;a href=\"https://evil.example/\"&gt;this&lt;/a&gt; &amp; more"
        );
    }

    #[test]
    fn a_click_on_the_body_opens_recert_on_every_platform_and_a_dismissal_does_not() {
        assert!(opens_recert(&NotificationResponse::Default));
        assert!(opens_recert(&NotificationResponse::Action(DEFAULT_ACTION.into())));
        assert!(!opens_recert(&NotificationResponse::Action("snooze".into())));
        assert!(!opens_recert(&NotificationResponse::Closed(CloseReason::Dismissed)));
        assert!(!opens_recert(&NotificationResponse::Closed(CloseReason::Expired)));
        assert!(!opens_recert(&NotificationResponse::Reply("x".into())));
    }

    #[test]
    fn windows_toasts_name_recert_only_when_installed() {
        let installed =
            [r"C:\Program Files\Recert", r"C:\Users\ana\AppData\Local\Recert", "/opt/recert"];
        for dir in installed {
            let dir: std::path::PathBuf = dir.split(['\\', '/']).collect();
            assert_eq!(windows_app_id(&dir), Some("app.recert.desktop"), "{dir:?}");
        }
        for dir in [
            "/src/recert/target/release",
            "/src/recert/target/debug",
            "/src/recert/target/x86_64-pc-windows-gnu/release",
            "C:/src/Recert/Target/Release",
        ] {
            assert_eq!(windows_app_id(Path::new(dir)), None, "{dir}");
        }
        // A folder merely called "release" elsewhere is an installation.
        assert_eq!(windows_app_id(Path::new("/home/ana/release")), Some("app.recert.desktop"));
    }

    /// The names the Linux notification gives are the ones the packages install: the desktop entry
    /// is named after productName, the icon after mainBinaryName.
    #[test]
    fn linux_notifications_name_the_installed_desktop_entry_and_icon() {
        let config: serde_json::Value =
            serde_json::from_str(include_str!("../../../tauri.conf.json")).expect("config");
        assert_eq!(config["productName"], DESKTOP_ENTRY);
        assert_eq!(config["mainBinaryName"], ICON_NAME);
    }
}
