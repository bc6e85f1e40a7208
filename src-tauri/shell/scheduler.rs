//! The reminder loop. A pass (backup, what is due, notification, tray) runs when a reminder
//! falls due, a pause ends, the day changes, data changes (the app wakes it), or the wall clock
//! jumped (suspend, a clock or time-zone change: the monotonic clock stops during suspend). In
//! between, the loop only looks at the wall clock once a minute, which costs one thread wake-up:
//! an idle Recert in the tray does no pass, opens no database and touches no tray for hours.

use super::state::Shell;
use super::wake::{self, Next, MAX_SLEEP};
use super::{notify, tray, window};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::time::Duration;
use tauri::{AppHandle, Emitter, Manager};

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
    let clock = app.state::<Shell>().clock;
    loop {
        let next = tick(app);
        if wake::wait(&next, &clock, rx).is_none() {
            return;
        }
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
    // The app can always show a notice: natively, else as a banner in the window.
    let pass = match shell.run(|r, c| r.reminder_pass(&c, true)) {
        Ok(pass) => pass,
        Err(e) => {
            eprintln!("recert: reminders: {}", e.message);
            return retry;
        }
    };
    if let Some(failure) = &pass.backup_failure {
        eprintln!("recert: backup: {}", failure.message);
    }
    if let Some(notice) = pass.notice {
        let handle = app.clone();
        let shown = notify::show(&notice, &pass.covered_keys, move |holding| {
            window::show_certification(&handle, holding)
        });
        if shown.is_err() {
            super::probe::mark("reminder: no notification service, kept as an in-app banner");
            shell.push_banner(notice);
            let _ = app.emit("recert://banner", ());
        } else {
            super::probe::mark("reminder: shown as a notification");
        }
    }
    // Keeping in step with Microsoft Learn (when the user turned it on): the links due are read
    // with the store closed; what changed shows in the window, and the next pass has it.
    let read = tauri::async_runtime::block_on(super::sync::read(&shell, false));
    if super::sync::changed(&read) {
        let _ = app.emit("recert://changed", ());
    }
    // A link Learn stopped sharing is said once; other failures stay quiet ("read N days ago").
    for (who, _) in
        read.iter().filter(|(_, o)| *o == recert_core::sync::SyncOutcome::NotShared { first: true })
    {
        if let Ok(notice) = shell.run(|r, c| r.not_shared_notice(who, c.locale)) {
            let handle = app.clone();
            if notify::show(&notice, &[], move |holding| {
                window::show_certification(&handle, holding)
            })
            .is_err()
            {
                shell.push_banner(notice);
                let _ = app.emit("recert://banner", ());
            }
        }
    }
    tray::refresh(app);
    super::probe::mark("reminder pass done");
    // The next pass: a reminder, or the next link to read, whichever comes first.
    let offset = shell.clock.now_local() - shell.clock.now().naive_utc();
    // At least a minute on: a read that could not even be recorded is not retried in a loop.
    let soonest = shell.clock.now_local() + chrono::Duration::minutes(1);
    let next_read = shell
        .run(|r, c| r.sync_next_due(c.now))
        .ok()
        .flatten()
        .map(|at| (at.naive_utc() + offset).max(soonest));
    let due = match (pass.next_due, next_read) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    Next { due, unpause: pass.paused_until, at_local: shell.clock.now_local() }
}
