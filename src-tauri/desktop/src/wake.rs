//! When the reminder loop needs a pass, as plain functions of the clock: shared by the app's
//! loop (scheduler.rs) and the Linux tray process (src-tauri/resident), so both sleep the same
//! way. No Tauri here: the tray process does not link it.

use crate::clock::Clock;
use chrono::{DateTime, NaiveDateTime, Utc};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

/// The longest the loop sleeps without looking at the wall clock.
pub const MAX_SLEEP: Duration = Duration::from_secs(60);

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
pub fn pass_needed(
    next: &Next,
    before_local: NaiveDateTime,
    slept: Duration,
    now_local: NaiveDateTime,
    now: DateTime<Utc>,
) -> bool {
    let expected = chrono::TimeDelta::from_std(slept).unwrap_or(chrono::TimeDelta::MAX);
    let walked = now_local - before_local;
    let jumped = (walked - expected).abs() > JUMP;
    jumped
        || now_local.date() != next.at_local.date()
        || next.due.is_some_and(|d| now_local >= d)
        || next.unpause.is_some_and(|u| now >= u)
}

/// How long to sleep before looking at the wall clock again.
pub fn sleep_for(next: &Next, now_local: NaiveDateTime, now: DateTime<Utc>) -> Duration {
    let until_due = next.due.map(|at| (at - now_local).to_std().unwrap_or(Duration::ZERO));
    let until_unpause = next.unpause.map(|u| (u - now).to_std().unwrap_or(Duration::ZERO));
    [until_due, until_unpause]
        .into_iter()
        .flatten()
        .fold(MAX_SLEEP, Duration::min)
        .max(Duration::from_millis(200))
}

/// Sleeps, looking at the wall clock, until a pass is needed or messages arrive: the messages
/// (a burst coalesced into one pass; empty when the clock asked), or `None` once every sender
/// is gone (the process is ending).
pub fn wait<M>(next: &Next, clock: &Clock, rx: &Receiver<M>) -> Option<Vec<M>> {
    loop {
        let (before, started) = (clock.now_local(), Instant::now());
        match rx.recv_timeout(sleep_for(next, before, clock.now())) {
            Ok(first) => return Some(std::iter::once(first).chain(rx.try_iter()).collect()),
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return None,
        }
        if pass_needed(next, before, started.elapsed(), clock.now_local(), clock.now()) {
            return Some(Vec::new());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn t(day: u32, h: u32, m: u32, sec: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, day)
            .and_then(|d| d.and_hms_opt(h, m, sec))
            .expect("a valid time")
    }

    fn utc(local: NaiveDateTime) -> DateTime<Utc> {
        local.and_utc()
    }

    const MINUTE: Duration = Duration::from_secs(60);

    #[test]
    fn an_ordinary_minute_with_nothing_due_needs_no_pass() {
        let next = Next { due: Some(t(25, 9, 0, 0)), unpause: None, at_local: t(23, 10, 0, 0) };
        assert!(!pass_needed(
            &next,
            t(23, 10, 0, 0),
            MINUTE,
            t(23, 10, 1, 0),
            utc(t(23, 10, 1, 0))
        ));
        let idle = Next { due: None, unpause: None, at_local: t(23, 10, 0, 0) };
        assert!(!pass_needed(
            &idle,
            t(23, 10, 0, 0),
            MINUTE,
            t(23, 10, 1, 0),
            utc(t(23, 10, 1, 0))
        ));
        assert_eq!(sleep_for(&idle, t(23, 10, 1, 0), utc(t(23, 10, 1, 0))), MAX_SLEEP);
    }

    #[test]
    fn a_due_reminder_a_pause_end_and_a_new_day_each_need_a_pass() {
        let due = Next { due: Some(t(23, 9, 0, 0)), unpause: None, at_local: t(23, 8, 59, 30) };
        assert_eq!(
            sleep_for(&due, t(23, 8, 59, 30), utc(t(23, 8, 59, 30))),
            Duration::from_secs(30)
        );
        assert!(pass_needed(
            &due,
            t(23, 8, 59, 30),
            Duration::from_secs(30),
            t(23, 9, 0, 0),
            utc(t(23, 9, 0, 0))
        ));
        let paused =
            Next { due: None, unpause: Some(utc(t(23, 12, 0, 0))), at_local: t(23, 11, 59, 0) };
        assert!(pass_needed(
            &paused,
            t(23, 11, 59, 0),
            MINUTE,
            t(23, 12, 0, 0),
            utc(t(23, 12, 0, 0))
        ));
        let evening = Next { due: None, unpause: None, at_local: t(23, 23, 59, 30) };
        assert!(pass_needed(
            &evening,
            t(23, 23, 59, 30),
            MINUTE,
            t(24, 0, 0, 30),
            utc(t(24, 0, 0, 30))
        ));
    }

    #[test]
    fn a_suspend_or_a_clock_change_needs_a_pass() {
        let next = Next { due: Some(t(30, 9, 0, 0)), unpause: None, at_local: t(23, 10, 0, 0) };
        // Asleep for two hours while the monotonic clock counted a minute.
        assert!(pass_needed(&next, t(23, 10, 0, 0), MINUTE, t(23, 12, 1, 0), utc(t(23, 12, 1, 0))));
        // The clock (or time zone) set back an hour.
        assert!(pass_needed(&next, t(23, 10, 0, 0), MINUTE, t(23, 9, 1, 0), utc(t(23, 9, 1, 0))));
        // A second of scheduling noise is no jump.
        assert!(!pass_needed(
            &next,
            t(23, 10, 0, 0),
            MINUTE,
            t(23, 10, 1, 1),
            utc(t(23, 10, 1, 1))
        ));
    }

    #[test]
    fn past_moments_sleep_briefly_and_never_longer_than_a_minute() {
        let late = Next { due: Some(t(23, 9, 0, 0)), unpause: None, at_local: t(23, 9, 0, 0) };
        assert_eq!(
            sleep_for(&late, t(23, 9, 5, 0), utc(t(23, 9, 5, 0))),
            Duration::from_millis(200)
        );
        let far = Next { due: Some(t(30, 9, 0, 0)), unpause: None, at_local: t(23, 9, 0, 0) };
        assert_eq!(sleep_for(&far, t(23, 9, 0, 0), utc(t(23, 9, 0, 0))), MAX_SLEEP);
    }
}
