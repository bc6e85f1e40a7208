//! What to remind the user of, and when (R13). Pure: the scheduler in the shell passes the local
//! wall-clock time and the set of reminders already delivered, and gets back what is due now and
//! when to wake next. Comparing local wall-clock times (not instants) keeps a 09:00 reminder at
//! 09:00 across time-zone and daylight-saving changes.

use crate::engine::{Evaluation, Status};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use ts_rs::TS;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum ReminderKind {
    /// The renewal window opened today (the 180-day reminder).
    WindowOpens,
    /// One of the reminders before expiry.
    BeforeExpiry,
    /// Expiry day: it has expired and must be earned again (R7).
    Expired,
    /// The day before a booked exam.
    ExamTomorrow,
    /// The morning of a booked exam.
    ExamToday,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Reminder {
    pub holding_id: String,
    pub kind: ReminderKind,
    /// The local day it is due (at the user's time of day).
    pub date: NaiveDate,
    /// The expiry it is about: a renewal starts a new cycle with new keys. For an exam reminder,
    /// the exam's day.
    pub expires_on: NaiveDate,
    /// Exam reminders: the exam (catalog uid) and its booked local time; `holding_id` is the plan.
    pub exam: Option<String>,
    #[ts(type = "string | null")]
    pub exam_at: Option<NaiveDateTime>,
    /// Due at this time of day instead of the user's (an early exam's morning reminder).
    #[ts(type = "string | null")]
    pub time: Option<NaiveTime>,
}

impl Reminder {
    /// Identity for the delivery log: the same reminder is never delivered twice.
    pub fn key(&self) -> String {
        match &self.exam {
            None => format!("{}/{}/{}", self.holding_id, self.expires_on, self.date),
            Some(exam) => format!("{}/{}/{}/{}", self.holding_id, exam, self.expires_on, self.date),
        }
    }

    fn is_exam(&self) -> bool {
        self.exam.is_some()
    }
}

/// How long before an early exam its morning reminder comes, when the user's time of day is too late.
pub const EXAM_MORNING_LEAD_HOURS: i64 = 2;

/// A booked exam's two reminders: the day before at the user's time of day, and the morning of
/// the exam at the user's time of day, or two hours before an exam that starts earlier than an
/// hour after it.
pub fn exam_reminders(
    plan_id: &str,
    exam: &str,
    at: NaiveDateTime,
    time_of_day: NaiveTime,
) -> Vec<Reminder> {
    let day = at.date();
    let lead = chrono::Duration::hours(EXAM_MORNING_LEAD_HOURS);
    let morning = if at >= day.and_time(time_of_day) + chrono::Duration::hours(1) {
        None
    } else {
        Some((at - lead).max(day.and_time(NaiveTime::MIN)).time())
    };
    let make = |kind, date, time| Reminder {
        holding_id: plan_id.to_owned(),
        kind,
        date,
        expires_on: day,
        exam: Some(exam.to_owned()),
        exam_at: Some(at),
        time,
    };
    let mut out = Vec::with_capacity(2);
    if let Some(before) = day.pred_opt() {
        out.push(make(ReminderKind::ExamTomorrow, before, None));
    }
    out.push(make(ReminderKind::ExamToday, day, morning));
    out
}

/// The reminders of a holding's current cycle: its reminder dates (the first, on the window's
/// opening day, is the "window opens" one) and the expiry day itself (not for a certification
/// retired by then, which cannot be earned again).
pub fn cycle_reminders(holding_id: &str, ev: &Evaluation) -> Vec<Reminder> {
    let Some(expires_on) = ev.expires_on else { return Vec::new() };
    if ev.status == Status::NoExpiry {
        return Vec::new();
    }
    let mut out: Vec<Reminder> = ev
        .reminders
        .iter()
        .map(|&date| Reminder {
            holding_id: holding_id.to_owned(),
            kind: if Some(date) == ev.window_opens_on {
                ReminderKind::WindowOpens
            } else {
                ReminderKind::BeforeExpiry
            },
            date,
            expires_on,
            exam: None,
            exam_at: None,
            time: None,
        })
        .collect();
    if ev.expiry_notice {
        // R3: the expiry day is the last valid day; the notice comes the day after.
        let date = expires_on.succ_opt().unwrap_or(expires_on);
        out.push(Reminder {
            holding_id: holding_id.to_owned(),
            kind: ReminderKind::Expired,
            date,
            expires_on,
            exam: None,
            exam_at: None,
            time: None,
        });
    }
    out
}

/// An expiry-day notice older than this many days is recorded as delivered without being shown.
pub const STALE_EXPIRED_DAYS: i64 = 14;

/// Expired holdings' past cycles produce no reminders (the engine gives none), so only the
/// expiry-day notice of the last cycle remains for them; everything is keyed by cycle.
fn due_at(r: &Reminder, time_of_day: NaiveTime) -> NaiveDateTime {
    r.date.and_time(r.time.unwrap_or(time_of_day))
}

/// What is due at `now_local` and not yet delivered: for each holding only its latest due
/// reminder is shown (older missed ones are covered by it), but every due key is returned so all
/// are recorded as delivered.
pub struct Due {
    pub show: Vec<Reminder>,
    pub covered_keys: Vec<String>,
}

pub fn due(
    all: &[Reminder],
    delivered: &HashSet<String>,
    now_local: NaiveDateTime,
    time_of_day: NaiveTime,
) -> Due {
    let mut show: Vec<Reminder> = Vec::new();
    let mut covered_keys = Vec::new();
    let today = now_local.date();
    for r in all.iter().filter(|r| due_at(r, time_of_day) <= now_local) {
        let key = r.key();
        if delivered.contains(&key) {
            continue;
        }
        covered_keys.push(key);
        // An expiry long past (a certification added after it expired, or an app left closed
        // for weeks) is on the dashboard; a notification about it would be news to no one.
        if r.kind == ReminderKind::Expired
            && crate::date::days_between(r.date, today) > STALE_EXPIRED_DAYS
        {
            continue;
        }
        // An exam reminder caught up after the exam began would only be noise.
        if r.exam_at.is_some_and(|at| at <= now_local) {
            continue;
        }
        match show.iter_mut().find(|s| s.holding_id == r.holding_id && s.is_exam() == r.is_exam()) {
            Some(existing) if existing.date < r.date => *existing = r.clone(),
            Some(_) => {}
            None => show.push(r.clone()),
        }
    }
    show.sort_by(|a, b| {
        a.expires_on.cmp(&b.expires_on).then_with(|| a.holding_id.cmp(&b.holding_id))
    });
    Due { show, covered_keys }
}

/// The next local wall-clock moment a reminder falls due, if any.
pub fn next_due(
    all: &[Reminder],
    delivered: &HashSet<String>,
    now_local: NaiveDateTime,
    time_of_day: NaiveTime,
) -> Option<NaiveDateTime> {
    all.iter()
        .map(|r| (due_at(r, time_of_day), r))
        .filter(|(at, r)| *at > now_local && !delivered.contains(&r.key()))
        .map(|(at, _)| at)
        .min()
}

/// Parses the reminder time of day, `HH:MM`.
pub fn parse_time_of_day(text: &str) -> Option<NaiveTime> {
    let b = text.as_bytes();
    if b.len() != 5 || b[2] != b':' {
        return None;
    }
    let h: u32 = text[0..2].parse().ok()?;
    let m: u32 = text[3..5].parse().ok()?;
    NaiveTime::from_hms_opt(h, m, 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::{parse_date, start_of_day_utc};
    use crate::engine::{evaluate, Holding, DEFAULT_OFFSETS};
    use crate::kind::CertKind;

    fn d(s: &str) -> NaiveDate {
        parse_date(s).expect("date")
    }

    fn at(s: &str, hm: &str) -> NaiveDateTime {
        d(s).and_time(parse_time_of_day(hm).expect("time"))
    }

    fn nine() -> NaiveTime {
        parse_time_of_day("09:00").expect("time")
    }

    fn reminders_for(id: &str, earned: &str, renewed: &[&str], today: &str) -> Vec<Reminder> {
        let h = Holding {
            kind: Some(CertKind::RoleBased),
            earned_on: Some(d(earned)),
            renewed_on: renewed.iter().map(|s| d(s)).collect(),
            ..Holding::default()
        };
        let ev =
            evaluate(&h, &DEFAULT_OFFSETS, d(today), start_of_day_utc(d(today))).expect("valid");
        cycle_reminders(id, &ev)
    }

    #[test]
    fn a_cycle_has_window_before_expiry_and_expiry_day() {
        let rs = reminders_for("a", "2026-03-14", &[], "2026-05-01");
        let kinds: Vec<_> = rs.iter().map(|r| (r.kind, r.date)).collect();
        assert_eq!(
            kinds,
            vec![
                (ReminderKind::WindowOpens, d("2026-09-15")),
                (ReminderKind::BeforeExpiry, d("2026-12-14")),
                (ReminderKind::BeforeExpiry, d("2027-02-12")),
                (ReminderKind::BeforeExpiry, d("2027-03-07")),
                (ReminderKind::Expired, d("2027-03-15")),
            ]
        );
    }

    #[test]
    fn fires_at_the_time_of_day_once() {
        let rs = reminders_for("a", "2026-03-14", &[], "2026-05-01");
        let mut delivered = HashSet::new();
        assert!(due(&rs, &delivered, at("2026-09-15", "08:59"), nine()).show.is_empty());
        assert_eq!(
            next_due(&rs, &delivered, at("2026-09-15", "08:59"), nine()),
            Some(at("2026-09-15", "09:00"))
        );
        let now = due(&rs, &delivered, at("2026-09-15", "09:00"), nine());
        assert_eq!(now.show.len(), 1);
        assert_eq!(now.show[0].kind, ReminderKind::WindowOpens);
        delivered.extend(now.covered_keys);
        assert!(due(&rs, &delivered, at("2026-09-15", "18:00"), nine()).show.is_empty());
        assert_eq!(
            next_due(&rs, &delivered, at("2026-09-15", "18:00"), nine()),
            Some(at("2026-12-14", "09:00"))
        );
    }

    #[test]
    fn restart_catch_up_coalesces_missed_reminders_per_certification() {
        let mut rs = reminders_for("a", "2026-03-14", &[], "2026-05-01");
        rs.extend(reminders_for("b", "2026-04-01", &[], "2026-05-01"));
        // Off from September to late February: a's window, 90- and 30-day reminders, b's window
        // and 90-day reminder were all missed.
        let catch_up = due(&rs, &HashSet::new(), at("2027-02-20", "10:00"), nine());
        assert_eq!(catch_up.covered_keys.len(), 5);
        assert_eq!(catch_up.show.len(), 2, "one line per certification");
        assert_eq!(catch_up.show[0].holding_id, "a");
        assert_eq!(
            catch_up.show[0].date,
            d("2027-02-12"),
            "the latest missed one speaks for the others"
        );
        let delivered: HashSet<String> = catch_up.covered_keys.into_iter().collect();
        assert!(due(&rs, &delivered, at("2027-02-20", "10:05"), nine()).show.is_empty());
    }

    #[test]
    fn silent_after_renewal_until_the_next_cycle() {
        let before = reminders_for("a", "2026-03-14", &[], "2026-10-01");
        let mut delivered: HashSet<String> =
            due(&before, &HashSet::new(), at("2026-10-01", "09:00"), nine())
                .covered_keys
                .into_iter()
                .collect();
        assert_eq!(delivered.len(), 1);
        let after = reminders_for("a", "2026-03-14", &["2026-10-02"], "2026-10-02");
        // The old cycle's December reminder is gone; the next is the new window, 2027-09-16.
        assert!(due(&after, &delivered, at("2027-09-15", "23:59"), nine()).show.is_empty());
        assert_eq!(
            next_due(&after, &delivered, at("2026-10-02", "12:00"), nine()),
            Some(at("2027-09-16", "09:00"))
        );
        let next = due(&after, &delivered, at("2027-09-16", "09:00"), nine());
        assert_eq!(next.show[0].kind, ReminderKind::WindowOpens);
        delivered.extend(next.covered_keys);
    }

    #[test]
    fn wall_clock_comparison_survives_dst_and_time_zone_changes() {
        // The reminder is due at 09:00 local on its day whatever the offset: a DST jump or a flight
        // changes the instant, not the wall-clock moment.
        let rs = reminders_for("a", "2026-03-14", &[], "2026-05-01");
        let nine_local = at("2026-09-15", "09:00");
        for offset_hours in [-10, 0, 1, 2, 9] {
            let local = nine_local;
            let utc = local - chrono::Duration::hours(offset_hours);
            assert!(!due(&rs, &HashSet::new(), local, nine()).show.is_empty(), "UTC {utc}");
        }
        // A clock set back an hour (DST end) after delivery does not deliver again.
        let delivered: HashSet<String> =
            due(&rs, &HashSet::new(), at("2026-09-15", "09:30"), nine())
                .covered_keys
                .into_iter()
                .collect();
        assert!(due(&rs, &delivered, at("2026-09-15", "09:10"), nine()).show.is_empty());
    }

    #[test]
    fn expired_day_notice() {
        let rs = reminders_for("a", "2025-03-14", &[], "2026-03-15");
        assert_eq!(rs.len(), 1, "an expired holding keeps only its expiry notice");
        assert!(
            due(&rs, &HashSet::new(), at("2026-03-14", "09:00"), nine()).show.is_empty(),
            "the expiry day is still valid (R3)"
        );
        let now = due(&rs, &HashSet::new(), at("2026-03-15", "09:00"), nine());
        assert_eq!(now.show[0].kind, ReminderKind::Expired);
    }

    #[test]
    fn a_long_past_expiry_is_not_announced() {
        let rs = reminders_for("a", "2024-03-14", &[], "2026-11-22");
        let d = due(&rs, &HashSet::new(), at("2026-11-22", "09:00"), nine());
        assert!(d.show.is_empty());
        assert_eq!(d.covered_keys.len(), 1, "recorded, so it is never shown later either");
    }

    fn at_hm(day: &str, hm: &str) -> NaiveDateTime {
        at(day, hm)
    }

    #[test]
    fn exam_reminders_the_day_before_and_the_morning_of() {
        let rs = exam_reminders("p1", "exam.az-104", at_hm("2026-12-10", "14:00"), nine());
        assert_eq!(rs.len(), 2);
        assert_eq!(
            (rs[0].kind, due_at(&rs[0], nine())),
            (ReminderKind::ExamTomorrow, at("2026-12-09", "09:00"))
        );
        assert_eq!(
            (rs[1].kind, due_at(&rs[1], nine())),
            (ReminderKind::ExamToday, at("2026-12-10", "09:00"))
        );
        // An 09:30 exam: the morning reminder comes two hours before it, not at 09:00.
        let early = exam_reminders("p1", "exam.az-104", at_hm("2026-12-10", "09:30"), nine());
        assert_eq!(due_at(&early[1], nine()), at("2026-12-10", "07:30"));
        // A 01:00 exam: not before midnight.
        let night = exam_reminders("p1", "exam.az-104", at_hm("2026-12-10", "01:00"), nine());
        assert_eq!(due_at(&night[1], nine()), at("2026-12-10", "00:00"));
        // Each fires once, and not at all once the exam has begun.
        let mut delivered = HashSet::new();
        let first = due(&rs, &delivered, at("2026-12-09", "09:00"), nine());
        assert_eq!(first.show.len(), 1);
        delivered.extend(first.covered_keys);
        assert!(due(&rs, &delivered, at("2026-12-09", "20:00"), nine()).show.is_empty());
        assert_eq!(
            next_due(&rs, &delivered, at("2026-12-09", "20:00"), nine()),
            Some(at("2026-12-10", "09:00"))
        );
        let late = due(&rs, &HashSet::new(), at("2026-12-10", "15:00"), nine());
        assert!(late.show.is_empty());
        assert_eq!(late.covered_keys.len(), 2, "recorded so they never show later");
        // A rebooked exam has new keys.
        let moved = exam_reminders("p1", "exam.az-104", at_hm("2026-12-17", "14:00"), nine());
        assert!(moved.iter().all(|m| rs.iter().all(|r| r.key() != m.key())));
    }

    #[test]
    fn time_of_day_format() {
        assert_eq!(parse_time_of_day("09:00"), NaiveTime::from_hms_opt(9, 0, 0));
        assert_eq!(parse_time_of_day("23:59"), NaiveTime::from_hms_opt(23, 59, 0));
        for bad in ["9:00", "24:00", "12:60", "1200", "", "ab:cd"] {
            assert_eq!(parse_time_of_day(bad), None, "{bad}");
        }
    }
}
