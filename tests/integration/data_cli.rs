//! `recert export` / `recert import` through the binary, on temporary data directories.

use std::process::Command;

fn recert(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_recert"))
        .args(args)
        .env("RECERT_TODAY", "2026-11-22")
        .env("LANG", "C")
        .output()
        .expect("run recert");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn export_then_import_elsewhere_twice() {
    let a = tempfile::tempdir().expect("dir");
    let b = tempfile::tempdir().expect("dir");
    {
        let app = recert_core::Recert::open(a.path()).expect("open");
        let input = recert_core::service::HoldingInput {
            certification: Some("certification.azure-administrator".into()),
            earned_on: "2026-03-14".into(),
            ..Default::default()
        };
        let today = recert_core::date::parse_date("2026-11-22").expect("date");
        app.add_holding(
            &input,
            &recert_core::Ctx::new(
                today,
                recert_core::date::start_of_day_utc(today),
                recert_core::Locale::En,
            ),
        )
        .expect("add");
    }
    let file = a.path().join("backup.json");
    let (code, _, err) = recert(&[
        "export",
        file.to_str().expect("utf-8"),
        "--data-dir",
        a.path().to_str().expect("utf-8"),
    ]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&file).expect("file written");
    assert!(text.contains("\"format\": \"recert-data\""));

    let bdir = b.path().to_str().expect("utf-8");
    let (code, out, err) =
        recert(&["import", file.to_str().expect("utf-8"), "--data-dir", bdir, "--dry-run"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("1 to add, 0 to update, 0 to remove, 0 unchanged."), "{out}");
    let (code, out, _) = recert(&["import", file.to_str().expect("utf-8"), "--data-dir", bdir]);
    assert_eq!(code, 0);
    assert!(out.contains("Imported."), "{out}");
    let (code, out, _) = recert(&["import", file.to_str().expect("utf-8"), "--data-dir", bdir]);
    assert_eq!(code, 0);
    assert!(out.contains("nothing to change"), "{out}");

    std::fs::write(&file, "{\"format\":\"recert-data\",\"version\":1}").expect("write");
    let (code, out, err) = recert(&["import", file.to_str().expect("utf-8"), "--data-dir", bdir]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert_eq!(err.lines().count(), 1, "{err}");
}

/// `recert calendar --person NAME` and `--team` over a data file with someone else in it
/// (version 3), read back by the independent icalendar parser.
#[test]
fn calendar_of_one_person_and_of_the_team() {
    let dir = tempfile::tempdir().expect("dir");
    let d = dir.path().to_str().expect("utf-8");
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/e2e/fixtures/team.json");
    let (code, out, err) = recert(&["import", fixture, "--data-dir", d]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("People you follow (each with their certifications): 1 to add"), "{out}");
    let ics = dir.path().join("carla.ics");
    let (code, _, err) = recert(&[
        "calendar",
        ics.to_str().expect("utf-8"),
        "--person",
        "carla núñez",
        "--data-dir",
        d,
    ]);
    assert_eq!(code, 0, "{err}");
    let events = super::earning::parse_ics(&ics);
    let summaries: Vec<&str> = events["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| e["summary"].as_str().expect("summary"))
        .collect();
    // Her AZ-104 (last day 2026-12-09); her AZ-204 expired before 2026-11-22 and has none.
    assert_eq!(
        summaries,
        ["Carla Núñez: last day to renew Microsoft Certified: Azure Administrator Associate"]
    );
    let team = dir.path().join("team.ics");
    let (code, _, err) =
        recert(&["calendar", team.to_str().expect("utf-8"), "--team", "--data-dir", d]);
    assert_eq!(code, 0, "{err}");
    let events = super::earning::parse_ics(&team);
    assert_eq!(events["name"], "Recert: the team’s last days to renew");
    let mut summaries: Vec<String> = events["events"]
        .as_array()
        .expect("events")
        .iter()
        .map(|e| e["summary"].as_str().expect("summary").to_owned())
        .collect();
    summaries.sort();
    assert_eq!(summaries.len(), 2, "{summaries:?}");
    assert!(summaries[1].starts_with("Me: last day to renew"), "{summaries:?}");
    let (code, out, err) =
        recert(&["calendar", team.to_str().expect("utf-8"), "--person", "Nobody", "--data-dir", d]);
    assert_ne!(code, 0);
    assert!(format!("{out}{err}").contains("Recert follows nobody called Nobody"), "{out}{err}");
}
