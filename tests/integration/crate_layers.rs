//! The crates below the shell stay below it: `recert-core`, `recert-desktop` and `recert-cli` (what
//! the command line and the Linux tray process are built on) reach neither Tauri nor a web view
//! through any dependency, and the core reaches no network, notification or clock crate. Read from
//! Cargo.lock, which `--locked` builds follow, so a dependency added anywhere below shows here; and
//! from the built `recert-cli` itself, which must not load WebKit or GTK.

use std::collections::{BTreeMap, BTreeSet};

/// Package name → the names of its dependencies, from Cargo.lock.
fn graph() -> BTreeMap<String, Vec<String>> {
    let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock"))
        .expect("Cargo.lock");
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for package in lock.split("[[package]]").skip(1) {
        let Some(name) =
            package.lines().find_map(|l| l.strip_prefix("name = \"")?.strip_suffix('"'))
        else {
            continue;
        };
        let deps = package
            .split("dependencies = [")
            .nth(1)
            .map(|d| d.split(']').next().unwrap_or(""))
            .unwrap_or("");
        // "name" or "name version" (when two versions are in the tree).
        let deps = deps.lines().filter_map(|l| {
            l.trim()
                .trim_end_matches(',')
                .strip_prefix('"')?
                .strip_suffix('"')?
                .split(' ')
                .next()
                .map(str::to_owned)
        });
        out.entry(name.to_owned()).or_default().extend(deps);
    }
    out
}

/// Everything `from` depends on. Cargo.lock does not tell dev-dependencies apart, so the tests'
/// own crate (recert-test-support: loopback servers, the fake notification daemon), which only
/// tests build, is not followed.
fn reaches(graph: &BTreeMap<String, Vec<String>>, from: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut todo = vec![from.to_owned()];
    while let Some(name) = todo.pop() {
        for dep in graph.get(&name).into_iter().flatten() {
            if dep == "recert-test-support" {
                continue;
            }
            if seen.insert(dep.clone()) {
                todo.push(dep.clone());
            }
        }
    }
    seen
}

#[test]
fn the_core_and_the_desktop_crate_reach_no_tauri_and_no_web_view() {
    let graph = graph();
    for krate in ["recert-core", "recert-desktop", "recert-cli"] {
        let below = reaches(&graph, krate);
        assert!(below.len() > 5, "{krate} is not in Cargo.lock as expected: {below:?}");
        // `tauri-winrt-notification` is notify-rust's Windows toast crate, not Tauri.
        let tauri = |d: &str| {
            d == "tauri"
                || d.starts_with("tauri-runtime")
                || d.starts_with("tauri-plugin")
                || d == "tauri-utils"
        };
        let bad: Vec<&String> = below
            .iter()
            .filter(|d| {
                tauri(d)
                    || d.starts_with("webkit2gtk")
                    || d.starts_with("wry")
                    || d.starts_with("gtk")
            })
            .collect();
        assert!(bad.is_empty(), "{krate} reaches {bad:?}");
    }
    let core = reaches(&graph, "recert-core");
    for outside in ["reqwest", "notify-rust", "zbus", "tokio", "recert-desktop"] {
        assert!(!core.contains(outside), "recert-core reaches {outside}");
    }
}

/// Every Rust file of the workspace under `dir`, vendored crates and build output aside.
fn rust_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        let name = entry.file_name();
        if path.is_dir() {
            if !["target", "vendor", "node_modules", ".git"].contains(&name.to_str().unwrap_or(""))
            {
                rust_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Each file belongs to one crate: code shared by several (the desktop parts, the tests' servers)
/// is a crate they depend on, never a file included by path into each of them.
#[test]
fn no_file_is_included_by_path() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(root, &mut files);
    assert!(files.len() > 50, "{files:?}");
    let attribute = concat!("#[", "path");
    let included: Vec<_> = files
        .iter()
        .filter(|f| std::fs::read_to_string(f).is_ok_and(|t| t.contains(attribute)))
        .collect();
    assert!(included.is_empty(), "{included:?}");
}

/// The shared libraries an ELF program asks the loader for (`readelf -d`, binutils).
#[cfg(target_os = "linux")]
fn needed(program: &str) -> Vec<String> {
    let out = std::process::Command::new("readelf")
        .args(["-d", program])
        .output()
        .expect("readelf (binutils)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.contains("(NEEDED)"))
        .filter_map(|l| Some(l.split('[').nth(1)?.trim_end_matches(']').to_owned()))
        .collect()
}

#[cfg(target_os = "linux")]
#[test]
fn the_command_line_program_loads_no_web_view_and_no_gui_toolkit() {
    let cli = needed(env!("CARGO_BIN_EXE_recert-cli"));
    assert!(cli.iter().any(|l| l.starts_with("libc.so")), "{cli:?}");
    let gui: Vec<&String> = cli
        .iter()
        .filter(|l| {
            l.contains("webkit")
                || l.contains("gtk")
                || l.contains("gdk")
                || l.contains("soup")
                || l.contains("javascriptcore")
        })
        .collect();
    assert!(gui.is_empty(), "recert-cli loads {gui:?}");
    // The app does (the check above can fail).
    assert!(needed(env!("CARGO_BIN_EXE_recert")).iter().any(|l| l.contains("webkit")));
}
