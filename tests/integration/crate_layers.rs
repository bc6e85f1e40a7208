//! The crates below the shell stay below it: `recert-core` and `recert-desktop` (what the command
//! line and the Linux tray process are built on) reach neither Tauri nor a web view through any
//! dependency, and the core reaches no network, notification or clock crate. Read from Cargo.lock,
//! which `--locked` builds follow, so a dependency added anywhere below shows here.

use std::collections::{BTreeMap, BTreeSet};

/// Package name → the names of its dependencies, from Cargo.lock.
fn graph() -> BTreeMap<String, Vec<String>> {
    let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock")).expect("Cargo.lock");
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for package in lock.split("[[package]]").skip(1) {
        let Some(name) = package.lines().find_map(|l| l.strip_prefix("name = \"")?.strip_suffix('"')) else { continue };
        let deps = package.split("dependencies = [").nth(1).map(|d| d.split(']').next().unwrap_or("")).unwrap_or("");
        // "name" or "name version" (when two versions are in the tree).
        let deps = deps.lines().filter_map(|l| l.trim().trim_end_matches(',').strip_prefix('"')?.strip_suffix('"')?.split(' ').next().map(str::to_owned));
        out.entry(name.to_owned()).or_default().extend(deps);
    }
    out
}

fn reaches(graph: &BTreeMap<String, Vec<String>>, from: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut todo = vec![from.to_owned()];
    while let Some(name) = todo.pop() {
        for dep in graph.get(&name).into_iter().flatten() {
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
    for krate in ["recert-core", "recert-desktop"] {
        let below = reaches(&graph, krate);
        assert!(below.len() > 5, "{krate} is not in Cargo.lock as expected: {below:?}");
        // `tauri-winrt-notification` is notify-rust's Windows toast crate, not Tauri.
        let tauri = |d: &str| d == "tauri" || d.starts_with("tauri-runtime") || d.starts_with("tauri-plugin") || d == "tauri-utils";
        let bad: Vec<&String> = below.iter().filter(|d| tauri(d) || d.starts_with("webkit2gtk") || d.starts_with("wry") || d.starts_with("gtk")).collect();
        assert!(bad.is_empty(), "{krate} reaches {bad:?}");
    }
    let core = reaches(&graph, "recert-core");
    for outside in ["reqwest", "notify-rust", "zbus", "tokio", "recert-desktop"] {
        assert!(!core.contains(outside), "recert-core reaches {outside}");
    }
}
