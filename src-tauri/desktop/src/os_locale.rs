//! The user's language before the window says which: from the shell's variables or the OS.
//! No Tauri here: the Linux tray process (src-tauri/resident) shares this file.

/// The user's language tag: the POSIX variables where a shell sets them (every Unix terminal, and
/// Git Bash or WSL on Windows), else the OS setting itself (the display language on Windows,
/// which sets no `LANG`; the preferred languages on macOS), as the window's web view reports it.
pub fn os_locale() -> String {
    pick_locale(|k| std::env::var(k).ok(), sys_locale::get_locale)
}

fn pick_locale(
    var: impl Fn(&str) -> Option<String>,
    os: impl FnOnce() -> Option<String>,
) -> String {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|k| var(k).filter(|v| !v.is_empty()))
        .or_else(os)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::pick_locale;

    #[test]
    fn a_shell_variable_wins_and_the_os_setting_answers_when_none_is_set() {
        let none = |_: &str| None;
        // Windows: no LANG, so the OS display language decides.
        assert_eq!(pick_locale(none, || Some("ja-JP".into())), "ja-JP");
        assert_eq!(
            pick_locale(|k| (k == "LANG").then(|| "zh_TW.UTF-8".into()), || Some("en-US".into())),
            "zh_TW.UTF-8"
        );
        assert_eq!(pick_locale(|k| (k == "LC_ALL").then(|| "ja_JP".into()), || None), "ja_JP");
        assert_eq!(pick_locale(|k| (k == "LANG").then(String::new), || Some("ja".into())), "ja");
        assert_eq!(pick_locale(none, || None), "");
    }
}
