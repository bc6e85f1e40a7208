//! The road to a certification (seed 002): each required exam's state, and Microsoft's exam retake
//! policy (R19, R21). Times are the user's local wall clock (`NaiveDateTime`), as on the booking
//! confirmation; nothing here reads the clock.

use crate::date::add_years;
use crate::kind::CertKind;
use crate::message::Problem;
pub use crate::message::Wait;
use chrono::{Duration, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// R20: where the exam is taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum Delivery {
    TestCentre,
    Online,
}

/// A booked sitting.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Booking {
    #[ts(type = "string")]
    pub at: NaiveDateTime,
    pub delivery: Delivery,
    /// A beta exam (R21: taken once; R19: results take longer).
    #[serde(default)]
    pub beta: bool,
}

/// A sitting with its result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ExamAttempt {
    #[ts(type = "string")]
    pub at: NaiveDateTime,
    pub passed: bool,
    #[serde(default)]
    pub beta: bool,
}

/// R21: which retake rules apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RetakePolicy {
    /// Role-based, specialty, fundamentals: 24 hours, then 14 days, at most 5 in 12 months.
    Standard,
    /// Microsoft Office Specialist: 24 hours, then 48 hours, no yearly cap.
    Mos,
}

impl RetakePolicy {
    pub fn for_kind(kind: CertKind) -> RetakePolicy {
        if kind == CertKind::Mos {
            RetakePolicy::Mos
        } else {
            RetakePolicy::Standard
        }
    }
}

/// R21: attempts allowed in 12 months under the standard policy.
pub const YEARLY_ATTEMPTS: usize = 5;
/// R19: results reach the Learn profile within this many hours (beta and Certiport: longer).
pub const RESULT_HOURS: i64 = 24;

/// When the next sitting may start after these failed `attempts`, and why; `None` when any time.
/// The yearly cap counts attempts in the 12 months up to the last one and, once five are reached,
/// waits 12 months from the last (Microsoft: "12 months from the fifth unsuccessful attempt").
pub fn next_sitting(
    policy: RetakePolicy,
    attempts: &[ExamAttempt],
) -> Option<(NaiveDateTime, Wait)> {
    let mut times: Vec<NaiveDateTime> =
        attempts.iter().filter(|a| !a.passed).map(|a| a.at).collect();
    times.sort_unstable();
    let &last = times.last()?;
    let (gap, why) = match (policy, times.len()) {
        (_, 1) => (Duration::hours(24), Wait::FirstRetake),
        (RetakePolicy::Standard, _) => (Duration::days(14), Wait::LaterRetake),
        (RetakePolicy::Mos, _) => (Duration::hours(48), Wait::LaterRetake),
    };
    let mut next = (last + gap, why);
    if policy == RetakePolicy::Standard {
        let year_before = add_years(last.date(), -1).map(|d| d.and_time(last.time()));
        let in_year = times.iter().filter(|&&t| year_before.is_none_or(|y| t > y)).count();
        if in_year >= YEARLY_ATTEMPTS {
            if let Some(cap) =
                add_years(last.date(), 1).map(|d| d.and_time(last.time())).filter(|&c| c > next.0)
            {
                next = (cap, Wait::YearlyCap);
            }
        }
    }
    Some(next)
}

/// R21: may the user sit this exam at `at`? `attempts` are this exam's earlier sittings.
pub fn check_sitting(
    policy: RetakePolicy,
    attempts: &[ExamAttempt],
    at: NaiveDateTime,
    beta: bool,
) -> Result<(), Problem> {
    if attempts.iter().any(|a| a.passed) {
        return Err(Problem::ExamAlreadyPassed);
    }
    if beta && attempts.iter().any(|a| a.beta) {
        return Err(Problem::BetaExamOnce);
    }
    if let Some(earlier) = attempts.iter().map(|a| a.at).filter(|&t| t >= at).min() {
        return Err(Problem::SittingNotAfterLast { last: earlier });
    }
    match next_sitting(policy, attempts) {
        Some((next, why)) if at < next => Err(Problem::RetakeTooSoon { next, wait: why }),
        _ => Ok(()),
    }
}

/// One exam's state on the road (seed 002), as the plan page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[serde(tag = "state", rename_all = "kebab-case")]
#[ts(export)]
pub enum ExamState {
    Planned,
    Scheduled {
        #[ts(type = "string")]
        at: NaiveDateTime,
        delivery: Delivery,
        beta: bool,
    },
    /// R19: the sitting is over and the result not yet entered; results take up to 24 hours
    /// (`expected_by`), beta exams and Certiport longer (`expected_by` absent).
    ResultPending {
        #[ts(type = "string")]
        taken_at: NaiveDateTime,
        #[ts(type = "string | null")]
        expected_by: Option<NaiveDateTime>,
    },
    Passed {
        on: NaiveDate,
    },
    Failed {
        on: NaiveDate,
        /// R21: the earliest next sitting and why it waits.
        #[ts(type = "string | null")]
        next_allowed: Option<NaiveDateTime>,
        wait: Option<Wait>,
    },
}

/// The state of one exam at `now_local`. `slow_results` is a Certiport exam (R19).
pub fn exam_state(
    policy: RetakePolicy,
    booking: Option<&Booking>,
    attempts: &[ExamAttempt],
    slow_results: bool,
    now_local: NaiveDateTime,
) -> ExamState {
    if let Some(pass) = attempts.iter().filter(|a| a.passed).map(|a| a.at).min() {
        return ExamState::Passed { on: pass.date() };
    }
    if let Some(b) = booking {
        if b.at > now_local {
            return ExamState::Scheduled { at: b.at, delivery: b.delivery, beta: b.beta };
        }
        let expected_by = (!b.beta && !slow_results).then(|| b.at + Duration::hours(RESULT_HOURS));
        return ExamState::ResultPending { taken_at: b.at, expected_by };
    }
    match attempts.iter().map(|a| a.at).max() {
        Some(last) => {
            let next = next_sitting(policy, attempts);
            ExamState::Failed {
                on: last.date(),
                next_allowed: next.map(|n| n.0),
                wait: next.map(|n| n.1),
            }
        }
        None => ExamState::Planned,
    }
}

/// R18: the certification is earned on the day the last required exam is passed; `None` while
/// any required exam is not passed.
pub fn earned_on(passes: &[Option<NaiveDate>]) -> Option<NaiveDate> {
    if passes.is_empty() {
        return None;
    }
    passes.iter().copied().collect::<Option<Vec<_>>>()?.into_iter().max()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::parse_date;

    fn at(day: &str, hm: &str) -> NaiveDateTime {
        let t = chrono::NaiveTime::parse_from_str(hm, "%H:%M").expect("time");
        parse_date(day).expect("date").and_time(t)
    }

    fn failed(day: &str, hm: &str) -> ExamAttempt {
        ExamAttempt { at: at(day, hm), passed: false, beta: false }
    }

    #[test]
    fn first_retake_waits_exactly_24_hours() {
        let a = [failed("2026-12-01", "10:00")];
        let p = RetakePolicy::Standard;
        assert_eq!(next_sitting(p, &a), Some((at("2026-12-02", "10:00"), Wait::FirstRetake)));
        assert!(matches!(
            check_sitting(p, &a, at("2026-12-02", "09:59"), false),
            Err(Problem::RetakeTooSoon { .. })
        ));
        assert_eq!(check_sitting(p, &a, at("2026-12-02", "10:00"), false), Ok(()));
    }

    #[test]
    fn later_retakes_wait_14_days() {
        let a = [failed("2026-12-01", "10:00"), failed("2026-12-02", "10:00")];
        let p = RetakePolicy::Standard;
        assert_eq!(next_sitting(p, &a), Some((at("2026-12-16", "10:00"), Wait::LaterRetake)));
        assert!(check_sitting(p, &a, at("2026-12-16", "09:59"), false).is_err());
        assert_eq!(check_sitting(p, &a, at("2026-12-16", "10:00"), false), Ok(()));
    }

    #[test]
    fn five_attempts_in_twelve_months_then_twelve_months_from_the_fifth() {
        let a = [
            failed("2026-01-01", "10:00"),
            failed("2026-01-02", "10:00"),
            failed("2026-01-16", "10:00"),
            failed("2026-01-30", "10:00"),
            failed("2026-02-13", "10:00"),
        ];
        let p = RetakePolicy::Standard;
        assert_eq!(next_sitting(p, &a), Some((at("2027-02-13", "10:00"), Wait::YearlyCap)));
        assert!(check_sitting(p, &a, at("2027-02-13", "09:59"), false).is_err());
        assert_eq!(check_sitting(p, &a, at("2027-02-13", "10:00"), false), Ok(()));
        // Four attempts in the last 12 months (the first is older): only the 14-day gap applies.
        let spread = [
            failed("2025-01-01", "10:00"),
            failed("2026-01-02", "10:00"),
            failed("2026-01-16", "10:00"),
            failed("2026-01-30", "10:00"),
            failed("2026-02-13", "10:00"),
        ];
        assert_eq!(next_sitting(p, &spread), Some((at("2026-02-27", "10:00"), Wait::LaterRetake)));
    }

    #[test]
    fn mos_waits_24_then_48_hours_without_a_cap() {
        let p = RetakePolicy::for_kind(CertKind::Mos);
        assert_eq!(p, RetakePolicy::Mos);
        let one = [failed("2026-12-01", "10:00")];
        assert_eq!(next_sitting(p, &one).map(|n| n.0), Some(at("2026-12-02", "10:00")));
        let many: Vec<ExamAttempt> =
            (1..=8).map(|d| failed(&format!("2026-12-{:02}", d * 2 - 1), "10:00")).collect();
        assert_eq!(next_sitting(p, &many), Some((at("2026-12-17", "10:00"), Wait::LaterRetake)));
        assert!(check_sitting(p, &many, at("2026-12-17", "09:59"), false).is_err());
        assert_eq!(check_sitting(p, &many, at("2026-12-17", "10:00"), false), Ok(()));
    }

    #[test]
    fn a_beta_exam_is_taken_once_and_a_passed_exam_not_again() {
        let p = RetakePolicy::Standard;
        let beta = [ExamAttempt { at: at("2026-12-01", "10:00"), passed: false, beta: true }];
        assert_eq!(
            check_sitting(p, &beta, at("2027-01-01", "10:00"), true),
            Err(Problem::BetaExamOnce)
        );
        assert_eq!(
            check_sitting(p, &beta, at("2027-01-01", "10:00"), false),
            Ok(()),
            "the released exam may be taken"
        );
        let passed = [ExamAttempt { at: at("2026-12-01", "10:00"), passed: true, beta: false }];
        assert_eq!(
            check_sitting(p, &passed, at("2027-01-01", "10:00"), false),
            Err(Problem::ExamAlreadyPassed)
        );
    }

    #[test]
    fn a_sitting_comes_after_the_earlier_ones() {
        let a = [failed("2026-12-10", "10:00")];
        assert!(matches!(
            check_sitting(RetakePolicy::Standard, &a, at("2026-12-01", "10:00"), false),
            Err(Problem::SittingNotAfterLast { .. })
        ));
    }

    #[test]
    fn states_follow_the_road() {
        let p = RetakePolicy::Standard;
        let now = at("2026-12-01", "12:00");
        assert_eq!(exam_state(p, None, &[], false, now), ExamState::Planned);
        let booking =
            Booking { at: at("2026-12-01", "12:01"), delivery: Delivery::Online, beta: false };
        assert!(matches!(
            exam_state(p, Some(&booking), &[], false, now),
            ExamState::Scheduled { .. }
        ));
        let taken = Booking { at: at("2026-12-01", "09:00"), ..booking.clone() };
        assert_eq!(
            exam_state(p, Some(&taken), &[], false, now),
            ExamState::ResultPending {
                taken_at: taken.at,
                expected_by: Some(at("2026-12-02", "09:00"))
            }
        );
        assert_eq!(
            exam_state(p, Some(&taken), &[], true, now),
            ExamState::ResultPending { taken_at: taken.at, expected_by: None },
            "Certiport: longer"
        );
        let beta = Booking { beta: true, ..taken };
        assert_eq!(
            exam_state(p, Some(&beta), &[], false, now),
            ExamState::ResultPending { taken_at: beta.at, expected_by: None },
            "beta: longer"
        );
        let f = [failed("2026-11-30", "10:00")];
        assert_eq!(
            exam_state(p, None, &f, false, now),
            ExamState::Failed {
                on: parse_date("2026-11-30").expect("d"),
                next_allowed: Some(at("2026-12-01", "10:00")),
                wait: Some(Wait::FirstRetake)
            }
        );
        let passed = [
            failed("2026-11-30", "10:00"),
            ExamAttempt { at: at("2026-12-01", "10:00"), passed: true, beta: false },
        ];
        assert_eq!(
            exam_state(p, None, &passed, false, now),
            ExamState::Passed { on: parse_date("2026-12-01").expect("d") }
        );
    }

    #[test]
    fn earned_on_the_day_the_last_exam_is_passed() {
        let d = |s| parse_date(s);
        assert_eq!(earned_on(&[d("2026-12-01"), d("2027-01-10")]), d("2027-01-10"));
        assert_eq!(earned_on(&[d("2026-12-01"), None]), None);
        assert_eq!(earned_on(&[]), None);
    }
}
