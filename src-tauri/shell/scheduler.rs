//! The reminder loop. A pass (backup, what is due, notification, tray) runs when a reminder
//! falls due, a pause ends, the day changes, data changes (the app wakes it), or the wall clock
//! jumped (suspend, a clock or time-zone change: the monotonic clock stops during suspend). In
//! between, the loop only looks at the wall clock once a minute, which costs one thread wake-up:
//! an idle Recert in the tray does no pass, opens no database and touches no tray for hours.

use super::state::Shell;
use super::{notify, tray, window};
use chrono::{DateTime, NaiveDateTime, Utc};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};
use tauri::{AppHandle, Emitter, Manager};

/// The longest the loop sleeps without looking at the wall clock.
pub const MAX_SLEEP: Duration = Duration::from_secs(60);

/// The first pass waits for the first screen to be painted (the UI says so), or this long: its
/// tray update and backup would otherwise compete with the window's first frames.
pub const FIRST_PASS_DELAY: Duration = Duration::from_secs(3);

/// Wall-clock time that passed beyond the monotonic time slept: a suspend or a clock change.
const JUMP: chrono::TimeDelta = chrono::TimeDelta::seconds(5);

/// What a pass leaves for the next: the moments that need one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Next {
    /// The next reminder, in the user's wall-clock time.
    pub due: Option<NaiveDateTime>,
    /// The end of a pause.
    pub unpause: Option<DateTime<Utc>>,
    /// The wall-clock time the pass ran (a new day needs a pass: backup, days left in the tray).
    pub at_local: NaiveDateTime,
}

/// Whether a pass is needed after sleeping `slept` (monotonic) and waking at `now_local`/`now`,
/// where the previous look at the wall clock said `before_local`.
pub fn pass_needed(next: &Next, before_local: NaiveDateTime, slept: Duration, now_local: NaiveDateTime, now: DateTime<Utc>) -> bool {
    let expected = chrono::TimeDelta::from_std(slept).unwrap_or(chrono::TimeDelta::MAX);
    let walked = now_local - before_local;
    let jumped = (walked - expected).abs() > JUMP;
    jumped || now_local.date() != next.at_local.date() || next.due.is_some_and(|d| now_local >= d) || next.unpause.is_some_and(|u| now >= u)
}

/// How long to sleep before looking at the wall clock again.
pub fn sleep_for(next: &Next, now_local: NaiveDateTime, now: DateTime<Utc>) -> Duration {
    let until_due = next.due.map(|at| (at - now_local).to_std().unwrap_or(Duration::ZERO));
    let until_unpause = next.unpause.map(|u| (u - now).to_std().unwrap_or(Duration::ZERO));
    [until_due, until_unpause].into_iter().flatten().fold(MAX_SLEEP, Duration::min).max(Duration::from_millis(200))
}

pub fn spawn(app: AppHandle) -> std::io::Result<Sender<()>> {
    let (tx, rx) = mpsc::channel::<()>();
    std::thread::Builder::new().name("recert-reminders".into()).spawn(move || {
        if rx.recv_timeout(FIRST_PASS_DELAY) != Err(RecvTimeoutError::Disconnected) {
            run_passes(&app, &rx);
        }
    })?;
    Ok(tx)
}

fn run_passes(app: &AppHandle, rx: &mpsc::Receiver<()>) {
    loop {
        let next = tick(app);
        let clock = app.state::<Shell>().clock;
        // Look at the wall clock until a pass is needed or a change arrives.
        loop {
            let (before, started) = (clock.now_local(), Instant::now());
            match rx.recv_timeout(sleep_for(&next, before, clock.now())) {
                Ok(()) => break,
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return,
            }
            if pass_needed(&next, before, started.elapsed(), clock.now_local(), clock.now()) {
                break;
            }
        }
        // Coalesce a burst of changes into one pass.
        while rx.try_recv().is_ok() {}
    }
}

/// One pass: deliver what is due, refresh the tray; returns when the next is needed.
pub fn tick(app: &AppHandle) -> Next {
    let shell = app.state::<Shell>();
    // A pass that could not finish tries again at the next look at the clock.
    let now_local = shell.clock.now_local();
    let retry = Next { due: Some(now_local + MAX_SLEEP), unpause: None, at_local: now_local };
    if shell.recovery().is_some() {
        return retry;
    }
    // The day's backup first: cheap when it exists, and it protects what the user entered.
    if let Err(e) = shell.run(|r, c| r.daily_backup(c.today, c.now)) {
        eprintln!("recert: backup: {}", e.message);
    }
    let plan = match shell.run(|r, c| r.reminder_plan(c.now_local, c.now, c.today, c.locale)) {
        Ok(plan) => plan,
        Err(e) => {
            eprintln!("recert: reminders: {}", e.message);
            return retry;
        }
    };
    if !plan.covered_keys.is_empty() {
        // Durable first: if this fails, show nothing now and try again on the next pass.
        if let Err(e) = shell.run(|r, c| r.record_deliveries(&plan.covered_keys, c.now)) {
            eprintln!("recert: reminders: {}", e.message);
            return retry;
        }
    }
    if let Some(notice) = plan.notice {
        let handle = app.clone();
        let shown = notify::show(&notice, move |holding| window::show_certification(&handle, holding));
        if shown.is_err() {
            shell.push_banner(notice);
            let _ = app.emit("recert://banner", ());
        }
    }
    tray::refresh(app);
    super::probe::mark("reminder pass done");
    Next { due: plan.next_due, unpause: plan.paused_until, at_local: shell.clock.now_local() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn t(day: u32, h: u32, m: u32, sec: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, day).and_then(|d| d.and_hms_opt(h, m, sec)).expect("a valid time")
    }

    fn utc(local: NaiveDateTime) -> DateTime<Utc> {
        local.and_utc()
    }

    const MINUTE: Duration = Duration::from_secs(60);

    #[test]
    fn an_ordinary_minute_with_nothing_due_needs_no_pass() {
        let next = Next { due: Some(t(25, 9, 0, 0)), unpause: None, at_local: t(23, 10, 0, 0) };
        assert!(!pass_needed(&next, t(23, 10, 0, 0), MINUTE, t(23, 10, 1, 0), utc(t(23, 10, 1, 0))));
        let idle = Next { due: None, unpause: None, at_local: t(23, 10, 0, 0) };
        assert!(!pass_needed(&idle, t(23, 10, 0, 0), MINUTE, t(23, 10, 1, 0), utc(t(23, 10, 1, 0))));
        assert_eq!(sleep_for(&idle, t(23, 10, 1, 0), utc(t(23, 10, 1, 0))), MAX_SLEEP);
    }

    #[test]
    fn a_due_reminder_a_pause_end_and_a_new_day_each_need_a_pass() {
        let due = Next { due: Some(t(23, 9, 0, 0)), unpause: None, at_local: t(23, 8, 59, 30) };
        assert_eq!(sleep_for(&due, t(23, 8, 59, 30), utc(t(23, 8, 59, 30))), Duration::from_secs(30));
        assert!(pass_needed(&due, t(23, 8, 59, 30), Duration::from_secs(30), t(23, 9, 0, 0), utc(t(23, 9, 0, 0))));
        let paused = Next { due: None, unpause: Some(utc(t(23, 12, 0, 0))), at_local: t(23, 11, 59, 0) };
        assert!(pass_needed(&paused, t(23, 11, 59, 0), MINUTE, t(23, 12, 0, 0), utc(t(23, 12, 0, 0))));
        let evening = Next { due: None, unpause: None, at_local: t(23, 23, 59, 30) };
        assert!(pass_needed(&evening, t(23, 23, 59, 30), MINUTE, t(24, 0, 0, 30), utc(t(24, 0, 0, 30))));
    }

    #[test]
    fn a_suspend_or_a_clock_change_needs_a_pass() {
        let next = Next { due: Some(t(30, 9, 0, 0)), unpause: None, at_local: t(23, 10, 0, 0) };
        // Asleep for two hours while the monotonic clock counted a minute.
        assert!(pass_needed(&next, t(23, 10, 0, 0), MINUTE, t(23, 12, 1, 0), utc(t(23, 12, 1, 0))));
        // The clock (or time zone) set back an hour.
        assert!(pass_needed(&next, t(23, 10, 0, 0), MINUTE, t(23, 9, 1, 0), utc(t(23, 9, 1, 0))));
        // A second of scheduling noise is no jump.
        assert!(!pass_needed(&next, t(23, 10, 0, 0), MINUTE, t(23, 10, 1, 1), utc(t(23, 10, 1, 1))));
    }

    #[test]
    fn past_moments_sleep_briefly_and_never_longer_than_a_minute() {
        let late = Next { due: Some(t(23, 9, 0, 0)), unpause: None, at_local: t(23, 9, 0, 0) };
        assert_eq!(sleep_for(&late, t(23, 9, 5, 0), utc(t(23, 9, 5, 0))), Duration::from_millis(200));
        let far = Next { due: Some(t(30, 9, 0, 0)), unpause: None, at_local: t(23, 9, 0, 0) };
        assert_eq!(sleep_for(&far, t(23, 9, 0, 0), utc(t(23, 9, 0, 0))), MAX_SLEEP);
    }
}
