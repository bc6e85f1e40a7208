//! `recert export` / `recert import` through the binary, on temporary data directories.

use std::process::Command;

fn recert(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_recert")).args(args).env("RECERT_TODAY", "2026-11-22").env("LANG", "C").output().expect("run recert");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn export_then_import_elsewhere_twice() {
    let a = tempfile::tempdir().expect("dir");
    let b = tempfile::tempdir().expect("dir");
    {
        let app = recert_core::Recert::open(a.path()).expect("open");
        let input = recert_core::service::HoldingInput { certification: Some("certification.azure-administrator".into()), earned_on: "2026-03-14".into(), ..Default::default() };
        let today = recert_core::date::parse_date("2026-11-22").expect("date");
        app.add_holding(&input, today, recert_core::date::start_of_day_utc(today), recert_core::Locale::En).expect("add");
    }
    let file = a.path().join("backup.json");
    let (code, _, err) = recert(&["export", file.to_str().expect("utf-8"), "--data-dir", a.path().to_str().expect("utf-8")]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&file).expect("file written");
    assert!(text.contains("\"format\": \"recert-data\""));

    let bdir = b.path().to_str().expect("utf-8");
    let (code, out, err) = recert(&["import", file.to_str().expect("utf-8"), "--data-dir", bdir, "--dry-run"]);
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
