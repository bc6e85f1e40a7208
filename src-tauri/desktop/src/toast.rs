//! Windows toasts that still open Recert after they have left the screen. notify-rust's toast
//! answers a click only while the banner is up and its process waits for it; a toast in the
//! notification centre needs an activation Windows can start by itself. Recert's toasts carry a
//! `recert:` address (protocol activation), which Recert registers for the user at every start
//! (`register_protocol`); Windows starts `recert.exe --open recert:holding:…`, which a running
//! Recert receives as a second launch and a stopped one as its start.

/// The address scheme Recert registers, and the one launch address of the dashboard (a notice
/// about several certifications).
pub const SCHEME: &str = "recert";

/// The address a click on a notice about `focus` opens (`recert:holding:h1`), or the dashboard.
pub fn address(focus: Option<&recert_core::alerts::Focus>) -> String {
    match focus {
        Some(focus) => format!("{SCHEME}:{}", focus.menu_id()),
        None => format!("{SCHEME}:"),
    }
}

/// An `--open` value as written (`holding:h1`) or as an address (`recert:holding:h1`); `None`
/// inside `Some` is the dashboard's address. `None`: not something Recert can open.
pub fn open_value(text: &str) -> Option<Option<recert_core::alerts::Focus>> {
    let id = text.strip_prefix(SCHEME).and_then(|rest| rest.strip_prefix(':')).unwrap_or(text);
    if id.is_empty() {
        return Some(None);
    }
    recert_core::alerts::Focus::from_menu_id(id).map(Some)
}

/// The toast's XML: the summary and body as text, a click starting `launch` (protocol activation).
pub fn xml(summary: &str, body: &str, launch: &str) -> String {
    format!(
        "<toast launch=\"{}\" activationType=\"protocol\"><visual><binding template=\"ToastGeneric\">\
         <text>{}</text><text>{}</text></binding></visual></toast>",
        escape(launch),
        escape(summary),
        escape(body)
    )
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // XML 1.0 has no place for other control characters.
            c if c.is_control() && !matches!(c, '\n' | '\t') => {}
            c => out.push(c),
        }
    }
    out
}

/// What Windows runs for a `recert:` address: Recert with the address to open.
pub fn protocol_command(program: &str) -> String {
    format!("{} \"%1\"", crate::autostart::command_line(program, &["--open"]))
}

/// Shows the toast under `app_id` (the Start-menu shortcut's AUMID).
#[cfg(windows)]
pub fn show(app_id: &str, xml: &str) -> windows::core::Result<()> {
    use windows::core::HSTRING;
    use windows::Data::Xml::Dom::XmlDocument;
    use windows::UI::Notifications::{ToastNotification, ToastNotificationManager};
    let doc = XmlDocument::new()?;
    doc.LoadXml(&HSTRING::from(xml))?;
    let toast = ToastNotification::CreateToastNotification(&doc)?;
    ToastNotificationManager::CreateToastNotifierWithId(&HSTRING::from(app_id))?.Show(&toast)
}

/// Registers the `recert:` protocol for this user (HKCU, no administrator), pointing at `program`.
/// Written at every start, so it follows the installed Recert (a move, an update, MSI or NSIS).
#[cfg(windows)]
pub fn register_protocol(program: &std::path::Path) -> std::io::Result<()> {
    use winreg::enums::HKEY_CURRENT_USER;
    let classes = winreg::RegKey::predef(HKEY_CURRENT_USER);
    let (key, _) = classes.create_subkey(format!(r"Software\Classes\{SCHEME}"))?;
    key.set_value("", &"URL:Recert")?;
    key.set_value("URL Protocol", &"")?;
    let (command, _) = key.create_subkey(r"shell\open\command")?;
    command.set_value("", &protocol_command(&program.display().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use recert_core::alerts::Focus;

    #[test]
    fn an_address_opens_what_the_notice_is_about() {
        let focus = Focus::Holding("h1a".into());
        assert_eq!(address(Some(&focus)), "recert:holding:h1a");
        assert_eq!(address(None), "recert:");
        assert_eq!(open_value(&address(Some(&focus))), Some(Some(focus.clone())));
        assert_eq!(open_value("holding:h1a"), Some(Some(focus)));
        assert_eq!(open_value("recert:"), Some(None));
        assert_eq!(open_value("recert:plan:p2"), Some(Some(Focus::Plan("p2".into()))));
        assert_eq!(open_value("recert:nonsense"), None);
        assert_eq!(open_value("nonsense"), None);
    }

    #[test]
    fn the_toast_is_activated_by_its_address_and_its_text_stays_text() {
        let x = xml("AZ-104 <expires>", "Renew & \"keep\" it", "recert:holding:h1");
        assert!(x.starts_with(r#"<toast launch="recert:holding:h1" activationType="protocol">"#));
        assert!(x.contains("<text>AZ-104 &lt;expires&gt;</text>"));
        assert!(x.contains("<text>Renew &amp; &quot;keep&quot; it</text>"));
        assert_eq!(escape("a\u{7}b\nc"), "ab\nc");
    }

    #[test]
    fn windows_starts_recert_with_the_address() {
        assert_eq!(
            protocol_command(r"C:\Program Files\Recert\recert.exe"),
            r#""C:\Program Files\Recert\recert.exe" --open "%1""#
        );
    }
}
