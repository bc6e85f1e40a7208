//! Start at sign-in on Windows: the command line of the `Run` registry entry. auto-launch 0.6
//! (under Tauri's autostart plugin) writes `{path} {args}` unquoted, so
//! `C:\Program Files\Recert\recert.exe --hidden` is split at the space and Windows starts nothing
//! at sign-in (zzzgydi/auto-launch#32); a per-user install under a user name with a space breaks the
//! same way. Recert writes the entry again, quoted, right after the plugin.

/// What Windows runs at sign-in: the program quoted, then each argument quoted where it must be,
/// by the rules `CommandLineToArgvW` reads back (backslashes before a quote are doubled).
pub fn command_line(program: &str, args: &[&str]) -> String {
    let mut line = format!("\"{program}\"");
    for arg in args {
        line.push(' ');
        line.push_str(&quote(arg));
    }
    line
}

fn quote(arg: &str) -> String {
    if !arg.is_empty() && !arg.contains([' ', '\t', '"']) {
        return arg.to_owned();
    }
    let mut out = String::from("\"");
    let mut backslashes = 0;
    for c in arg.chars() {
        match c {
            '\\' => backslashes += 1,
            '"' => {
                out.push_str(&"\\".repeat(backslashes * 2 + 1));
                out.push('"');
                backslashes = 0;
            }
            _ => {
                out.push_str(&"\\".repeat(backslashes));
                out.push(c);
                backslashes = 0;
            }
        }
    }
    out.push_str(&"\\".repeat(backslashes * 2));
    out.push('"');
    out
}

/// Writes the `Run` entry `name` (the one the plugin has just written) with the quoted command line.
#[cfg(windows)]
pub fn write_run_entry(
    name: &str,
    program: &std::path::Path,
    args: &[&str],
) -> std::io::Result<()> {
    use winreg::enums::{HKEY_CURRENT_USER, KEY_SET_VALUE};
    let run = winreg::RegKey::predef(HKEY_CURRENT_USER)
        .open_subkey_with_flags(r"Software\Microsoft\Windows\CurrentVersion\Run", KEY_SET_VALUE)?;
    run.set_value(name, &command_line(&program.display().to_string(), args))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_program_under_program_files_is_one_argument() {
        assert_eq!(
            command_line(r"C:\Program Files\Recert\recert.exe", &["--hidden"]),
            r#""C:\Program Files\Recert\recert.exe" --hidden"#
        );
        assert_eq!(
            command_line(r"C:\Users\Ana María\AppData\Local\Recert\recert.exe", &[]),
            r#""C:\Users\Ana María\AppData\Local\Recert\recert.exe""#
        );
    }

    #[test]
    fn arguments_are_quoted_as_windows_reads_them_back() {
        assert_eq!(quote("--hidden"), "--hidden");
        assert_eq!(quote(""), r#""""#);
        assert_eq!(quote(r"C:\My Data\"), r#""C:\My Data\\""#);
        assert_eq!(quote(r#"say "hi""#), r#""say \"hi\"""#);
        assert_eq!(quote(r#"a\"b c"#), r#""a\\\"b c""#);
    }
}
