//! The reminder loop. It sleeps until the next reminder is due but at most a minute (the
//! monotonic clock stops during suspend, so waking often and re-reading the wall clock is what
//! makes reminders correct across sleep, clock and time-zone changes), wakes early when data
//! changes, asks the core what is due, records the deliveries durably, then notifies.

use super::state::Shell;
use super::{notify, tray, window};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::time::Duration;
use tauri::{AppHandle, Emitter, Manager};

/// The longest the loop sleeps without looking at the wall clock.
pub const MAX_SLEEP: Duration = Duration::from_secs(60);

/// The first pass waits for the first screen to be painted (the UI says so), or this long: its
/// tray update and backup would otherwise compete with the window's first frames.
pub const FIRST_PASS_DELAY: Duration = Duration::from_secs(3);

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
        let wait = tick(app);
        match rx.recv_timeout(wait) {
            Ok(()) | Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => break,
        }
        // Coalesce a burst of changes into one pass.
        while rx.try_recv().is_ok() {}
    }
}

/// One pass: deliver what is due, refresh the tray; returns how long to sleep.
pub fn tick(app: &AppHandle) -> Duration {
    let shell = app.state::<Shell>();
    if shell.recovery().is_some() {
        return MAX_SLEEP;
    }
    // The day's backup first: cheap when it exists, and it protects what the user entered.
    if let Err(e) = shell.run(|r, c| r.daily_backup(c.today, c.now)) {
        eprintln!("recert: backup: {}", e.message);
    }
    let plan = match shell.run(|r, c| r.reminder_plan(c.now_local, c.now, c.today, c.locale)) {
        Ok(plan) => plan,
        Err(e) => {
            eprintln!("recert: reminders: {}", e.message);
            return MAX_SLEEP;
        }
    };
    if !plan.covered_keys.is_empty() {
        // Durable first: if this fails, show nothing now and try again on the next pass.
        if let Err(e) = shell.run(|r, c| r.record_deliveries(&plan.covered_keys, c.now)) {
            eprintln!("recert: reminders: {}", e.message);
            return MAX_SLEEP;
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
    let now_local = shell.clock.now_local();
    let until_due = plan.next_due.and_then(|at| (at - now_local).to_std().ok());
    let until_unpause = plan.paused_until.and_then(|until| (until - shell.clock.now()).to_std().ok());
    [until_due, until_unpause].into_iter().flatten().fold(MAX_SLEEP, Duration::min).max(Duration::from_millis(200))
}
