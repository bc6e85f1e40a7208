//! Nothing acknowledged is lost: a child process makes 10,000 acknowledged writes (each returns
//! only after sled's flush) and is killed with SIGKILL at random points, 25 times; after each
//! kill the store reopens consistent and holds every write the child acknowledged.
//! Figures: docs/RELIABILITY.md (`cargo test --release -p recert-core --test core crash -- --nocapture`).

use recert_core::model::HoldingRecord;
use recert_core::store::Store;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use crate::crash_record::{record, WRITES};

const KILLS: u32 = 25;

/// The writer example, built by `cargo test` beside this test binary (target/<profile>/examples).
fn writer() -> std::path::PathBuf {
    let exe = std::env::current_exe().expect("test binary");
    let profile = exe.parent().and_then(std::path::Path::parent).expect("target/<profile>");
    let writer =
        profile.join("examples").join(format!("crash_writer{}", std::env::consts::EXE_SUFFIX));
    assert!(writer.exists(), "{} not built: cargo test builds the examples", writer.display());
    writer
}

/// xorshift: random kill points, reproducible from the printed seed.
fn next(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

#[test]
fn nothing_acknowledged_is_lost_under_sigkill() {
    let dir = tempfile::tempdir().expect("dir");
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(7, |d| d.as_nanos() as u64)
        | 1;
    let mut rng = seed;
    let exe = writer();
    let mut acked: Option<u32> = None;
    let mut kills = 0;
    let started = std::time::Instant::now();
    while acked.map_or(0, |a| a + 1) < WRITES {
        let start = acked.map_or(0, |a| a + 1);
        let remaining = WRITES - start;
        let kill_after = if kills < KILLS {
            1 + (next(&mut rng) % u64::from((remaining / (KILLS - kills + 1)).max(1) * 2)) as u32
        } else {
            u32::MAX
        };
        let mut child = Command::new(&exe)
            .env("RECERT_CRASH_DIR", dir.path())
            .env("RECERT_CRASH_START", start.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn the writer");
        let stdout = child.stdout.take().expect("stdout");
        let mut seen = 0;
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            let Some(i) = line.strip_prefix("ack ").and_then(|n| n.parse::<u32>().ok()) else {
                continue;
            };
            acked = Some(i);
            seen += 1;
            if seen >= kill_after {
                child.kill().expect("SIGKILL");
                kills += 1;
                break;
            }
        }
        let _ = child.wait();
        // Reopen as the app would: every acknowledged write is there, every value decodes.
        let store = Store::open(dir.path())
            .unwrap_or_else(|e| panic!("reopen after kill {kills} (seed {seed}): {e}"));
        let held = store
            .holdings()
            .unwrap_or_else(|e| panic!("read after kill {kills} (seed {seed}): {e}"));
        let upto = acked.map_or(0, |a| a + 1);
        assert!(
            held.len() as u32 >= upto,
            "kill {kills} (seed {seed}): {} held, {upto} acknowledged",
            held.len()
        );
        let by_id: std::collections::HashMap<&str, &HoldingRecord> =
            held.iter().map(|h| (h.id.as_str(), h)).collect();
        for i in 0..upto {
            let want = record(i);
            assert_eq!(
                by_id.get(want.id.as_str()),
                Some(&&want),
                "kill {kills} (seed {seed}): write {i} lost or changed"
            );
        }
    }
    assert!(kills >= 20, "only {kills} kills");
    println!(
        "crash test: {WRITES} acknowledged writes, {kills} SIGKILLs, 0 lost, {:.1} s (seed {seed})",
        started.elapsed().as_secs_f64()
    );
}
