//! The `recert` package: the Tauri shell over `recert-core` and `recert-desktop`; the command line
//! is `recert-cli` (src-tauri/cli), which the app runs for its subcommands.

pub mod shell;

#[cfg(test)]
mod tests {
    /// The three lists of commands agree: `commands.txt` (permissions), the capability file
    /// (what the window is granted) and the handler (what exists). A command added to one and
    /// not the others would either be unreachable or granted without need.
    #[test]
    fn command_lists_agree() {
        let listed: Vec<String> = include_str!("commands.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_owned).collect();
        let capability: serde_json::Value = serde_json::from_str(include_str!("../capabilities/main.json")).expect("capability JSON");
        let granted: Vec<String> = capability["permissions"]
            .as_array()
            .expect("permissions")
            .iter()
            .filter_map(|p| p.as_str().expect("string").strip_prefix("allow-").map(|c| c.replace('-', "_")))
            .collect();
        let shell = include_str!("shell/mod.rs");
        let handler_start = shell.find("generate_handler![").expect("handler");
        let handler_end = handler_start + shell[handler_start..].find(']').expect("end");
        let handled: Vec<String> =
            shell[handler_start..handler_end].split("commands::").skip(1).map(|s| s.trim_end_matches(|c: char| c == ',' || c.is_whitespace()).to_owned()).collect();
        assert_eq!(listed, granted);
        assert_eq!(listed, handled);
    }
}
