//! The app's operations over a real store on a temporary directory: what the Tauri commands do,
//! without a window.

use chrono::{NaiveDate, TimeZone, Utc};
use recert_core::model::AccountType;
use recert_core::service::{CertificationProfileInput, HoldingInput, LearnProfileInput};
use recert_core::Ctx;
use recert_core::{ErrorKind, Locale, Recert, RenewalEvidence, Status};

fn day(s: &str) -> NaiveDate {
    recert_core::date::parse_date(s).expect("date")
}

fn today() -> NaiveDate {
    day("2026-11-22")
}

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).single().expect("instant")
}

fn ctx(locale: Locale) -> Ctx {
    Ctx::new(today(), now(), locale)
}

fn az104(earned: &str) -> HoldingInput {
    HoldingInput {
        certification: Some("certification.azure-administrator".into()),
        earned_on: earned.into(),
        ..HoldingInput::default()
    }
}

#[test]
fn add_renew_and_reopen() {
    let dir = tempfile::tempdir().expect("temp dir");
    let id = {
        let app = Recert::open(dir.path()).expect("open");
        let v = app.add_holding(&az104("2026-03-14"), &ctx(Locale::En)).expect("add");
        assert_eq!(v.expires_on, Some(day("2027-03-14")));
        assert_eq!(v.window_opens_on, Some(day("2026-09-15")));
        assert!(v.needs_connection);
        let p = app
            .preview_renewal(&v.id, "2026-11-20", RenewalEvidence::Assessment, today())
            .expect("preview");
        assert_eq!((p.from, p.to), (day("2027-03-14"), day("2028-03-14")));
        let e = app
            .preview_renewal(&v.id, "2026-11-20", RenewalEvidence::NewerExamVersion, today())
            .expect_err("R6");
        assert_eq!(e.kind, ErrorKind::Invalid);
        assert!(e
            .translate(&app.catalogs, Locale::En)
            .message
            .contains("AZ-104 for a certification earned with AZ-103"));
        app.record_renewal(&v.id, "2026-11-20", RenewalEvidence::Assessment, &ctx(Locale::En))
            .expect("renew");
        v.id
    };
    let app = Recert::open(dir.path()).expect("reopen");
    let d = app.dashboard(&ctx(Locale::Ja)).expect("dashboard");
    assert_eq!(d.holdings.len(), 1);
    assert_eq!(d.holdings[0].id, id);
    assert_eq!(d.holdings[0].expires_on, Some(day("2028-03-14")));
    assert_eq!(d.holdings[0].status, Status::Active);
    let reasons = app.holding_reasons(&id, &ctx(Locale::Ja)).expect("reasons");
    assert!(reasons.iter().any(|r| r.text.contains("2028年3月14日")));
    assert_eq!(
        app.holding_reasons("nope", &ctx(Locale::Ja)).expect_err("unknown").kind,
        ErrorKind::NotFound
    );
}

#[test]
fn bad_forms_change_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = Recert::open(dir.path()).expect("open");
    let cases = [
        (az104("2025-02-30"), "Earned on: 2025-02-30 is not a date"),
        (az104("2026-11-23"), "Earned on: 2026-11-23 is after today (2026-11-22)"),
        (az104(""), "Earned on: is required"),
        (
            HoldingInput { earned_on: "2026-01-01".into(), ..HoldingInput::default() },
            "Certification: choose a certification from the catalog, or give the name of one that is missing",
        ),
        (HoldingInput { custom_title: Some("X".into()), earned_on: "2026-01-01".into(), ..HoldingInput::default() }, "Kind: is required"),
        (
            HoldingInput { custom_title: Some("x".repeat(301)), kind: Some("specialty".into()), earned_on: "2026-01-01".into(), ..HoldingInput::default() },
            "Name: is longer than 300 characters",
        ),
        (
            HoldingInput { custom_title: Some("AZ\u{1b}]0;owned\u{7}-104".into()), kind: Some("specialty".into()), earned_on: "2026-01-01".into(), ..HoldingInput::default() },
            "Name: contains a control or text-direction character: type it again without it",
        ),
        (
            HoldingInput { custom_title: Some("Admin \u{202e}txt.exe".into()), kind: Some("specialty".into()), earned_on: "2026-01-01".into(), ..HoldingInput::default() },
            "Name: contains a control or text-direction character: type it again without it",
        ),
    ];
    for (input, message) in cases {
        let e = app.add_holding(&input, &ctx(Locale::En)).expect_err("refused");
        assert_eq!(e.translate(&app.catalogs, Locale::En).message, message);
    }
    let ja = app.add_holding(&az104("2025-02-30"), &ctx(Locale::Ja)).expect_err("refused");
    assert_eq!(
        ja.translate(&app.catalogs, Locale::Ja).message,
        "取得日：2025-02-30 は日付ではありません"
    );
    assert!(app.dashboard(&ctx(Locale::En)).expect("dashboard").holdings.is_empty());
    // A retired certification cannot be earned after its retirement (R11).
    let dp203 = HoldingInput {
        certification: Some("certification.azure-data-engineer".into()),
        earned_on: "2025-05-01".into(),
        ..HoldingInput::default()
    };
    let e = app.add_holding(&dp203, &ctx(Locale::En)).expect_err("R11");
    assert!(matches!(e.problem, recert_core::Problem::EarnedOnOrAfterRetirement { .. }), "{e:?}");
    assert_eq!(e.field.as_deref(), Some("earned_on"));
}

#[test]
fn failed_attempts_follow_r9() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = Recert::open(dir.path()).expect("open");
    let v = app.add_holding(&az104("2026-03-14"), &ctx(Locale::En)).expect("add");
    let t1 = now();
    let t2 = t1 + chrono::Duration::minutes(30);
    let first =
        app.record_failed_attempt(&v.id, &Ctx::new(today(), t1, Locale::En)).expect("first");
    assert_eq!(first.next_attempt_at, None);
    let second =
        app.record_failed_attempt(&v.id, &Ctx::new(today(), t2, Locale::En)).expect("second");
    assert_eq!(second.next_attempt_at, Some(t2 + chrono::Duration::hours(24)));
    let e = app
        .record_failed_attempt(
            &v.id,
            &Ctx::new(today(), t2 + chrono::Duration::hours(1), Locale::En),
        )
        .expect_err("wait");
    assert!(e
        .translate(&app.catalogs, Locale::En)
        .message
        .starts_with("Assessment attempt: the next attempt is allowed from 2026-11-23 09:30 UTC"));
    // Not open yet: refused.
    let w = app.add_holding(&az104("2026-10-01"), &ctx(Locale::En)).expect("add");
    let e = app.record_failed_attempt(&w.id, &ctx(Locale::En)).expect_err("not open");
    assert_eq!(e.problem, recert_core::Problem::RenewalNotOpen);
}

#[test]
fn profiles_r14_to_r16() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = Recert::open(dir.path()).expect("open");
    let cert = CertificationProfileInput {
        mcid: "987654321".into(),
        legal_name: "Mei Lin".into(),
        contact_email: "mei@example.com".into(),
        account_email: "mei@outlook.com".into(),
    };
    let learn = LearnProfileInput {
        sign_in_email: "mei@outlook.com".into(),
        account_type: AccountType::Personal,
    };
    assert_eq!(
        app.connect_profiles(true, &ctx(Locale::En)).expect_err("incomplete").kind,
        ErrorKind::Invalid
    );
    let bad = CertificationProfileInput { contact_email: "not-an-email".into(), ..cert.clone() };
    let e = app.save_certification_profile(&bad, Locale::En).expect_err("bad e-mail");
    assert!(matches!(e.problem, recert_core::Problem::NotAnEmail { .. }), "{e:?}");
    app.save_certification_profile(&cert, Locale::En).expect("cert");
    let view = app.save_learn_profile(&learn, Locale::En).expect("learn");
    assert!(view.warnings.is_empty() && view.can_connect);
    let work = LearnProfileInput {
        sign_in_email: "mei@contoso.com".into(),
        account_type: AccountType::WorkOrSchool,
    };
    assert_eq!(app.save_learn_profile(&work, Locale::En).expect("learn").warnings.len(), 1);
    app.save_learn_profile(&learn, Locale::En).expect("learn");

    let stop = app.set_several_profiles(true, Locale::En).expect("several");
    assert!(!stop.can_connect);
    let e = app.connect_profiles(true, &ctx(Locale::En)).expect_err("merge first");
    assert!(e.translate(&app.catalogs, Locale::En).message.contains("https://aka.ms/mcpforum"));
    app.set_several_profiles(false, Locale::En).expect("one profile");
    assert_eq!(
        app.connect_profiles(false, &ctx(Locale::En)).expect_err("needs the confirmation").problem,
        recert_core::Problem::ConfirmIrreversible
    );
    let done = app.connect_profiles(true, &ctx(Locale::En)).expect("connect");
    assert_eq!(done.profiles.connected_on, Some(today()));
    // Irreversible: no second connection, no other Learn account, no other MCID.
    assert_eq!(
        app.connect_profiles(true, &ctx(Locale::En)).expect_err("again").kind,
        ErrorKind::Conflict
    );
    assert_eq!(
        app.save_learn_profile(&work, Locale::En).expect_err("locked").kind,
        ErrorKind::Conflict
    );
    let other = CertificationProfileInput { mcid: "111111111".into(), ..cert.clone() };
    assert_eq!(
        app.save_certification_profile(&other, Locale::En).expect_err("locked").kind,
        ErrorKind::Conflict
    );
    let renamed = CertificationProfileInput { legal_name: "Mei-Ling Lin".into(), ..cert };
    app.save_certification_profile(&renamed, Locale::En).expect("the name may change");
    // Connected: the renewable certification no longer asks to connect.
    let v = app.add_holding(&az104("2026-03-14"), &ctx(Locale::En)).expect("add");
    assert!(!v.needs_connection);
}

#[test]
fn export_import_all_or_nothing_and_idempotent() {
    let a = tempfile::tempdir().expect("temp dir");
    let b = tempfile::tempdir().expect("temp dir");
    let src = Recert::open(a.path()).expect("open");
    src.add_holding(&az104("2026-03-14"), &ctx(Locale::En)).expect("add");
    let custom = HoldingInput {
        custom_title: Some("Contoso Cloud Pro".into()),
        kind: Some("specialty".into()),
        earned_on: "2026-01-10".into(),
        ..HoldingInput::default()
    };
    src.add_holding(&custom, &ctx(Locale::En)).expect("add");
    let file = src.export(now()).expect("export");

    let dst = Recert::open(b.path()).expect("open");
    let preview = dst.import_preview(file.as_bytes(), today()).expect("preview");
    assert_eq!((preview.added, preview.removed), (2, 0));
    assert!(
        dst.dashboard(&ctx(Locale::En)).expect("d").holdings.is_empty(),
        "preview writes nothing"
    );
    dst.import_apply(file.as_bytes(), today()).expect("apply");
    assert_eq!(dst.dashboard(&ctx(Locale::En)).expect("d").holdings.len(), 2);
    let again = dst.import_apply(file.as_bytes(), today()).expect("again");
    assert_eq!(again.changes, 0);
    assert_eq!(again.unchanged, 2);

    // One bad record refuses the whole file.
    let broken = file.replacen("\"2026-01-10\"", "\"2026-13-10\"", 1);
    let e = dst.import_apply(broken.as_bytes(), today()).expect_err("bad date");
    assert_eq!(e.kind, ErrorKind::Invalid);
    let future = file.replacen("\"2026-01-10\"", "\"2027-01-10\"", 1);
    let e = dst.import_apply(future.as_bytes(), today()).expect_err("future date");
    assert!(e.field.as_deref().is_some_and(|f| f.ends_with(".earned_on")), "{e:?}");
    let newer = file.replacen("\"version\": 3", "\"version\": 4", 1);
    assert!(dst
        .import_apply(newer.as_bytes(), today())
        .expect_err("newer")
        .translate(&dst.catalogs, Locale::En)
        .message
        .contains("newer Recert"));
    let e = dst.import_apply(b"{\"format\":\"other\"}", today()).expect_err("not ours");
    assert_eq!(
        (e.problem, e.field.as_deref()),
        (recert_core::Problem::NotRecertExport, Some("format"))
    );
    assert!(matches!(
        dst.import_apply(b"not json", today()).expect_err("not json").problem,
        recert_core::Problem::NotJson { .. }
    ));
    assert_eq!(dst.dashboard(&ctx(Locale::En)).expect("d").holdings.len(), 2);
}

#[test]
fn imported_catalog_replaces_the_snapshot_atomically() {
    let dir = tempfile::tempdir().expect("temp dir");
    {
        let mut app = Recert::open(dir.path()).expect("open");
        let e =
            app.import_catalog(b"{\"certifications\":[{\"uid\":\"x\"}]}").expect_err("no title");
        assert_eq!(e.field.as_deref(), Some("certifications[0].title"), "{e:?}");
        assert!(
            app.catalog().certification("certification.azure-administrator").is_some(),
            "a bad file changes nothing"
        );
        let info = app
            .import_catalog(include_bytes!(
                "../../../../tests/integration/fixtures/catalog_small.json"
            ))
            .expect("import");
        assert_eq!(info.certifications, 2);
    }
    let app = Recert::open(dir.path()).expect("reopen");
    assert!(app.catalog().certification("certification.contoso-engineer").is_some());
    assert!(app.catalog().certification("certification.azure-administrator").is_none());
}

#[test]
fn the_dashboard_lists_a_page_in_urgency_order_and_counts_all() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = Recert::open(dir.path()).expect("open");
    for earned in ["2026-03-14", "2025-12-01", "2026-10-01", "2024-01-05", "2026-06-30"] {
        app.add_holding(&az104(earned), &ctx(Locale::En)).expect("add");
    }
    let all = app.dashboard(&ctx(Locale::En)).expect("all");
    assert_eq!((all.total, all.holdings.len()), (5, 5));
    let page = app.dashboard_page(&ctx(Locale::En), Some(2), None).expect("page");
    assert_eq!((page.total, page.holdings.len()), (5, 2));
    assert_eq!(page.counts, all.counts, "counts cover every holding");
    let ids = |d: &recert_core::views::Dashboard| {
        d.holdings.iter().map(|h| h.id.clone()).collect::<Vec<_>>()
    };
    assert_eq!(ids(&page), ids(&all)[..2].to_vec(), "the most urgent first");
    // A notification's certification is listed even when it is further down.
    let last = all.holdings[4].id.clone();
    let focused = app.dashboard_page(&ctx(Locale::En), Some(2), Some(&last)).expect("focus");
    assert_eq!(ids(&focused), ids(&all));
    assert_eq!(
        app.dashboard_page(&ctx(Locale::En), Some(0), None).expect("none").holdings.len(),
        0
    );
}
