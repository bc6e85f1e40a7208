//! The tray process's reminder loop: the app's (src-tauri/shell/scheduler.rs) without a window.
//! Each pass reads the Learn links that are due ("Keep in step with Microsoft Learn", when the
//! user turned it on) with the database closed, then opens it, applies what was read, runs the
//! core's pass, reads the tray model and closes it again, so the CLI and the app find it free
//! between passes. In between, it sleeps as the app's loop does (wake.rs): one look at the wall
//! clock a minute.

use super::tray::{self, Ask};
use super::wake::{self, Next, MAX_SLEEP};
use super::{lock, notify, Context};
use recert_core::store::StoreError;
use recert_core::sync::{SyncOutcome, SyncTarget};
use recert_core::Failure;
use std::sync::mpsc::Receiver;
use std::sync::Arc;
use std::time::Duration;

/// How soon a pass tries again when the database is held by another process (a CLI command, or
/// the app still ending after it handed back).
const BUSY_RETRY: Duration = Duration::from_secs(1);

pub fn spawn(context: Arc<Context>, asks: Receiver<Ask>) -> std::io::Result<()> {
    std::thread::Builder::new().name("recert-reminders".into()).spawn(move || {
        let mut asked = Vec::new();
        let mut close_hint = context.options.closed;
        loop {
            let (next, done) = pass(&context, &asked, &mut close_hint);
            match wake::wait(&next, &context.clock, &asks) {
                // A click the pass could not carry out (the database was held) waits for the next
                // one, with whatever was clicked since: never dropped.
                Some(more) if !done => asked.extend(more),
                Some(more) => asked = more,
                None => return,
            }
        }
    })?;
    Ok(())
}

/// One pass: what the tray asked (pause), the one-time close hint, what is due, the tray. `false`
/// with it when the database did not open, so nothing asked was carried out.
fn pass(context: &Context, asked: &[Ask], close_hint: &mut bool) -> (Next, bool) {
    let clock = &context.clock;
    let now_local = clock.now_local();
    let soon =
        |wait: Duration| Next { due: Some(now_local + wait), unpause: None, at_local: now_local };
    // Read before the pass's own open, with neither the database nor the pass lock held: a
    // hand-over or Quit does not wait for Microsoft Learn.
    let read = match read_links(context) {
        Ok(read) => read,
        Err(StoreError::Locked) => return (soon(BUSY_RETRY), false),
        // Damaged: the open below says so.
        Err(_) => Vec::new(),
    };
    let guard = lock(&context.store);
    let recert = match recert_core::recovery::open_checked(&context.data_dir) {
        Ok(r) => r,
        Err(StoreError::Locked) => return (soon(BUSY_RETRY), false),
        Err(e) => {
            // Damaged or from a newer Recert: the window's recovery screen says what to do. The
            // tray keeps "Open" and "Quit"; no reminder is recorded or lost meanwhile.
            eprintln!("recert-tray: the database does not open: {e:?}");
            return (soon(MAX_SLEEP), false);
        }
    };
    let ctx = clock.ctx(recert.locale(&context.os_tag));
    let (now, locale) = (ctx.now, ctx.locale);
    // Each notice with the delivery keys recorded for it (none for the close hint and a link no
    // longer shared).
    let mut notices: Vec<(recert_core::alerts::Notice, Vec<String>)> = Vec::new();
    for (target, fetched) in read {
        match recert.sync_apply(&target.who, fetched, &ctx) {
            // Said once, as the app says it.
            Ok(SyncOutcome::NotShared { first: true }) => notices.extend(
                recert.not_shared_notice(&target.who, locale).ok().map(|n| (n, Vec::new())),
            ),
            Ok(_) => {}
            Err(e) => eprintln!("recert-tray: sync: {:?}", e.problem),
        }
    }
    for ask in asked {
        match ask {
            Ask::TogglePause => {
                if let Err(e) = recert.toggle_pause(now) {
                    eprintln!("recert-tray: pause: {:?}", e.problem);
                }
            }
        }
    }
    if std::mem::take(close_hint) {
        notices.extend(recert.take_close_hint(locale).unwrap_or(None).map(|n| (n, Vec::new())));
    }
    // With no notification service (yet: at sign-in it may start after Recert), a due reminder
    // waits, unrecorded, for the next pass or the window's banner.
    let pass = recert
        .reminder_pass(&ctx, notify::available())
        .map_err(|f| f.translate(&recert.catalogs, locale));
    let model = recert.tray_model(&ctx);
    let next_read = recert.sync_next_due(now).ok().flatten();
    drop(recert);
    drop(guard);
    let next = match pass {
        Ok(pass) => {
            if let Some(failure) = &pass.backup_failure {
                eprintln!("recert-tray: backup: {}", failure.message);
            }
            notices.extend(pass.notice.map(|n| (n, pass.covered_keys.clone())));
            let due = if pass.held { Some(now_local + MAX_SLEEP) } else { pass.next_due };
            // Or the next link to read, whichever comes first; at least a minute on, so a read
            // that could not be recorded is not retried in a loop.
            let offset = clock.now_local() - clock.now().naive_utc();
            let next_read = next_read.map(|at| {
                (at.naive_utc() + offset).max(clock.now_local() + chrono::Duration::minutes(1))
            });
            let due = match (due, next_read) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            Next { due, unpause: pass.paused_until, at_local: clock.now_local() }
        }
        Err(e) => {
            eprintln!("recert-tray: reminders: {}", e.message);
            soon(MAX_SLEEP)
        }
    };
    for (notice, covered) in notices {
        if let Err(e) = notify::show(&notice, &covered, tray::open_from_notification) {
            eprintln!("recert-tray: notification: {e}");
        }
    }
    match model {
        Ok(model) => tray::show(model),
        Err(e) => eprintln!("recert-tray: tray: {:?}", e.problem),
    }
    // The pass read every record and closed the database: give back what it freed.
    super::heap::give_back();
    super::probe::mark("reminder pass done");
    (next, true)
}

/// A link read: whose, and Learn's answer or why there is none.
type Read = (SyncTarget, Result<Vec<u8>, Failure>);

/// The Learn links due now, each read from Microsoft Learn (the answer, or why there is none).
/// The database is open only to ask which are due; nothing when syncing is off.
fn read_links(context: &Context) -> Result<Vec<Read>, StoreError> {
    let targets = {
        let _guard = lock(&context.store);
        recert_core::recovery::open_checked(&context.data_dir)?
            .sync_due(context.clock.now(), false)
            .unwrap_or_default()
    };
    if targets.is_empty() {
        return Ok(Vec::new());
    }
    Ok(targets
        .into_iter()
        .map(|target| {
            let fetched = super::learn::block_on(super::learn::fetch_transcript(&target.share_id));
            (target, fetched)
        })
        .collect())
}
