//! `recert eval` through the built binary, as a script would call it (README, "recert eval").

use serde_json::{json, Value};
use std::io::Write;
use std::process::{Command, Stdio};

struct Outcome {
    code: i32,
    stdout: String,
    stderr: String,
}

fn recert(args: &[&str], stdin: &str) -> Outcome {
    let mut child = Command::new(env!("CARGO_BIN_EXE_recert"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn recert");
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("write stdin");
    let out = child.wait_with_output().expect("recert runs");
    Outcome {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("utf-8 stdout"),
        stderr: String::from_utf8(out.stderr).expect("utf-8 stderr"),
    }
}

fn eval_ok(request: Value) -> Vec<Value> {
    let out = recert(&["eval"], &request.to_string());
    assert_eq!(out.code, 0, "stderr: {}", out.stderr);
    assert!(out.stderr.is_empty());
    let v: Value = serde_json::from_str(&out.stdout).expect("stdout is JSON");
    v["holdings"].as_array().expect("holdings array").clone()
}

/// Exit 2, nothing on stdout, exactly one line on stderr; returns that line.
fn eval_refused(request: &str) -> String {
    let out = recert(&["eval"], request);
    assert_eq!(out.code, 2, "stdout: {} stderr: {}", out.stdout, out.stderr);
    assert!(out.stdout.is_empty(), "stdout must be empty, got {}", out.stdout);
    assert_eq!(out.stderr.lines().count(), 1, "one line on stderr: {:?}", out.stderr);
    out.stderr.trim_end().to_owned()
}

fn ids(h: &Value) -> Vec<&str> {
    h["reasons"]
        .as_array()
        .expect("reasons")
        .iter()
        .map(|r| r["id"].as_str().expect("id"))
        .collect()
}

#[test]
fn az104_from_the_catalog() {
    let hs = eval_ok(json!({"today": "2026-11-22", "holdings": [
        {"id": "az104", "certification": "certification.azure-administrator", "earned_on": "2026-03-14"}
    ]}));
    let h = &hs[0];
    assert_eq!(h["id"], "az104");
    assert_eq!(h["status"], "renewal-open");
    assert_eq!(h["expires_on"], "2027-03-14");
    assert_eq!(h["renewal_window_opens_on"], "2026-09-15");
    assert_eq!(h["can_renew_now"], true);
    assert_eq!(h["next_attempt_at"], Value::Null);
    assert_eq!(h["reminders"], json!(["2026-09-15", "2026-12-14", "2027-02-12", "2027-03-07"]));
    assert_eq!(ids(h), vec!["reason-valid-one-year", "reason-renewal-open"]);
    let first = &h["reasons"][0];
    assert_eq!(first["args"], json!({"earned": "2026-03-14", "expires": "2027-03-14"}));
    assert_eq!(first["text"], "Earned on 2026-03-14, on or after 2021-06-30, so valid for one year: it expires on 2027-03-14.");
    // Keys in the documented order.
    let keys: Vec<&str> = h.as_object().expect("object").keys().map(String::as_str).collect();
    let mut sorted = vec![
        "id",
        "status",
        "expires_on",
        "renewal_window_opens_on",
        "can_renew_now",
        "next_attempt_at",
        "reminders",
        "reasons",
    ];
    sorted.sort_unstable();
    assert_eq!(keys, sorted);
}

#[test]
fn every_status_and_the_renewal_chain() {
    let hs = eval_ok(json!({"today": "2026-11-22", "holdings": [
        {"id": "f", "certification_type": "fundamentals"},
        {"id": "active", "certification_type": "specialty", "earned_on": "2026-08-01"},
        {"id": "old", "certification_type": "role-based", "earned_on": "2019-02-28", "renewed_on": ["2021-01-15"]},
        {"id": "renewed", "certification_type": "role-based", "earned_on": "2026-03-14", "renewed_on": ["2026-10-01"]}
    ]}));
    assert_eq!(hs[0]["status"], "no-expiry");
    assert_eq!(
        (hs[0]["expires_on"].clone(), hs[0]["renewal_window_opens_on"].clone()),
        (Value::Null, Value::Null)
    );
    assert_eq!(hs[0]["reminders"], json!([]));
    assert_eq!(ids(&hs[0]), vec!["reason-never-expires"]);

    assert_eq!(hs[1]["status"], "active");
    assert_eq!(hs[1]["expires_on"], "2027-08-01");
    assert_eq!(hs[1]["can_renew_now"], false);
    assert_eq!(hs[1]["reminders"].as_array().map(Vec::len), Some(4));

    assert_eq!(hs[2]["status"], "expired");
    assert_eq!(hs[2]["expires_on"], "2022-02-28");
    assert_eq!(hs[2]["reminders"], json!([]));
    assert_eq!(ids(&hs[2]), vec!["reason-valid-two-years", "reason-renewed", "reason-expired"]);
    assert_eq!(
        hs[2]["reasons"][1]["args"],
        json!({"on": "2021-01-15", "from": "2021-02-28", "to": "2022-02-28"})
    );

    assert_eq!(hs[3]["status"], "active");
    assert_eq!(hs[3]["expires_on"], "2028-03-14");
    assert_eq!(hs[3]["reasons"][1]["text"], "Renewed on 2026-10-01: expiry moved from 2027-03-14 to 2028-03-14, one year on from the expiry it replaced.");
}

#[test]
fn next_attempt_after_two_failures() {
    let hs =
        eval_ok(json!({"today": "2026-11-22", "now": "2026-11-22T15:00:00+09:00", "holdings": [
            {"id": "x", "certification_type": "role-based", "earned_on": "2026-03-14",
             "assessment_attempts": ["2026-11-22T01:00:00Z", "2026-11-22T02:30:00Z"]}
        ]}));
    assert_eq!(hs[0]["next_attempt_at"], "2026-11-23T02:30:00Z");
    assert!(ids(&hs[0]).contains(&"reason-retry-after"));
    // Default now is today at 00:00Z: the attempts would be in the future.
    let line = eval_refused(
        r#"{"today":"2026-11-22","holdings":[{"id":"x","certification_type":"role-based","earned_on":"2026-03-14","assessment_attempts":["2026-11-22T01:00:00Z"]}]}"#,
    );
    assert!(line.starts_with("holdings[0].assessment_attempts[0]: "), "{line}");
}

#[test]
fn retired_and_not_yet_offered_from_the_request() {
    let hs = eval_ok(json!({"today": "2021-01-20", "holdings": [
        {"id": "a", "certification_type": "role-based", "earned_on": "2019-06-01", "renewal_available_from": "2021-02-01"},
        {"id": "b", "certification_type": "role-based", "earned_on": "2019-06-01", "retired_on": "2021-01-01"}
    ]}));
    // Inside the window but not renewable today: active, never renewal-open, with the reason.
    assert_eq!(
        (hs[0]["status"].as_str(), hs[0]["can_renew_now"].as_bool()),
        (Some("active"), Some(false))
    );
    assert!(ids(&hs[0]).contains(&"reason-renewal-offered-from"));
    assert!(ids(&hs[0]).contains(&"reason-valid-no-renewal"));
    assert_eq!(hs[0]["renewal_window_opens_on"], "2020-12-03");
    assert_eq!(hs[0]["reminders"][0], "2021-02-01");
    // Retired: active until it expires, no window, no reminder to renew.
    assert_eq!(
        (hs[1]["status"].as_str(), hs[1]["can_renew_now"].as_bool()),
        (Some("active"), Some(false))
    );
    assert!(ids(&hs[1]).contains(&"reason-retired"));
    assert!(ids(&hs[1]).contains(&"reason-valid-no-renewal"));
    assert_eq!(hs[1]["renewal_window_opens_on"], serde_json::Value::Null);
    assert_eq!(hs[1]["reminders"], json!([]));
}

#[test]
fn catalog_retirements_replacements_and_coming_retirements_reach_the_contract() {
    let hs = eval_ok(json!({"today": "2025-05-01", "holdings": [
        {"id": "dp203", "certification": "certification.azure-data-engineer", "earned_on": "2024-09-10"},
        {"id": "az204", "certification": "certification.azure-developer", "earned_on": "2024-09-10"},
        {"id": "old-uid", "certification": "certification.endpoint-administrator", "earned_on": "2024-09-10"}
    ]}));
    assert_eq!(hs[0]["status"], "active");
    let replaced = hs[0]["reasons"]
        .as_array()
        .expect("reasons")
        .iter()
        .find(|r| r["id"] == "reason-replaced-by")
        .expect("replacement named");
    assert_eq!(replaced["text"], "Microsoft names Microsoft Certified: Fabric Data Engineer Associate as the certification to earn instead.");
    // AZ-204's 2026 retirement, a year ahead: renewal goes on until then.
    assert_eq!(
        (hs[1]["status"].as_str(), hs[1]["can_renew_now"].as_bool()),
        (Some("renewal-open"), Some(true)),
        "renewable until its retirement"
    );
    assert!(ids(&hs[1]).contains(&"reason-retires-on"));
    assert_eq!(hs[2]["expires_on"], "2025-09-10", "an old uid still finds its certification");
}

#[test]
fn custom_reminder_offsets() {
    let hs = eval_ok(json!({"today": "2026-11-22", "reminder_offsets": [14, 60], "holdings": [
        {"id": "x", "certification_type": "role-based", "earned_on": "2026-03-14"}
    ]}));
    assert_eq!(hs[0]["reminders"], json!(["2027-01-13", "2027-02-28"]));
}

#[test]
fn reads_the_file_named_as_argument() {
    let dir = std::env::temp_dir().join(format!("recert-eval-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("request.json");
    std::fs::write(&file, include_str!("fixtures/eval_request.json")).expect("write request");
    let out = recert(&["eval", file.to_str().expect("utf-8 path")], "");
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v: Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(v["holdings"].as_array().map(Vec::len), Some(3));
    let missing = recert(&["eval", dir.join("nope.json").to_str().expect("utf-8")], "");
    assert_eq!(missing.code, 2);
    assert!(missing.stderr.starts_with("(input): cannot read "), "{}", missing.stderr);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn invalid_input_names_the_field_path() {
    let holdings = |h3: &str| {
        format!(
            r#"{{"today":"2026-11-22","holdings":[{{"id":"0","certification_type":"fundamentals"}},{{"id":"1","certification_type":"mos"}},{{"id":"2","certification_type":"mta"}},{h3}]}}"#
        )
    };
    let cases: Vec<(String, &str)> = vec![
        (holdings(r#"{"id":"3","certification_type":"role-based","earned_on":"2025-02-30"}"#), "holdings[3].earned_on: 2025-02-30 is not a date"),
        (holdings(r#"{"id":"3","certification_type":"role-based","earned_on":"2026-11-23"}"#), "holdings[3].earned_on: 2026-11-23 is after today (2026-11-22)"),
        (holdings(r#"{"id":"3","certification_type":"role-based"}"#), "holdings[3].earned_on: is required"),
        (
            holdings(r#"{"id":"3","certification_type":"wizard","earned_on":"2026-01-01"}"#),
            "holdings[3].certification_type: wizard is not a certification type (role-based, specialty, fundamentals, mos, mta, mcsa, mcsd, mcse, mce, applied-skills)",
        ),
        (holdings(r#"{"id":"3","earned_on":"2026-01-01"}"#), "holdings[3].certification_type: is required"),
        (holdings(r#"{"certification_type":"role-based","earned_on":"2026-01-01"}"#), "holdings[3].id: is required"),
        (holdings(r#"{"id":3,"certification_type":"role-based","earned_on":"2026-01-01"}"#), "holdings[3].id: must be a string"),
        (holdings(r#"{"id":"3","certification_type":"role-based","earned_on":"2026-01-01","earnd_on":"x"}"#), "holdings[3].earnd_on: is not a known field"),
        (holdings(r#"{"id":"3","certification":"certification.nope","earned_on":"2026-01-01"}"#), "holdings[3].certification: certification.nope is not in the catalog"),
        (
            holdings(r#"{"id":"3","certification_type":"role-based","earned_on":"2026-03-14","renewed_on":["2026-10-01","2026-08-01"]}"#),
            "holdings[3].renewed_on[1]: 2026-08-01 is before the renewal window opened on 2026-09-15 (180 days before the expiry on 2027-03-14)",
        ),
        (
            holdings(r#"{"id":"3","certification_type":"role-based","earned_on":"2025-03-14","renewed_on":["2026-03-15"]}"#),
            "holdings[3].renewed_on[0]: 2026-03-15 is after the last valid day, 2026-03-14: an expired certification cannot be renewed, it must be earned again",
        ),
        (holdings(r#"{"id":"3","certification_type":"role-based","earned_on":"2026-03-14","renewed_on":"2026-10-01"}"#), "holdings[3].renewed_on: must be an array"),
        (
            holdings(r#"{"id":"3","certification_type":"role-based","earned_on":"2026-03-14","retired_on":"2026-09-30","renewed_on":["2026-10-01"]}"#),
            "holdings[3].renewed_on[0]: 2026-10-01 is after the retirement date 2026-09-30: a retired certification cannot be renewed",
        ),
        (
            holdings(r#"{"id":"3","certification_type":"role-based","earned_on":"2026-03-14","assessment_attempts":["yesterday"]}"#),
            "holdings[3].assessment_attempts[0]: yesterday is not an RFC 3339 instant",
        ),
        (
            holdings(r#"{"id":"3","certification_type":"fundamentals","renewed_on":["2026-01-01"]}"#),
            "holdings[3].renewed_on[0]: fundamentals credentials do not expire and cannot be renewed",
        ),
        (holdings(r#""AZ-104""#), "holdings[3]: must be an object"),
        (r#"{"holdings":[]}"#.to_owned(), "today: is required"),
        (r#"{"today":"22/11/2026","holdings":[]}"#.to_owned(), "today: 22/11/2026 is not a date"),
        (r#"{"today":"2026-11-22"}"#.to_owned(), "holdings: is required"),
        (r#"{"today":"2026-11-22","holdings":{}}"#.to_owned(), "holdings: must be an array"),
        (r#"{"today":"2026-11-22","now":"noon","holdings":[]}"#.to_owned(), "now: noon is not an RFC 3339 instant"),
        (r#"{"today":"2026-11-22","holdings":[],"extra":1}"#.to_owned(), "extra: is not a known field"),
        (r#"{"today":"2026-11-22","holdings":[],"reminder_offsets":[7,200]}"#.to_owned(), "reminder_offsets[1]: 200 is not a whole number of days from 1 to 180"),
        (r#"[1,2]"#.to_owned(), "(input): must be an object"),
    ];
    for (request, expected) in cases {
        assert_eq!(eval_refused(&request), expected, "request: {request}");
    }
    for broken in ["", "{", "{\"today\": \"2026-11-22\", \"holdings\": [}", "null garbage"] {
        let line = eval_refused(broken);
        assert!(line.starts_with("(input): is not valid JSON: "), "{broken:?} gave {line}");
    }
}

#[test]
fn usage_errors_exit_2() {
    let out = recert(&["eval", "--bogus"], "{}");
    assert_eq!(out.code, 2);
    assert!(out.stdout.is_empty());
    assert!(
        out.stderr.starts_with("(arguments): ")
            && out.stderr.contains("'--bogus'")
            && out.stderr.trim_end().ends_with("(see recert --help)"),
        "{}",
        out.stderr
    );
    assert_eq!(out.stderr.trim().lines().count(), 1, "one line");
    let out = recert(&["frobnicate"], "");
    assert_eq!(out.code, 2);
    // Global options before the subcommand, help for each subcommand, the version.
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("export.json");
    let out = recert(
        &[
            "--data-dir",
            dir.path().to_str().expect("utf-8"),
            "export",
            file.to_str().expect("utf-8"),
        ],
        "",
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(file.exists());
    let out = recert(&["import", "--help"], "");
    assert_eq!(out.code, 0);
    assert!(
        out.stdout.contains("--dry-run") && out.stdout.contains("--data-dir"),
        "{}",
        out.stdout
    );
    let out = recert(&["--version"], "");
    assert_eq!((out.code, out.stdout.trim()), (0, concat!("recert ", env!("CARGO_PKG_VERSION"))));
    let out = recert(&["export", "x", "--today", "22/11/2026"], "");
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("22/11/2026 is not a date"), "{}", out.stderr);
}

#[test]
fn imported_catalog_replaces_the_snapshot() {
    let dir = std::env::temp_dir().join(format!("recert-cat-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("catalog.json");
    std::fs::write(&file, include_str!("fixtures/catalog_small.json")).expect("write");
    let path = file.to_str().expect("utf-8");
    let request = r#"{"today":"2026-11-22","holdings":[{"id":"x","certification":"certification.contoso-engineer","earned_on":"2026-06-01"}]}"#;
    let out = recert(&["eval", "--catalog", path], request);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v: Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(v["holdings"][0]["status"], "active");
    assert!(ids(&v["holdings"][0]).contains(&"reason-renews-separately"));
    // The snapshot's certifications are not in the imported catalog.
    let out = recert(
        &["eval", "--catalog", path],
        r#"{"today":"2026-11-22","holdings":[{"id":"x","certification":"certification.azure-administrator","earned_on":"2026-06-01"}]}"#,
    );
    assert_eq!(out.code, 2);
    std::fs::write(
        &file,
        r#"{"certifications":[{"uid":"x","title":"X","certification_type":"guru"}]}"#,
    )
    .expect("write");
    let out = recert(&["eval", "--catalog", path], request);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr.trim_end(),
        "--catalog certifications[0].certification_type: guru is not a certification type (role-based, specialty, fundamentals, mos, mta, mcsa, mcsd, mcse, mce, applied-skills)"
    );
    let _ = std::fs::remove_dir_all(dir);
}
