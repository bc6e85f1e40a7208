//! SECURITY.md's claims about crafted input and private data, each tried as a user (or an
//! attacker with a file) would: through the release CLI on temporary data folders.

use crate::earning::python;
use recert_core::service::HoldingInput;
use recert_core::Ctx;
use recert_core::{Locale, Recert};
use std::path::Path;
use std::process::Command;

fn day() -> chrono::NaiveDate {
    recert_core::date::parse_date("2026-11-22").expect("date")
}

fn recert(args: &[&str]) -> (i32, String, String) {
    let out = crate::recert_cli("C")
        .args(args)
        .env("RECERT_TODAY", "2026-11-22")
        .output()
        .expect("run recert-cli");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// A data folder with AZ-104 held and a plan for the Solutions Architect expert.
fn populated(dir: &Path) -> String {
    let app = Recert::open(dir).expect("open");
    let now = recert_core::date::start_of_day_utc(day());
    let input = HoldingInput {
        certification: Some("certification.azure-administrator".into()),
        earned_on: "2026-03-14".into(),
        ..HoldingInput::default()
    };
    app.add_holding(&input, &Ctx::new(day(), now, Locale::En)).expect("add");
    app.start_plan(
        "certification.azure-solutions-architect",
        &Ctx {
            now_local: day().and_hms_opt(9, 0, 0).expect("time"),
            ..Ctx::new(day(), now, Locale::En)
        },
    )
    .expect("plan")
    .id
}

/// An export of `dir` as JSON, to craft from.
fn exported(dir: &Path) -> serde_json::Value {
    let app = Recert::open(dir).expect("open");
    serde_json::from_str(&app.export(recert_core::date::start_of_day_utc(day())).expect("export"))
        .expect("json")
}

fn write_json(path: &Path, value: &serde_json::Value) {
    std::fs::write(path, serde_json::to_vec_pretty(value).expect("json")).expect("write");
}

#[test]
fn crafted_ids_are_refused_and_cannot_reach_the_calendar() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = populated(dir.path());
    let file = dir.path().join("crafted.json");
    let other = tempfile::tempdir().expect("temp dir");
    for (path, id) in [
        ("holdings", "x\r\nURL:https://evil.example/"),
        ("plans", "p\r\nBEGIN:VEVENT\r\nSUMMARY:injected\r\nEND:VEVENT"),
        ("holdings", "h1\u{0}"),
    ] {
        let mut data = exported(dir.path());
        data[path][0]["id"] = serde_json::Value::from(id);
        write_json(&file, &data);
        let (code, out, err) = recert(&["import", s(&file), "--data-dir", s(other.path())]);
        assert_eq!((code, out.as_str()), (2, ""), "{id:?} refused: {err}");
        assert!(
            err.starts_with(&format!("{path}[0].id: "))
                && err.contains("is not an id Recert writes"),
            "{err}"
        );
    }
    assert!(
        Recert::open(other.path()).expect("open").store().holdings().expect("holdings").is_empty(),
        "nothing imported"
    );

    // The calendar of a real store: every line is one property, the UIDs Recert's own.
    let ics = dir.path().join("recert.ics");
    let (code, _, err) = recert(&["calendar", s(&ics), "--data-dir", s(dir.path())]);
    assert_eq!(code, 0, "{err}");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/parse_ics.py");
    let out = Command::new(python()).arg(script).arg(&ics).output().expect("python");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let parsed: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    for event in parsed["events"].as_array().expect("events") {
        let uid = event["uid"].as_str().expect("uid");
        assert!(
            uid.ends_with("@recert.app")
                && uid.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.@".contains(&b)),
            "{uid}"
        );
    }
    let text = std::fs::read_to_string(&ics).expect("ics");
    assert!(
        !text.contains("URL:")
            && text.matches("BEGIN:VEVENT").count()
                == parsed["events"].as_array().map_or(0, Vec::len)
    );
    let _ = plan;
}

#[cfg(unix)]
#[test]
fn every_file_and_folder_recert_writes_is_the_users_alone() {
    use std::os::unix::fs::PermissionsExt;
    let base = tempfile::tempdir().expect("temp dir");
    // An older version's folder, readable by everyone: tightened on open.
    let data = base.path().join("data");
    std::fs::create_dir_all(&data).expect("mkdir");
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    populated(&data);
    {
        let app = Recert::open(&data).expect("open");
        app.daily_backup(&Ctx::new(day(), recert_core::date::start_of_day_utc(day()), Locale::En))
            .expect("backup")
            .expect("written");
    }
    let export = base.path().join("export.json");
    let ics = base.path().join("recert.ics");
    for args in [vec!["export", s(&export)], vec!["calendar", s(&ics)], vec!["import", s(&export)]]
    {
        let mut args = args;
        args.extend(["--data-dir", s(&data)]);
        let (code, _, err) = recert(&args);
        assert_eq!(code, 0, "{args:?}: {err}");
    }
    let mode = |p: &Path| std::fs::symlink_metadata(p).expect("stat").permissions().mode() & 0o777;
    let mut seen = Vec::new();
    let mut stack: Vec<std::path::PathBuf> = vec![data.clone()];
    while let Some(p) = stack.pop() {
        let meta = std::fs::symlink_metadata(&p).expect("stat");
        if meta.is_dir() {
            assert_eq!(mode(&p), 0o700, "{}", p.display());
            stack.extend(std::fs::read_dir(&p).expect("list").flatten().map(|e| e.path()));
        } else {
            assert_eq!(mode(&p), 0o600, "{}", p.display());
        }
        seen.push(p);
    }
    assert!(
        seen.iter().any(|p| p.ends_with("db/conf") || p.ends_with("db/db")),
        "the database was checked: {seen:?}"
    );
    assert!(
        seen.iter().any(|p| p.parent().is_some_and(|d| d.ends_with("backups"))),
        "a backup was checked"
    );
    assert_eq!(
        (mode(&export), mode(&ics)),
        (0o600, 0o600),
        "exports hold the MCID and e-mails too"
    );
}

#[test]
fn settings_from_a_file_follow_the_settings_forms_rules() {
    let dir = tempfile::tempdir().expect("temp dir");
    populated(dir.path());
    let file = dir.path().join("crafted.json");
    let other = tempfile::tempdir().expect("temp dir");
    for (field, value, message) in [
        ("reminder_time", serde_json::json!("not-a-time"), "settings.reminder_time: "),
        (
            "paused_until",
            serde_json::json!("2999-01-01T00:00:00Z"),
            "settings.paused_until: pauses reminders until",
        ),
        ("reminder_offsets", serde_json::json!([0]), "settings.reminder_offsets[0]: "),
    ] {
        let mut data = exported(dir.path());
        data["settings"][field] = value;
        write_json(&file, &data);
        let (code, _, err) = recert(&["import", s(&file), "--data-dir", s(other.path())]);
        assert_eq!(code, 2, "{field}");
        assert!(err.starts_with(message), "{field}: {err}");
    }
    // Start at login is this machine's: a file cannot turn it on without the OS entry.
    let mut data = exported(dir.path());
    data["settings"]["autostart"] = serde_json::json!(true);
    write_json(&file, &data);
    let (code, _, err) = recert(&["import", s(&file), "--data-dir", s(other.path())]);
    assert_eq!(code, 0, "{err}");
    assert!(!Recert::open(other.path()).expect("open").settings().expect("settings").autostart);
}

#[test]
fn an_import_says_what_it_does_to_plans_and_a_file_without_plans_keeps_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    populated(dir.path());
    let file = dir.path().join("v1.json");
    let mut data = exported(dir.path());
    // A version-1 file: no plans at all.
    data["version"] = serde_json::json!(1);
    data.as_object_mut().expect("object").remove("plans");
    write_json(&file, &data);
    let (code, out, err) = recert(&["import", s(&file), "--data-dir", s(dir.path())]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("nothing to change"), "{out}");
    assert_eq!(
        Recert::open(dir.path()).expect("open").store().plans().expect("plans").len(),
        1,
        "the plan is kept"
    );

    // A file whose plans are empty removes the plan, and says so first.
    let mut data = exported(dir.path());
    data["plans"] = serde_json::json!([]);
    write_json(&file, &data);
    let (code, out, _) = recert(&["import", s(&file), "--data-dir", s(dir.path()), "--dry-run"]);
    assert_eq!(code, 0);
    assert!(out.contains("Working on: 0 to add, 0 to update, 1 to remove."), "{out}");
    assert_eq!(
        Recert::open(dir.path()).expect("open").store().plans().expect("plans").len(),
        1,
        "a dry run writes nothing"
    );
}

#[test]
fn devices_and_huge_files_are_refused_without_being_read() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sparse = dir.path().join("sparse.json");
    std::fs::File::create(&sparse)
        .expect("create")
        .set_len(300 * 1024 * 1024)
        .expect("sparse 300 MiB");
    let data_dir = dir.path().join("data");
    let mut cases = vec![
        (vec!["import", s(&sparse)], "is larger than 128 MiB"),
        (vec!["import-catalog", s(&sparse)], "is larger than 64 MiB"),
        (vec!["import-transcript", s(&sparse)], "is larger than 5 MiB"),
        (vec!["eval", s(&sparse)], "is larger than 256 MiB"),
    ];
    if cfg!(unix) {
        cases.push((vec!["import", "/dev/zero"], "is not a regular file"));
        cases.push((vec!["import-catalog", "/dev/zero"], "is not a regular file"));
        cases.push((vec!["import-transcript", "/dev/zero"], "is not a regular file"));
        cases.push((vec!["eval", "/dev/zero"], "is not a regular file"));
    }
    for (mut args, message) in cases {
        if args[0] != "eval" {
            args.extend(["--data-dir", s(&data_dir)]);
        }
        let (code, _, err) = recert(&args);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.contains(message), "{args:?}: {err}");
    }
}

#[test]
fn a_catalog_without_certifications_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("empty.json");
    std::fs::write(&file, r#"{"certifications":[],"exams":[]}"#).expect("write");
    let (code, _, err) =
        recert(&["import-catalog", s(&file), "--data-dir", s(&dir.path().join("data"))]);
    assert_eq!(code, 2);
    assert!(err.starts_with("certifications: holds no certifications"), "{err}");
    let app = Recert::open(&dir.path().join("data")).expect("open");
    assert!(
        app.catalog().certification("certification.azure-administrator").is_some(),
        "the catalog is unchanged"
    );
}

#[test]
fn recovery_commands_are_refused_on_a_healthy_store() {
    let dir = tempfile::tempdir().expect("temp dir");
    populated(dir.path());
    let opened = Recert::open(dir.path()).expect("healthy");
    let shell = recert::shell::state::Shell::new(
        Ok(opened),
        dir.path().to_path_buf(),
        recert::shell::clock::Clock::new(Some(day())),
        "en".into(),
        None,
    );
    let e =
        shell.recover(|d, c| recert_core::recovery::start_fresh(d, c.now)).expect_err("refused");
    assert_eq!(e.kind, recert_core::ErrorKind::Conflict);
    assert!(e.message.contains("nothing to recover"), "{}", e.message);
    let left: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !left.iter().any(|n| n.starts_with("damaged-")),
        "the live database was not moved aside: {left:?}"
    );
    assert_eq!(shell.run(|r, _| Ok(r.store().holdings()?.len())).expect("still open"), 1);
}

#[test]
fn forget_deletes_everything_only_when_told_and_leaves_nothing_behind() {
    let base = tempfile::tempdir().expect("temp dir");
    let data = base.path().join("data");
    populated(&data);
    {
        let app = Recert::open(&data).expect("open");
        app.daily_backup(&Ctx::new(day(), recert_core::date::start_of_day_utc(day()), Locale::En))
            .expect("backup");
    }
    std::fs::create_dir_all(data.join("damaged-20261101T000000Z")).expect("set aside");
    let (code, out, err) = recert(&["forget", "--data-dir", s(&data)]);
    assert_eq!(code, 2);
    assert!(
        out.contains("1 certification\n")
            && out.contains("1 daily backup\n")
            && out.contains("1 damaged database set aside"),
        "{out}"
    );
    assert!(err.contains("add --yes"), "{err}");
    assert!(data.join("db").exists(), "nothing deleted without --yes");

    let (code, out, err) = recert(&["forget", "--yes", "--data-dir", s(&data)]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("All your data was deleted."), "{out}");
    assert!(!data.exists(), "nothing left behind");
}
