//! Linux: the desktop's interface font, for the page.
//!
//! On Windows and macOS the page's `system-ui` is the desktop's font. In WebKitGTK it is only a
//! fontconfig alias (Cantarell, then a list of others), and GTK's own widgets, the title bar and
//! the tray menu use GTK's font setting instead, which may be another family altogether (Ubuntu's,
//! for one). Worse for start-up: every family the page names that is not installed costs
//! WebKitGTK a check of the whole alias list for each weight (about 20 ms of a start here,
//! docs/BENCHMARKS.md). So the page names GTK's family first, and that family is installed.

use gtk::prelude::*;

/// The family of GTK's font setting ("Cantarell 11" → "Cantarell"). Call on the main thread
/// once GTK has started (Tauri's `setup`); `None` if GTK has no settings object.
pub fn family() -> Option<String> {
    let settings = gtk::Settings::default()?;
    family_of(&settings.gtk_font_name()?)
}

/// The family part of a Pango font name ("Noto Sans CJK JP Bold 10" → "Noto Sans CJK JP").
fn family_of(font_name: &str) -> Option<String> {
    let family = gtk::pango::FontDescription::from_string(font_name).family()?;
    let family = family.trim();
    (!family.is_empty()).then(|| family.to_string())
}

#[cfg(test)]
mod tests {
    use super::family_of;

    #[test]
    fn the_family_is_the_font_name_without_its_style_and_size() {
        assert_eq!(family_of("Cantarell 11").as_deref(), Some("Cantarell"));
        assert_eq!(family_of("Ubuntu 11").as_deref(), Some("Ubuntu"));
        assert_eq!(family_of("Noto Sans CJK JP Bold 10").as_deref(), Some("Noto Sans CJK JP"));
        assert_eq!(family_of("Sans 10").as_deref(), Some("Sans"));
        assert_eq!(
            family_of("Adwaita Sans, Cantarell 11").as_deref(),
            Some("Adwaita Sans,Cantarell")
        );
        assert_eq!(family_of(""), None);
        assert_eq!(family_of("12"), None);
    }
}
