//! Native notifications over a real D-Bus session: a fake notification daemon records what
//! Recert sends, in English, Japanese and Traditional Chinese, and clicks it. Needs a session
//! bus: scripts/test.sh runs the suite under `dbus-run-session` with `--include-ignored`.

use crate::notification_server::{Call, FakeNotifications};
use chrono::{NaiveDate, TimeZone, Utc};
use recert_core::model::Settings;
use recert_core::service::HoldingInput;
use recert_core::Ctx;
use recert_core::{Locale, Recert};
use std::sync::mpsc;
use std::time::Duration;

fn day(s: &str) -> NaiveDate {
    recert_core::date::parse_date(s).expect("date")
}

/// The notice the scheduler would show on 2026-11-22 at 10:00 for AZ-104 earned 2026-03-14.
fn notice_in(locale: Locale) -> (recert_core::alerts::Notice, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = Recert::open(dir.path()).expect("open");
    app.set_settings(&Settings { language: Some(locale), ..Settings::default() })
        .expect("settings");
    let today = day("2026-11-22");
    let now = Utc.with_ymd_and_hms(2026, 11, 22, 10, 0, 0).single().expect("instant");
    let input = HoldingInput {
        certification: Some("certification.azure-administrator".into()),
        earned_on: "2026-03-14".into(),
        ..HoldingInput::default()
    };
    let id = app.add_holding(&input, &Ctx::new(today, now, locale)).expect("add").id;
    let plan = app
        .reminder_plan(&Ctx {
            now_local: today.and_hms_opt(10, 0, 0).expect("time"),
            ..Ctx::new(today, now, locale)
        })
        .expect("plan");
    (plan.notice.expect("the window-opening reminder is due"), id)
}

fn wait_for(rx: &mpsc::Receiver<Call>) -> Call {
    rx.recv_timeout(Duration::from_secs(10)).expect("the daemon received a notification")
}

#[test]
#[ignore = "needs a D-Bus session bus: scripts/test.sh runs it under dbus-run-session"]
fn notifications_reach_the_desktop_in_three_languages_and_click_through() {
    assert!(std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(), "run under dbus-run-session");

    // No daemon yet: showing fails at once (the app falls back to its banner), it does not hang.
    let (notice, _) = notice_in(Locale::En);
    let started = std::time::Instant::now();
    let e = recert::shell::notify::show(&notice, &[], |_| {}).expect_err("no notification service");
    assert!(e.contains("org.freedesktop.Notifications") || e.contains("ServiceUnknown"), "{e}");
    assert!(started.elapsed() < Duration::from_secs(30));

    let (tx, rx) = mpsc::channel();
    let daemon =
        FakeNotifications::start(Some(tx), None).expect("own org.freedesktop.Notifications");

    let expected = [
        (
            Locale::En,
            "Renewal open: Microsoft Certified: Azure Administrator Associate",
            "Pass the free renewal assessment on Microsoft Learn (aka.ms/CertDashboard) by 2027-03-14 (112 days left).\nConnect your certification profile to your Learn profile to take the renewal assessment.",
            "Open in Recert",
        ),
        (
            Locale::Ja,
            "更新受付開始：Microsoft Certified: Azure Administrator Associate",
            "2027年3月14日 までに Microsoft Learn（aka.ms/CertDashboard）で無料の更新評価に合格してください（残り 112 日）。\n更新アセスメントを受けるには、認定プロファイルを Learn プロファイルに接続してください。",
            "Recert で開く",
        ),
        (
            Locale::ZhTw,
            "可以更新：Microsoft Certified: Azure Administrator Associate",
            "請在 2027年3月14日 當天或之前於 Microsoft Learn（aka.ms/CertDashboard）通過免費的更新評估（剩餘 112 天）。\n請將您的認證資料連接到 Learn 的檔案資料，才能進行更新評估。",
            "在 Recert 中開啟",
        ),
    ];
    for (locale, summary, body, action) in expected {
        let (notice, holding) = notice_in(locale);
        let (clicked_tx, clicked_rx) = mpsc::channel();
        // The click's handler may hand over to the other process at once (the tray process starts
        // the window): the clicked reminder is no longer this process's to take back, or the other
        // process would show it again.
        let key = format!("{holding}/2027-03-14/{locale:?}");
        let covered = [key.clone()];
        recert::shell::notify::show(&notice, &covered, move |h| {
            let _ = clicked_tx.send((h, recert::shell::notify::withdraw_all()));
        })
        .expect("shown");
        let call = wait_for(&rx);
        assert_eq!(call.app_name, "Recert");
        assert_eq!(call.summary, summary, "{locale:?}");
        assert_eq!(call.body, body, "{locale:?}");
        assert_eq!(call.actions, vec!["default".to_owned(), action.to_owned()], "{locale:?}");
        // Recert starts listening for the click just after showing; click until it hears one.
        let clicked = (0..50)
            .find_map(|_| {
                daemon.invoke(call.id, "default").expect("invoke");
                clicked_rx.recv_timeout(Duration::from_millis(200)).ok()
            })
            .expect("the click reached Recert");
        assert_eq!(
            clicked.0,
            Some(recert_core::alerts::Focus::Holding(holding)),
            "the click names the certification"
        );
        assert!(!clicked.1.contains(&key), "the clicked reminder taken back: {:?}", clicked.1);
    }
    assert_eq!(daemon.calls().len(), 3);

    // A server that renders body markup (KDE) gets a title from an imported file as text, never as
    // a link; one that does not gets it as it is.
    let crafted = recert_core::alerts::Notice {
        summary: "Renewal open: <b>x</b>".into(),
        body: "Renew <a href=\"https://evil.example/\">here</a> & now".into(),
        action_label: "Open in Recert".into(),
        focus: None,
    };
    daemon.set_capabilities(&["actions", "body", "body-markup"]);
    recert::shell::notify::show(&crafted, &[], |_| {}).expect("shown");
    let call = wait_for(&rx);
    assert_eq!(call.body, "Renew &lt;a href=\"https://evil.example/\"&gt;here&lt;/a&gt; &amp; now");
    assert_eq!(
        call.summary, "Renewal open: <b>x</b>",
        "summaries are plain text in the specification"
    );
    daemon.set_capabilities(&["actions", "body"]);
    recert::shell::notify::show(&crafted, &[], |_| {}).expect("shown");
    assert_eq!(wait_for(&rx).body, crafted.body);

    // Taken back at a hand-over between Recert's processes: the delivery keys of the reminders
    // still up come back, to be unrecorded and shown again by the other process.
    recert::shell::notify::show(&crafted, &["a/2027-03-14/2026-09-15".to_owned()], |_| {})
        .expect("shown");
    let _ = wait_for(&rx);
    let keys = recert::shell::notify::withdraw_all();
    assert!(keys.contains(&"a/2027-03-14/2026-09-15".to_owned()), "{keys:?}");
    assert!(recert::shell::notify::withdraw_all().is_empty(), "taken back once");
}
