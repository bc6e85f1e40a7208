//! The workflows that lost data (issue "No workflow loses data"), each through the real CLI: a
//! restore on a new machine followed by additions, `forget` racing another Recert, a transcript
//! fetch that must not hold the store, names with terminal controls, absurd dates from Microsoft,
//! and a transcript over the limits. Loopback servers only (RECERT_LEARN_BASE_URL).

use crate::http_server::{Answer, TestServer};
use recert_core::Ctx;
use recert_core::Recert;
use serde_json::json;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const PATH: &str = "/api/profiles/transcript/share/d8yjji2ozk7y3jp";
const LINK: &str =
    "https://learn.microsoft.com/en-us/users/ana-lima/transcript/share/d8yjji2ozk7y3jp";

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/integration/fixtures/transcripts")
            .join(name),
    )
    .expect("fixture")
}

fn cli(dir: &Path, base: &str, args: &[&str]) -> Command {
    let mut c = crate::recert_cli("C");
    c.args(args)
        .arg("--data-dir")
        .arg(dir)
        .args(["--today", "2026-12-06"])
        .env("RECERT_LEARN_BASE_URL", base);
    c
}

fn run(dir: &Path, base: &str, args: &[&str]) -> Output {
    cli(dir, base, args).output().expect("run recert-cli")
}

fn ok(out: &Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(0),
        "stdout: {} stderr: {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn transcript(active: serde_json::Value) -> Vec<u8> {
    json!({ "certificationData": { "mcid": "987654321", "activeCertifications": active, "historicalCertifications": [] } }).to_string().into_bytes()
}

fn ids(dir: &Path) -> Vec<String> {
    let r = Recert::open(dir).expect("store");
    let mut ids: Vec<String> =
        r.store().holdings().expect("holdings").into_iter().map(|h| h.id).collect();
    ids.sort();
    ids
}

#[test]
fn a_restore_on_a_new_machine_then_additions_keep_every_certification() {
    let server = TestServer::start();
    let (old, new) = (tempfile::tempdir().expect("old"), tempfile::tempdir().expect("new"));
    server.route(PATH, Answer::text("application/json", &fixture("complete.json")));
    ok(&run(old.path(), &server.base, &["import-transcript", LINK]));
    let file = old.path().join("export.json");
    ok(&run(old.path(), &server.base, &["export", file.to_str().expect("utf-8")]));
    let restored = {
        ok(&run(new.path(), &server.base, &["import", file.to_str().expect("utf-8")]));
        ids(new.path())
    };
    assert_eq!(restored.len(), 5);
    // The new machine's database numbers its ids from scratch: what it adds now must not take
    // the id of a restored certification.
    server.route(PATH, Answer::text("application/json", &fixture("applied-skills.json")));
    ok(&run(new.path(), &server.base, &["import-transcript", LINK]));
    let after = ids(new.path());
    assert!(
        restored.iter().all(|id| after.contains(id)),
        "every restored certification is still there: {restored:?} {after:?}"
    );
    assert!(after.len() > restored.len());
    // And what it holds now exports and imports back.
    let again = new.path().join("again.json");
    ok(&run(new.path(), &server.base, &["export", again.to_str().expect("utf-8")]));
    let dry = ok(&run(
        new.path(),
        &server.base,
        &["import", again.to_str().expect("utf-8"), "--dry-run"],
    ));
    assert!(dry.contains("nothing to change"), "{dry}");
}

#[test]
fn a_transcript_fetch_never_holds_the_store() {
    let server = TestServer::start();
    server.route(PATH, Answer::silence());
    let dir = tempfile::tempdir().expect("dir");
    ok(&run(
        dir.path(),
        &server.base,
        &["export", dir.path().join("first.json").to_str().expect("utf-8")],
    ));
    let mut waiting = cli(dir.path(), &server.base, &["import-transcript", LINK])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    std::thread::sleep(std::time::Duration::from_millis(500));
    // While it waits on Microsoft, another Recert gets the store at once (it used to wait 10 s and
    // give up: "another Recert is working with your data").
    let started = std::time::Instant::now();
    ok(&run(
        dir.path(),
        &server.base,
        &["export", dir.path().join("during.json").to_str().expect("utf-8")],
    ));
    assert!(started.elapsed() < std::time::Duration::from_secs(5), "{:?}", started.elapsed());
    let _ = waiting.kill();
    let _ = waiting.wait();
}

#[test]
fn names_with_terminal_controls_are_cleaned_and_never_printed_raw() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("dir");
    let name = "Microsoft Certified: Contoso\u{1b}]0;owned\u{7} Widgets\r\u{85} \u{202e}Specialty";
    server.route(
        PATH,
        Answer::text(
            "application/json",
            &transcript(json!([{ "name": name, "status": "Active", "dateEarned": "2026-01-10T09:00:00+00:00", "expiration": "2027-01-10T23:59:59+00:00" }])),
        ),
    );
    let out = run(dir.path(), &server.base, &["import-transcript", LINK]);
    let stdout = ok(&out);
    assert!(
        !stdout.chars().any(|c| c == '\u{1b}'
            || c == '\u{7}'
            || c == '\r'
            || c == '\u{85}'
            || c == '\u{202e}'),
        "{stdout:?}"
    );
    let r = Recert::open(dir.path()).expect("store");
    let held = r.store().holdings().expect("holdings");
    assert_eq!(
        held[0].custom_title.as_deref(),
        Some("Microsoft Certified: Contoso ]0;owned Widgets Specialty")
    );
}

#[test]
fn absurd_dates_from_microsoft_are_shown_not_stored() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("dir");
    server.route(
        PATH,
        Answer::text(
            "application/json",
            &transcript(json!([
                { "name": "Microsoft Certified: Azure Administrator Associate", "status": "Active", "dateEarned": "2025-03-14T10:00:00+00:00", "expiration": "9999-12-31T23:59:59+00:00" },
                { "name": "Microsoft Certified: Azure Network Engineer Associate", "status": "Active", "dateEarned": "2026-02-01T10:00:00+00:00", "expiration": "2025-02-01T23:59:59+00:00" },
                { "name": "Microsoft Certified: Azure Database Administrator Associate", "status": "Active", "dateEarned": "2026-02-01T10:00:00+00:00", "expiration": "2027-02-01T23:59:59+00:00" }
            ])),
        ),
    );
    let stdout = ok(&run(dir.path(), &server.base, &["import-transcript", LINK]));
    assert!(stdout.starts_with("From the transcript: 1 to add"), "{stdout}");
    assert!(
        stdout.contains("Not imported: Microsoft Certified: Azure Administrator Associate (certificationData.activeCertifications[0].expiration): expires on 9999-12-31"),
        "{stdout}"
    );
    assert!(stdout.contains("(certificationData.activeCertifications[1].expiration)"), "{stdout}");
    assert_eq!(ids(dir.path()).len(), 1, "only the plausible one");
}

#[test]
fn a_transcript_over_the_limit_is_refused_whole() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().expect("dir");
    let many: Vec<serde_json::Value> = (0..=recert_core::limits::MAX_TRANSCRIPT_CERTIFICATIONS)
        .map(|i| json!({ "name": format!("Microsoft Applied Skills: Skill {i}"), "status": "Active", "dateEarned": "2025-01-01T00:00:00+00:00" }))
        .collect();
    server.route(PATH, Answer::text("application/json", &transcript(json!(many))));
    let out = run(dir.path(), &server.base, &["import-transcript", LINK]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .starts_with("certificationData: has more than 1000 entries"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(ids(dir.path()).is_empty());
}

#[test]
fn forget_racing_another_recert_leaves_nothing_half_done() {
    let server = TestServer::start();
    server.route(PATH, Answer::text("application/json", &fixture("complete.json")));
    for round in 0..4 {
        let dir = tempfile::tempdir().expect("dir");
        let data = dir.path().join("data");
        ok(&run(&data, &server.base, &["import-transcript", LINK]));
        // A backup, as the tray's daily pass writes one.
        let day = recert_core::date::parse_date("2026-12-06").expect("day");
        let ctx = Ctx::new(day, recert_core::date::start_of_day_utc(day), recert_core::Locale::En);
        Recert::open(&data).expect("store").daily_backup(&ctx).expect("backup");
        let out = dir.path().join("export.json");
        let export = cli(&data, &server.base, &["export", out.to_str().expect("utf-8")])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("export");
        let forget = run(&data, &server.base, &["forget", "--yes"]);
        let export = export.wait_with_output().expect("export ends");
        assert_eq!(
            forget.status.code(),
            Some(0),
            "round {round}: {}",
            String::from_utf8_lossy(&forget.stderr)
        );
        assert_eq!(
            export.status.code(),
            Some(0),
            "round {round}: the export ran before or after, never inside: {}",
            String::from_utf8_lossy(&export.stderr)
        );
        // Whatever the order, the store opens afterwards, and no backup of the deleted data is left.
        let after = run(
            &data,
            &server.base,
            &["export", dir.path().join("after.json").to_str().expect("utf-8")],
        );
        assert_eq!(
            after.status.code(),
            Some(0),
            "round {round}: {}",
            String::from_utf8_lossy(&after.stderr)
        );
        assert!(!data.join("backups").exists(), "round {round}");
        assert!(ids(&data).is_empty(), "round {round}");
    }
}

#[test]
fn two_people_of_one_name_are_never_mixed_up() {
    let dir = tempfile::tempdir().expect("dir");
    {
        let r = Recert::open(dir.path()).expect("store");
        let ana = r.add_person("Ana").expect("Ana").id;
        assert!(r.add_person("ANA").is_err(), "a second Ana is refused");
        assert!(r.add_person("Me").is_err(), "nobody is called like the user");
        // A store an older Recert wrote may hold two: make one.
        let mut twin = r.store().person(&ana).expect("read").expect("Ana");
        twin.id = "u999".into();
        r.store().put_person(&twin).expect("written");
    }
    let file = dir.path().join("ana.ics");
    let out = run(
        dir.path(),
        "http://127.0.0.1:9",
        &["calendar", file.to_str().expect("utf-8"), "--person", "Ana"],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("names more than one person you follow") && err.contains("u999"), "{err}");
    assert!(!file.exists(), "nothing written");
    ok(&run(
        dir.path(),
        "http://127.0.0.1:9",
        &["calendar", file.to_str().expect("utf-8"), "--person", "u999"],
    ));
}
