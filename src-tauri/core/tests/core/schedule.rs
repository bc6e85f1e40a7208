//! The reminder schedule over a real store, with an injected clock: restart catch-up,
//! coalescing, suspend, a crash after recording, silence after renewal.

use chrono::{Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};
use recert_core::model::Settings;
use recert_core::service::HoldingInput;
use recert_core::Ctx;
use recert_core::{Locale, Recert, RenewalEvidence};

fn day(s: &str) -> NaiveDate {
    recert_core::date::parse_date(s).expect("date")
}

fn local(s: &str, h: u32, m: u32) -> NaiveDateTime {
    day(s).and_hms_opt(h, m, 0).expect("time")
}

/// The user's clock is UTC+9 (Tokyo): the instant is nine hours behind the wall clock.
fn instant(at: NaiveDateTime) -> chrono::DateTime<Utc> {
    Utc.from_utc_datetime(&(at - Duration::hours(9)))
}

/// A call when the Tokyo user's wall clock reads `at`.
fn in_tokyo(at: NaiveDateTime, locale: Locale) -> Ctx {
    Ctx { now_local: at, ..Ctx::new(at.date(), instant(at), locale) }
}

fn add(app: &Recert, uid: &str, earned: &str, today: &str) -> String {
    let input = HoldingInput {
        certification: Some(uid.into()),
        earned_on: earned.into(),
        ..HoldingInput::default()
    };
    app.add_holding(&input, &in_tokyo(local(today, 8, 0), Locale::En)).expect("add").id
}

/// One scheduler pass as the shells run it (backup, plan, record): what would be shown.
fn pass(app: &Recert, at: NaiveDateTime) -> Option<recert_core::alerts::Notice> {
    app.reminder_pass(&in_tokyo(at, Locale::En), true).expect("pass").notice
}

#[test]
fn a_pass_that_cannot_show_records_nothing_and_the_reminder_waits() {
    let dir = tempfile::tempdir().expect("dir");
    let app = Recert::open(dir.path()).expect("open");
    add(&app, "certification.azure-administrator", "2026-03-14", "2026-05-01");
    let at = local("2026-09-15", 9, 0);
    // At sign-in the notification service may not answer yet.
    let held = app.reminder_pass(&in_tokyo(at, Locale::En), false).expect("pass");
    assert!(held.held && held.notice.is_none());
    assert!(held.backup_failure.is_none());
    assert!(
        dir.path().join("backups").join("recert-2026-09-15.json").exists(),
        "the day's backup is made all the same"
    );
    // A minute later it answers: the reminder is shown then, once.
    let later = local("2026-09-15", 9, 1);
    let shown = app.reminder_pass(&in_tokyo(later, Locale::En), true).expect("pass");
    assert!(!shown.held);
    assert_eq!(
        shown.notice.expect("the reminder").summary,
        "Renewal open: Microsoft Certified: Azure Administrator Associate"
    );
    assert!(pass(&app, local("2026-09-15", 9, 2)).is_none(), "delivered once");
}

#[test]
fn a_backup_that_cannot_be_written_is_reported_in_the_users_language_and_reminders_go_on() {
    let dir = tempfile::tempdir().expect("dir");
    let app = Recert::open(dir.path()).expect("open");
    add(&app, "certification.azure-administrator", "2026-03-14", "2026-05-01");
    // Where the backups go, a file: no backup can be written there.
    let backups = dir.path().join("backups");
    let _ = std::fs::remove_dir_all(&backups);
    std::fs::write(&backups, "not a folder").expect("file");
    let at = local("2026-09-15", 9, 0);
    let pass = app.reminder_pass(&in_tokyo(at, Locale::Ja), true).expect("pass");
    let failure = pass.backup_failure.expect("the backup failed");
    assert!(
        failure.message.contains("recert-2026-09-15.json に書き込めません"),
        "{}",
        failure.message
    );
    assert!(pass.notice.is_some(), "the reminder is shown all the same");
}

#[test]
fn catch_up_after_months_off_is_one_notification_for_several_certifications() {
    let dir = tempfile::tempdir().expect("dir");
    let app = Recert::open(dir.path()).expect("open");
    add(&app, "certification.azure-administrator", "2026-03-14", "2026-05-01");
    add(&app, "certification.azure-network-engineer-associate", "2026-04-01", "2026-05-01");
    assert!(pass(&app, local("2026-05-01", 9, 0)).is_none());
    // The machine was off (or asleep) from May to late February.
    let notice = pass(&app, local("2027-02-20", 7, 30)).expect("catch-up");
    assert_eq!(notice.summary, "2 certifications need attention");
    assert_eq!(notice.body, "Microsoft Certified: Azure Administrator Associate: renew by 2027-03-14\nMicrosoft Certified: Azure Network Engineer Associate: renew by 2027-04-01");
    assert_eq!(notice.focus, None);
    assert!(pass(&app, local("2027-02-20", 7, 31)).is_none(), "delivered once");
}

#[test]
fn a_catch_up_over_many_certifications_names_five_and_counts_the_rest() {
    let dir = tempfile::tempdir().expect("dir");
    let app = Recert::open(dir.path()).expect("open");
    for day in 14..=20 {
        add(&app, "certification.azure-administrator", &format!("2026-03-{day}"), "2026-05-01");
    }
    assert!(pass(&app, local("2026-05-01", 9, 0)).is_none());
    let notice = pass(&app, local("2027-02-20", 7, 30)).expect("catch-up");
    assert_eq!(notice.summary, "7 certifications need attention");
    let lines: Vec<&str> = notice.body.lines().collect();
    assert_eq!(lines.len(), 6, "{}", notice.body);
    assert_eq!(lines[0], "Microsoft Certified: Azure Administrator Associate: renew by 2027-03-14");
    assert_eq!(lines[5], "…and 2 more on the dashboard");
}

#[test]
fn a_crash_after_recording_never_repeats_and_a_restart_catches_up() {
    let dir = tempfile::tempdir().expect("dir");
    {
        let app = Recert::open(dir.path()).expect("open");
        add(&app, "certification.azure-administrator", "2026-03-14", "2026-05-01");
        let plan =
            app.reminder_plan(&in_tokyo(local("2026-09-15", 9, 0), Locale::En)).expect("plan");
        assert!(plan.notice.is_some());
        app.record_deliveries(&plan.covered_keys, Utc::now()).expect("record");
        // Crash here, before the notification is shown: dropped without any further write.
    }
    let app = Recert::open(dir.path()).expect("reopen");
    assert!(pass(&app, local("2026-09-15", 9, 5)).is_none(), "never shown twice");
    // The app stays closed through the 90-day reminder; the next start catches up once.
    let notice = pass(&app, local("2026-12-20", 18, 0)).expect("catch-up");
    assert_eq!(
        notice.summary,
        "Microsoft Certified: Azure Administrator Associate expires in 84 days"
    );
    assert!(pass(&app, local("2026-12-20", 18, 1)).is_none());
}

#[test]
fn time_of_day_and_suspend() {
    let dir = tempfile::tempdir().expect("dir");
    let app = Recert::open(dir.path()).expect("open");
    add(&app, "certification.azure-administrator", "2026-03-14", "2026-05-01");
    app.set_settings(&Settings { reminder_time: "18:30".into(), ..Settings::default() })
        .expect("settings");
    assert!(pass(&app, local("2026-09-15", 18, 29)).is_none());
    let plan = app.reminder_plan(&in_tokyo(local("2026-09-15", 18, 29), Locale::En)).expect("plan");
    assert_eq!(plan.next_due, Some(local("2026-09-15", 18, 30)));
    // Suspended at 18:29, woken at 23:00: the missed 18:30 reminder fires on wake.
    assert!(pass(&app, local("2026-09-15", 23, 0)).is_some());
}

#[test]
fn pause_defers_and_mute_silences() {
    let dir = tempfile::tempdir().expect("dir");
    let app = Recert::open(dir.path()).expect("open");
    let id = add(&app, "certification.azure-administrator", "2026-03-14", "2026-05-01");
    let at = local("2026-09-15", 9, 0);
    app.set_paused(true, instant(at)).expect("pause");
    assert!(pass(&app, at).is_none(), "paused");
    assert!(pass(&app, at + Duration::hours(25)).is_some(), "after the day's pause it comes");
    app.set_muted(&id, true).expect("mute");
    assert!(pass(&app, local("2026-12-14", 9, 0)).is_none(), "muted");
    let tray = app.tray_model(&in_tokyo(local("2026-12-14", 9, 0), Locale::En)).expect("tray");
    assert!(tray.items.is_empty() && !tray.needs_action);
}

#[test]
fn silent_after_renewal_until_the_next_window() {
    let dir = tempfile::tempdir().expect("dir");
    let app = Recert::open(dir.path()).expect("open");
    let id = add(&app, "certification.azure-administrator", "2026-03-14", "2026-05-01");
    assert!(pass(&app, local("2026-09-15", 9, 0)).is_some());
    app.record_renewal(
        &id,
        "2026-10-01",
        RenewalEvidence::Assessment,
        &in_tokyo(local("2026-10-01", 12, 0), Locale::En),
    )
    .expect("renew");
    for (d, h) in [
        ("2026-12-14", 9),
        ("2027-02-12", 9),
        ("2027-03-07", 9),
        ("2027-03-14", 9),
        ("2027-09-15", 23),
    ] {
        assert!(pass(&app, local(d, h, 0)).is_none(), "{d}: the old cycle is over");
    }
    let next = pass(&app, local("2027-09-16", 9, 0)).expect("the next window");
    assert_eq!(next.summary, "Renewal open: Microsoft Certified: Azure Administrator Associate");
    let tray = app.tray_model(&in_tokyo(local("2027-09-16", 9, 0), Locale::En)).expect("tray");
    assert!(tray.needs_action);
}

#[test]
fn a_reminder_withdrawn_unseen_is_shown_again() {
    let dir = tempfile::tempdir().expect("dir");
    let app = Recert::open(dir.path()).expect("open");
    add(&app, "certification.azure-administrator", "2026-03-14", "2026-05-01");
    let at = local("2026-09-15", 9, 0);
    let run = |app: &Recert| app.reminder_pass(&in_tokyo(at, Locale::En), true).expect("pass");
    let first = run(&app);
    assert!(first.notice.is_some() && !first.covered_keys.is_empty());
    assert!(run(&app).notice.is_none(), "delivered once");
    // The process that showed it hands over and takes it back from the screen.
    app.unrecord_deliveries(&first.covered_keys).expect("unrecorded");
    assert_eq!(run(&app).notice, first.notice, "the process taking over shows it again");
}
