//! Earning a certification over a real store (seed 002, R18–R21): plan, book, fail, retake,
//! pass, held; exam reminders; the .ics calendar through an independent parser; the transcript;
//! plans in the data file.

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use recert_core::exams::{Delivery, ExamState};
use recert_core::plans::{BookingInput, ResultInput};
use recert_core::service::HoldingInput;
use recert_core::{Ctx, ErrorKind, Locale, Recert, Status};
use std::path::Path;
use std::process::Command;

fn day(s: &str) -> NaiveDate {
    recert_core::date::parse_date(s).expect("date")
}

fn local(s: &str) -> NaiveDateTime {
    recert_core::plans::parse_local(s).expect("local time")
}

/// The instant of a local wall-clock time, with the local zone taken as UTC in these tests.
fn utc(s: &str) -> DateTime<Utc> {
    Utc.from_utc_datetime(&local(s))
}

/// A call at local wall-clock time `s`, in English.
fn at(s: &str) -> Ctx {
    Ctx::new(local(s).date(), utc(s), Locale::En)
}

const AZ104: &str = "certification.azure-administrator";

fn book(
    app: &Recert,
    plan: &str,
    exam: &str,
    when: &str,
    t: &Ctx,
) -> Result<recert_core::plans::PlanView, recert_core::Failure> {
    let input = BookingInput {
        exam: exam.into(),
        at: when.into(),
        delivery: Delivery::TestCentre,
        beta: false,
    };
    app.book_exam(plan, &input, t)
}

fn result(
    app: &Recert,
    plan: &str,
    exam: &str,
    passed: bool,
    t: &Ctx,
) -> Result<recert_core::plans::ResultOutcome, recert_core::Failure> {
    let input = ResultInput { exam: exam.into(), passed, at: String::new(), beta: false };
    app.record_exam_result(plan, &input, t)
}

fn message(app: &Recert, f: &recert_core::Failure) -> String {
    f.translate(&app.catalogs, Locale::En).message
}

#[test]
fn from_wanting_az104_to_holding_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = Recert::open(dir.path()).expect("open");
    let t0 = at("2026-11-22T12:00");
    let plan = app.start_plan(AZ104, &t0).expect("plan");
    assert_eq!(plan.exams.len(), 1);
    assert_eq!(plan.exams[0].code, "AZ-104");
    assert_eq!(plan.exams[0].state, ExamState::Planned);
    let again = app.start_plan(AZ104, &t0).expect_err("one plan per certification");
    assert_eq!(again.kind, ErrorKind::Conflict);

    let past = book(&app, &plan.id, "exam.az-104", "2026-11-22T11:00", &t0).expect_err("past");
    assert_eq!(
        message(&app, &past),
        "Date and time: 2026-11-22 11:00 has already passed; a booking must be in the future"
    );
    let v = book(&app, &plan.id, "exam.az-104", "2026-12-01T10:00", &t0).expect("book");
    assert!(matches!(v.exams[0].state, ExamState::Scheduled { .. }));
    let early = result(&app, &plan.id, "exam.az-104", true, &t0).expect_err("not taken yet");
    assert_eq!(
        message(&app, &early),
        "Date and time: the exam at 2026-12-01 10:00 has not been taken yet"
    );

    // R19: after the sitting, the result is pending for up to 24 hours.
    let t1 = at("2026-12-01T13:00");
    let pending = app.plans_view(&t1).expect("plans");
    assert_eq!(
        pending[0].exams[0].state,
        ExamState::ResultPending {
            taken_at: local("2026-12-01T10:00"),
            expected_by: Some(local("2026-12-02T10:00"))
        }
    );

    // Failed: R21's 24 hours, then 14 days.
    let failed = result(&app, &plan.id, "exam.az-104", false, &t1).expect("fail");
    let ExamState::Failed { next_allowed, .. } =
        &failed.plan.as_ref().expect("plan goes on").exams[0].state
    else {
        panic!("failed state")
    };
    assert_eq!(*next_allowed, Some(local("2026-12-02T10:00")));
    let too_soon =
        book(&app, &plan.id, "exam.az-104", "2026-12-02T09:30", &t1).expect_err("24 hours");
    assert_eq!(message(&app, &too_soon), "Date and time: after a first failure the exam can be retaken from 2026-12-02 10:00 (24 hours later)");
    book(&app, &plan.id, "exam.az-104", "2026-12-05T09:00", &t1).expect("retake booked");

    // Passed: earned that day, held, expiring one year on (R1), and the plan is gone.
    let t2 = at("2026-12-05T15:00");
    let done = result(&app, &plan.id, "exam.az-104", true, &t2).expect("pass");
    assert_eq!(done.earned_on, Some(day("2026-12-05")));
    assert!(done.plan.is_none());
    drop(app);
    let app = Recert::open(dir.path()).expect("reopen");
    assert!(app.plans_view(&t2).expect("plans").is_empty());
    let d = app.dashboard(&t2).expect("dashboard");
    assert_eq!(d.holdings.len(), 1);
    assert_eq!(Some(d.holdings[0].id.clone()), done.earned_holding);
    assert_eq!(d.holdings[0].earned_on, Some(day("2026-12-05")));
    assert_eq!(d.holdings[0].expires_on, Some(day("2027-12-05")));
    assert_eq!(d.holdings[0].status, Status::Active);
    // Held and in force: not planned again (R21).
    let held = app.start_plan(AZ104, &t2).expect_err("held");
    assert_eq!(
        message(&app, &held),
        "you hold this certification and it is in force: its exams are not retaken"
    );
}

#[test]
fn several_exams_earn_on_the_last_pass() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = Recert::open(dir.path()).expect("open");
    let cert = app
        .catalog()
        .certifications
        .iter()
        .find(|c| c.exams.len() >= 2 && c.retired_on.is_none())
        .expect("a certification with several exams")
        .clone();
    let t0 = at("2026-11-22T08:00");
    let plan = app.start_plan(&cert.uid, &t0).expect("plan");
    assert_eq!(plan.exams.len(), cert.exams.len());
    for (i, exam) in cert.exams.iter().enumerate() {
        let when = format!("2026-12-{:02}T10:00", 1 + i * 3);
        book(&app, &plan.id, exam, &when, &t0).expect("book");
    }
    let mut last = None;
    for (i, exam) in cert.exams.iter().enumerate() {
        let t = at(&format!("2026-12-{:02}T12:00", 1 + i * 3));
        last = Some(result(&app, &plan.id, exam, true, &t).expect("pass"));
        if i + 1 < cert.exams.len() {
            assert!(
                last.as_ref().expect("outcome").earned_holding.is_none(),
                "not earned before the last exam"
            );
        }
    }
    let expected = day(&format!("2026-12-{:02}", 1 + (cert.exams.len() - 1) * 3));
    assert_eq!(last.expect("outcome").earned_on, Some(expected));
}

#[test]
fn a_retired_certification_cannot_be_planned() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = Recert::open(dir.path()).expect("open");
    let retired = app
        .catalog()
        .certifications
        .iter()
        .find(|c| c.retired_on.is_some_and(|r| r <= day("2026-11-22")))
        .expect("a retired certification")
        .clone();
    let t = at("2026-11-22T08:00");
    let e = app.start_plan(&retired.uid, &t).expect_err("R11");
    assert!(message(&app, &e).contains("can no longer be earned"));
    assert!(app.store().plans().expect("plans").is_empty());
}

#[test]
fn exam_reminders_the_day_before_and_that_morning() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = Recert::open(dir.path()).expect("open");
    let t0 = at("2026-11-22T12:00");
    let plan = app.start_plan(AZ104, &t0).expect("plan");
    book(&app, &plan.id, "exam.az-104", "2026-12-01T14:00", &t0).expect("book");
    let pass = |s: &str| {
        let t = at(s);
        let p = app.reminder_plan(&t).expect("plan");
        app.record_deliveries(&p.covered_keys, t.now).expect("record");
        p
    };
    assert!(pass("2026-11-30T08:59").notice.is_none());
    let before = pass("2026-11-30T09:00").notice.expect("the day before");
    assert_eq!(before.summary, "Exam AZ-104 tomorrow");
    assert_eq!(before.body, "Microsoft Certified: Azure Administrator Associate: 2026-12-01 14:00. Check your ID and, for an online exam, your system and room.");
    assert_eq!(
        before.focus,
        Some(recert_core::alerts::Focus::Plan(plan.id.clone())),
        "a click opens the plan"
    );
    assert!(pass("2026-11-30T18:00").notice.is_none(), "once");
    let morning = pass("2026-12-01T09:00").notice.expect("that morning");
    assert_eq!(morning.summary, "Exam AZ-104 today");
    let t = at("2026-12-01T09:00");
    let ja = {
        let dir2 = tempfile::tempdir().expect("temp dir");
        let app2 = Recert::open(dir2.path()).expect("open");
        let p2 = app2.start_plan(AZ104, &t0.in_locale(Locale::Ja)).expect("plan");
        book(&app2, &p2.id, "exam.az-104", "2026-12-01T14:00", &t0).expect("book");
        app2.reminder_plan(&t.in_locale(Locale::Ja)).expect("plan").notice.expect("notice")
    };
    assert_eq!(ja.summary, "今日は試験 AZ-104");
    assert!(ja.body.contains("2026年12月1日 14:00"), "{}", ja.body);
}

/// The interpreter that has the `icalendar` package (see scripts/setup.sh).
pub fn python() -> String {
    for py in ["python3", "/usr/bin/python3", "python"] {
        if Command::new(py).args(["-c", "import icalendar"]).status().is_ok_and(|s| s.success()) {
            return py.to_owned();
        }
    }
    panic!("no Python with icalendar: run scripts/test.sh, which installs it");
}

pub fn parse_ics(path: &Path) -> serde_json::Value {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/parse_ics.py");
    let out = Command::new(python()).arg(script).arg(path).output().expect("run python");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("json")
}

#[test]
fn calendar_parses_with_icalendar_and_updates_instead_of_duplicating() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = Recert::open(dir.path()).expect("open");
    let t0 = at("2026-11-22T12:00");
    let input = HoldingInput {
        certification: Some("certification.azure-administrator".into()),
        earned_on: "2026-03-14".into(),
        ..HoldingInput::default()
    };
    let held = app.add_holding(&input, &t0).expect("add");
    let custom = HoldingInput {
        custom_title: Some("Semi; colon, and \"quotes\" — 認定".into()),
        kind: Some("specialty".into()),
        earned_on: "2026-08-01".into(),
        ..HoldingInput::default()
    };
    app.add_holding(&custom, &t0).expect("add");
    let plan = app.start_plan("certification.azure-solutions-architect", &t0).expect("plan");
    let exam = plan.exams[0].exam.clone();
    book(&app, &plan.id, &exam, "2027-01-15T09:30", &t0).expect("book");

    let file = dir.path().join("first.ics");
    std::fs::write(&file, app.calendar(&t0).expect("ics")).expect("write");
    let first = parse_ics(&file);
    let events = first["events"].as_array().expect("events");
    assert_eq!(events.len(), 5, "{first}");
    let find = |evs: &[serde_json::Value], uid: &str| {
        evs.iter().find(|e| e["uid"] == uid).cloned().unwrap_or_else(|| panic!("{uid} in {evs:?}"))
    };
    let window = find(events, &format!("{}-window@recert.app", held.id));
    assert_eq!(window["start"], "2026-09-15");
    assert_eq!(window["all_day"], true);
    assert_eq!(
        window["summary"],
        "Renewal opens: Microsoft Certified: Azure Administrator Associate"
    );
    let deadline = find(events, &format!("{}-deadline@recert.app", held.id));
    assert_eq!(deadline["start"], "2027-03-14", "the expiry date is the last day to renew (R3)");
    assert_eq!(deadline["alarms"].as_array().map(Vec::len), Some(4));
    let uid = format!("{}-{}@recert.app", plan.id, exam);
    let booked = find(events, &uid);
    assert_eq!(booked["start"], "2027-01-15T09:30:00");
    assert_eq!(booked["floating"], true);
    assert_eq!(booked["alarms"], serde_json::json!(["-P1D", "-PT2H"]));
    assert!(events.iter().any(|e| e["summary"]
        .as_str()
        .is_some_and(|s| s.contains("Semi; colon, and \"quotes\" — 認定"))));

    // Rebooked and renewed: same UIDs, higher SEQUENCE, new dates.
    book(&app, &plan.id, &exam, "2027-01-20T14:00", &t0).expect("rebook");
    app.record_renewal(&held.id, "2026-11-20", recert_core::RenewalEvidence::Assessment, &t0)
        .expect("renew");
    let file2 = dir.path().join("second.ics");
    std::fs::write(&file2, app.calendar(&t0).expect("ics")).expect("write");
    let second = parse_ics(&file2);
    let events2 = second["events"].as_array().expect("events");
    assert_eq!(events2.len(), 5);
    let booked2 = find(events2, &uid);
    assert_eq!(booked2["start"], "2027-01-20T14:00:00");
    assert!(booked2["sequence"].as_i64() > booked["sequence"].as_i64());
    let deadline2 = find(events2, &format!("{}-deadline@recert.app", held.id));
    assert_eq!(deadline2["start"], "2028-03-14");
    assert!(deadline2["sequence"].as_i64() > deadline["sequence"].as_i64());

    // Japanese text survives folding.
    let ja = dir.path().join("ja.ics");
    std::fs::write(&ja, app.calendar(&t0.in_locale(Locale::Ja)).expect("ics")).expect("write");
    let parsed = parse_ics(&ja);
    assert_eq!(parsed["name"], "Recert：認定資格");
    assert!(parsed["events"]
        .as_array()
        .expect("events")
        .iter()
        .any(|e| e["summary"].as_str().is_some_and(|s| s.starts_with("更新の最終日"))));
}

#[test]
fn calendar_cli_writes_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let app = Recert::open(dir.path()).expect("open");
        let t0 = at("2026-11-22T12:00");
        let input = HoldingInput {
            certification: Some(AZ104.into()),
            earned_on: "2026-03-14".into(),
            ..HoldingInput::default()
        };
        app.add_holding(&input, &t0).expect("add");
    }
    let file = dir.path().join("cli.ics");
    let out = Command::new(env!("CARGO_BIN_EXE_recert"))
        .args(["calendar"])
        .arg(&file)
        .arg("--data-dir")
        .arg(dir.path())
        .env("RECERT_TODAY", "2026-11-22")
        .env("LANG", "C")
        .output()
        .expect("run recert");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let parsed = parse_ics(&file);
    assert_eq!(parsed["events"].as_array().map(Vec::len), Some(2));
    let missing = Command::new(env!("CARGO_BIN_EXE_recert"))
        .args(["calendar", "--data-dir"])
        .arg(dir.path())
        .output()
        .expect("run");
    assert_eq!(missing.status.code(), Some(2));
    let err = String::from_utf8_lossy(&missing.stderr);
    assert!(
        err.starts_with("(arguments): ")
            && err.contains("<FILE>")
            && err.trim_end().ends_with("(see recert --help)")
            && err.trim().lines().count() == 1,
        "{err}"
    );
}

#[test]
fn transcript_lists_active_and_historical_with_numbers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = Recert::open(dir.path()).expect("open");
    let t = at("2026-11-22T12:00");
    let mut a = HoldingInput {
        certification: Some(AZ104.into()),
        earned_on: "2026-03-14".into(),
        ..HoldingInput::default()
    };
    a.certification_number = Some("=cmd|' /C calc'!A0".into());
    app.add_holding(&a, &t).expect("add");
    let old = HoldingInput {
        certification: Some("certification.azure-developer".into()),
        earned_on: "2024-01-10".into(),
        certification_number: Some("H123-4567".into()),
        ..HoldingInput::default()
    };
    app.add_holding(&old, &t).expect("add");
    let tr = app.transcript(&t).expect("transcript");
    assert_eq!(tr.active.len(), 1);
    assert_eq!(tr.historical.len(), 1);
    assert_eq!(tr.historical[0].certification_number.as_deref(), Some("H123-4567"));
    let csv = app.transcript_csv(&t.in_locale(Locale::Ja)).expect("csv");
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<&str> =
        csv.trim_start_matches('\u{feff}').split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines[0], "認定資格,試験,種類,取得日,有効期限,状態,認定番号");
    assert_eq!(lines.len(), 3);
    assert!(lines[1].ends_with(",有効,'=cmd|' /C calc'!A0"), "a formula is defused: {}", lines[1]);
    assert!(
        lines[2].contains("2024年1月10日")
            && lines[2].contains("履歴")
            && lines[2].ends_with("H123-4567"),
        "{}",
        lines[2]
    );
}

#[test]
fn plans_travel_in_the_data_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = Recert::open(dir.path()).expect("open");
    let t = at("2026-11-22T12:00");
    let plan = app.start_plan(AZ104, &t).expect("plan");
    book(&app, &plan.id, "exam.az-104", "2026-12-01T10:00", &t).expect("book");
    let text = app.export(t.now).expect("export");
    let other = tempfile::tempdir().expect("temp dir");
    let app2 = Recert::open(other.path()).expect("open");
    let preview = app2.import_apply(text.as_bytes(), t.today).expect("import");
    assert_eq!((preview.plans_added, preview.plans_updated, preview.plans_removed), (1, 0, 0));
    assert_eq!(app2.store().plans().expect("plans"), app.store().plans().expect("plans"));
    assert_eq!(
        app2.import_apply(text.as_bytes(), t.today).expect("again").changes,
        0,
        "idempotent"
    );
    // A plan naming an exam its certification does not list is refused whole.
    let bad = text.replace("\"exam.az-104\"", "\"exam.az-999\"");
    let e = app2.import_preview(bad.as_bytes(), t.today).expect_err("bad exam");
    assert!(message(&app2, &e).starts_with("plans[0].exams[0].exam:"), "{}", message(&app2, &e));
}
