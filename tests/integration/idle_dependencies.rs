//! Dependencies whose versions decide how often an idle Recert wakes up (docs/BENCHMARKS.md,
//! "Wake-ups"). A `cargo update` can bring these back silently; the lockfile is checked here.

/// `blocking` 1.7.0 (smol-rs/blocking#75) stopped ending idle pool threads while the pool is under
/// its limit, so the thread zbus 5 starts to connect the single-instance plugin to the session bus
/// wakes every 500 ms for the app's whole life. 1.6.2 ends it after 500 ms idle. Cargo.lock pins
/// 1.6.2 (`cargo update -p blocking --precise 1.6.2`); move on when a release fixes the condition.
#[test]
fn blocking_is_a_version_whose_idle_threads_end() {
    let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock"))
        .expect("Cargo.lock");
    let versions: Vec<&str> = lock
        .split("[[package]]")
        .filter(|p| p.contains("\nname = \"blocking\"\n"))
        .filter_map(|p| p.lines().find_map(|l| l.strip_prefix("version = \"")?.strip_suffix('"')))
        .collect();
    assert!(!versions.is_empty(), "blocking is no longer in Cargo.lock: drop this test");
    for v in versions {
        assert!(
            !v.starts_with("1.7."),
            "blocking {v} keeps idle threads waking twice a second; pin 1.6.2 or a fixed release"
        );
    }
}
