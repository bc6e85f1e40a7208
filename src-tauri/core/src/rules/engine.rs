//! The renewal engine: rules R1–R11 and R13 of `shared/domain-rules.md` applied to one held
//! certification on a given day. Pure: `today` and `now` are arguments, nothing is read from the
//! clock, and every date it computes comes with the `Reason`s that explain it.

use crate::date::{add_years, days_between, minus_days, start_of_day_utc};
use crate::kind::{CertKind, LearnStatus};
use crate::message::{Problem, Reason, RenewalEvidence};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// R4: the renewal window opens this many days before the expiry date.
pub const WINDOW_DAYS: u32 = 180;
/// R13: Microsoft's and Recert's default reminder offsets, in days before expiry.
pub const DEFAULT_OFFSETS: [u32; 4] = [180, 90, 30, 7];
/// R13: at most four reminders in a cycle.
pub const MAX_OFFSETS: usize = 4;
/// R9: after the second failed attempt, each further attempt waits this long after the previous.
pub const RETRY_WAIT_HOURS: i64 = 24;

/// R1: earned before this day (Microsoft: before 12:00 AM GMT, June 30, 2021), valid two years.
pub fn one_year_policy_start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2021, 6, 30).unwrap_or(NaiveDate::MIN)
}

/// One certification as the user holds it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Holding {
    pub kind: Option<CertKind>,
    pub earned_on: Option<NaiveDate>,
    /// Days on which renewal assessments were passed, in any order.
    pub renewed_on: Vec<NaiveDate>,
    /// Failed renewal-assessment attempts in the current window, in any order.
    pub failed_attempts: Vec<DateTime<Utc>>,
    /// R8: the day the certification's renewal assessment became available.
    pub renewal_available_from: Option<NaiveDate>,
    /// R11: the day the certification was (or will be) retired.
    pub retired_on: Option<NaiveDate>,
    /// A retirement date reported but not confirmed: said in the reasons, changes nothing else.
    pub retirement_reported: Option<NaiveDate>,
    /// R11: the title of the certification Microsoft names as its replacement.
    pub replaced_by: Option<String>,
    /// The expiry Microsoft's transcript gives. It wins over the computed one: a later one means
    /// renewals Recert did not see.
    pub microsoft_expiry: Option<NaiveDate>,
    /// R10: the catalog lists prerequisites (expert ⇐ associate).
    pub has_prerequisites: bool,
    /// What Learn's transcript said when imported: `Expired` or `Retired` make it history.
    pub learn_status: Option<LearnStatus>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum Status {
    NoExpiry,
    Active,
    RenewalOpen,
    Expired,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::NoExpiry => "no-expiry",
            Status::Active => "active",
            Status::RenewalOpen => "renewal-open",
            Status::Expired => "expired",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    pub status: Status,
    pub expires_on: Option<NaiveDate>,
    pub window_opens_on: Option<NaiveDate>,
    pub can_renew_now: bool,
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub reminders: Vec<NaiveDate>,
    /// The expiry-day notice ("it must be earned again") applies: not for a certification that
    /// retires by then, which cannot be earned again.
    pub expiry_notice: bool,
    /// This cycle can be renewed (the kind expires, the certification is not retired by the time
    /// its window opens, and the assessment is offered before expiry): a renewal can be recorded.
    pub renewable: bool,
    pub reasons: Vec<Reason>,
}

/// Which input of a `Holding` a problem is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Kind,
    EarnedOn,
    RenewedOn(usize),
    FailedAttempt(usize),
}

#[derive(Clone, Debug, PartialEq)]
pub struct FieldProblem {
    pub field: Field,
    pub problem: Problem,
}

fn refuse<T>(field: Field, problem: Problem) -> Result<T, FieldProblem> {
    Err(FieldProblem { field, problem })
}

/// Reminder offsets must be 1 to 4 distinct whole days, each 1..=180 (a reminder inside the window).
pub fn validate_offsets(offsets: &[i64]) -> Result<Vec<u32>, (usize, Problem)> {
    if offsets.is_empty() {
        return Err((0, Problem::Required));
    }
    if offsets.len() > MAX_OFFSETS {
        return Err((MAX_OFFSETS, Problem::TooMany { max: MAX_OFFSETS as i64 }));
    }
    let mut out = Vec::with_capacity(offsets.len());
    for (i, &o) in offsets.iter().enumerate() {
        let Some(v) = u32::try_from(o).ok().filter(|v| (1..=WINDOW_DAYS).contains(v)) else {
            return Err((i, Problem::OffsetOutOfRange { value: o }));
        };
        if out.contains(&v) {
            return Err((i, Problem::DuplicateOffset { value: o }));
        }
        out.push(v);
    }
    Ok(out)
}

/// The expiry a holding has before any renewal (R1, R2, R11c).
fn first_expiry(kind: CertKind, earned: NaiveDate) -> Option<(NaiveDate, Reason)> {
    if kind == CertKind::Github {
        let expires = add_years(earned, 2)?;
        Some((expires, Reason::GithubTwoYears { earned, expires }))
    } else if earned < one_year_policy_start() {
        let expires = add_years(earned, 2)?;
        Some((expires, Reason::ValidTwoYears { earned, expires }))
    } else {
        let expires = add_years(earned, 1)?;
        Some((expires, Reason::ValidOneYear { earned, expires }))
    }
}

fn out_of_range(field: Field, date: NaiveDate) -> FieldProblem {
    FieldProblem { field, problem: Problem::OutOfRange { value: crate::date::format_date(date) } }
}

/// Evaluates one holding on `today` (the user's calendar day) at `now`.
///
/// `offsets` must have passed `validate_offsets`. Invalid holdings (a future earned date, a renewal
/// outside its window, ...) are refused with the field at fault; nothing is guessed.
/// Microsoft's certification program began in 1992: no certification was earned before.
pub fn program_start() -> NaiveDate {
    NaiveDate::from_ymd_opt(1992, 1, 1).unwrap_or(NaiveDate::MIN)
}

pub fn evaluate(
    holding: &Holding,
    offsets: &[u32],
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Evaluation, FieldProblem> {
    let Some(kind) = holding.kind else { return refuse(Field::Kind, Problem::Required) };
    if let Some(earned) = holding.earned_on {
        if earned > today {
            return refuse(Field::EarnedOn, Problem::AfterToday { value: earned, today });
        }
        if earned < program_start() {
            return refuse(
                Field::EarnedOn,
                Problem::BeforeProgram { value: earned, start: program_start() },
            );
        }
        // R11: the exam retires at the end of its retirement day; passed that day, it counts.
        if let Some(retired) = holding.retired_on.filter(|&r| earned > r) {
            return refuse(
                Field::EarnedOn,
                Problem::EarnedOnOrAfterRetirement { value: earned, retired },
            );
        }
    }
    let mut reasons = Vec::with_capacity(6);
    if !kind.expires() {
        if !holding.renewed_on.is_empty() {
            return refuse(Field::RenewedOn(0), Problem::KindNeverExpires { kind });
        }
        if !holding.failed_attempts.is_empty() {
            return refuse(Field::FailedAttempt(0), Problem::KindNeverExpires { kind });
        }
        reasons.push(Reason::NeverExpires { kind });
        retirement_reasons(holding, today, &mut reasons);
        let history = learn_history(holding, &mut reasons);
        return Ok(Evaluation {
            status: if history { Status::Expired } else { Status::NoExpiry },
            expires_on: None,
            window_opens_on: None,
            can_renew_now: false,
            next_attempt_at: None,
            reminders: Vec::new(),
            expiry_notice: false,
            renewable: false,
            reasons,
        });
    }

    let Some(earned) = holding.earned_on else { return refuse(Field::EarnedOn, Problem::Required) };
    let (mut expires, validity) =
        first_expiry(kind, earned).ok_or_else(|| out_of_range(Field::EarnedOn, earned))?;
    reasons.push(validity);
    if earned.month() == 2 && earned.day() == 29 {
        reasons.push(Reason::LeapDay { expires });
    }
    expires = apply_renewals(holding, expires, today, &mut reasons)?;
    if let Some(microsoft) = holding.microsoft_expiry.filter(|&m| m != expires) {
        reasons.push(Reason::MicrosoftExpiry { microsoft, computed: expires });
        expires = microsoft;
    }

    let opens =
        minus_days(expires, WINDOW_DAYS).ok_or_else(|| out_of_range(Field::EarnedOn, expires))?;
    // R8, R11: renewal is possible on a day the assessment is offered and the certification is
    // not yet retired. A certification that cannot be renewed today is never "renewal open": it
    // stays active until it expires. A cycle whose window opens only after retirement, or whose
    // assessment arrives only after the expiry, has no renewal at all.
    // R11: the renewal assessment retires at the end of the retirement day (11:59 PM US Central).
    let retired_by = |day: NaiveDate| holding.retired_on.is_some_and(|retired| retired < day);
    let offered_by = |day: NaiveDate| holding.renewal_available_from.is_none_or(|from| from <= day);
    let renewable_this_cycle = kind.renews()
        && !retired_by(today.max(opens))
        && holding.renewal_available_from.is_none_or(|from| from <= expires)
        && holding.learn_status.is_none_or(|s| s == LearnStatus::Active);
    // R3: the expiry day is the last valid day, through 23:59:59 UTC; Learn's status decides for
    // what Learn lists.
    let history = learn_history(holding, &mut reasons);
    let status = if history || is_expired(expires, now) {
        Status::Expired
    } else if renewable_this_cycle && today >= opens && offered_by(today) && !retired_by(today) {
        Status::RenewalOpen
    } else {
        Status::Active
    };
    let can_renew_now = status == Status::RenewalOpen;

    match status {
        Status::Active if renewable_this_cycle && today < opens => {
            reasons.push(Reason::WindowOpensOn {
                opens,
                expires,
                days: days_between(today, opens),
            });
        }
        Status::Active => {
            reasons.push(Reason::ValidNoRenewal { expires, days: days_between(today, expires) })
        }
        Status::RenewalOpen => {
            reasons.push(Reason::RenewalOpen { expires, days: days_between(today, expires) })
        }
        Status::Expired if history => {}
        Status::Expired => reasons.push(Reason::Expired { on: expires }),
        Status::NoExpiry => {}
    }
    if status != Status::Expired {
        if let Some(from) = holding.renewal_available_from.filter(|&from| from > today) {
            reasons.push(if from > expires {
                Reason::NotOfferedBeforeExpiry { from, expires }
            } else {
                Reason::RenewalOfferedFrom { from }
            });
        }
    }
    retirement_reasons(holding, today, &mut reasons);

    let next_attempt_at = retry_rule(holding, opens, expires, now, can_renew_now, &mut reasons)?;
    if holding.has_prerequisites {
        reasons.push(Reason::RenewsSeparately);
    }
    // Reminders say "renew": only for a cycle that can be renewed, and only before retirement.
    let reminders = match status {
        Status::Active | Status::RenewalOpen if renewable_this_cycle => {
            reminder_dates(offsets, expires, holding.renewal_available_from)
                .into_iter()
                .filter(|&day| !retired_by(day))
                .collect()
        }
        _ => Vec::new(),
    };
    Ok(Evaluation {
        status,
        expires_on: Some(expires),
        window_opens_on: renewable_this_cycle.then_some(opens),
        can_renew_now,
        next_attempt_at,
        reminders,
        expiry_notice: !retired_by(expires),
        renewable: renewable_this_cycle,
        reasons,
    })
}

/// R3: expired from the day after `expires`, 00:00 UTC.
pub fn is_expired(expires: NaiveDate, now: DateTime<Utc>) -> bool {
    expires.succ_opt().is_none_or(|after| now >= start_of_day_utc(after))
}

/// The last instant a certification expiring on `expires` is valid (R3): 23:59:59 UTC that day.
pub fn valid_until(expires: NaiveDate) -> DateTime<Utc> {
    start_of_day_utc(expires) + Duration::seconds(86_399)
}

/// Learn lists it as expired or retired: history, with the reason said.
fn learn_history(holding: &Holding, reasons: &mut Vec<Reason>) -> bool {
    match holding.learn_status {
        Some(LearnStatus::Retired) => reasons.push(Reason::LearnListsRetired),
        Some(LearnStatus::Expired) => reasons.push(Reason::LearnListsExpired),
        _ => return false,
    }
    true
}

/// R3–R5, R8, R11: each passed assessment must fall inside the window of the expiry it extends,
/// on or after the day renewal was offered, before retirement and not in the future; each moves the
/// expiry one year on from the *current expiry*, not from the day passed.
fn apply_renewals(
    holding: &Holding,
    mut expires: NaiveDate,
    today: NaiveDate,
    reasons: &mut Vec<Reason>,
) -> Result<NaiveDate, FieldProblem> {
    let mut order: Vec<usize> = (0..holding.renewed_on.len()).collect();
    order.sort_by_key(|&i| holding.renewed_on[i]);
    for i in order {
        let on = holding.renewed_on[i];
        let field = Field::RenewedOn(i);
        let opens = minus_days(expires, WINDOW_DAYS).ok_or_else(|| out_of_range(field, expires))?;
        if on > today {
            return refuse(field, Problem::AfterToday { value: on, today });
        }
        // R3: the expiry day itself is still inside the window.
        if on > expires {
            return refuse(field, Problem::RenewalOnOrAfterExpiry { value: on, expires });
        }
        if on < opens {
            return refuse(field, Problem::RenewalBeforeWindow { value: on, opens, expires });
        }
        if let Some(from) = holding.renewal_available_from.filter(|&from| on < from) {
            return refuse(field, Problem::RenewalBeforeOffered { value: on, from });
        }
        if let Some(retired) = holding.retired_on.filter(|&r| on > r) {
            return refuse(field, Problem::RenewalOnOrAfterRetirement { value: on, retired });
        }
        let to = add_years(expires, 1).ok_or_else(|| out_of_range(field, expires))?;
        reasons.push(Reason::Renewed { on, from: expires, to });
        expires = to;
    }
    Ok(expires)
}

fn retirement_reasons(holding: &Holding, today: NaiveDate, reasons: &mut Vec<Reason>) {
    if let Some(on) = holding.retired_on {
        reasons.push(if on <= today { Reason::Retired { on } } else { Reason::RetiresOn { on } });
        if let Some(title) = &holding.replaced_by {
            reasons.push(Reason::ReplacedBy { title: title.clone() });
        }
    } else if let Some(on) = holding.retirement_reported {
        // A reported day that has passed never says "nothing changes".
        reasons.push(if on < today {
            Reason::RetirementReportedPassed { on }
        } else {
            Reason::RetirementReported { on }
        });
    }
}

/// R9: unlimited attempts before expiry; the second may follow the first at once; after the
/// second, each further attempt waits 24 hours after the previous one.
fn retry_rule(
    holding: &Holding,
    opens: NaiveDate,
    expires: NaiveDate,
    now: DateTime<Utc>,
    can_renew_now: bool,
    reasons: &mut Vec<Reason>,
) -> Result<Option<DateTime<Utc>>, FieldProblem> {
    let attempts = &holding.failed_attempts;
    if attempts.is_empty() {
        return Ok(None);
    }
    let mut order: Vec<usize> = (0..attempts.len()).collect();
    order.sort_by_key(|&i| attempts[i]);
    let wait = Duration::hours(RETRY_WAIT_HOURS);
    for (rank, &i) in order.iter().enumerate() {
        let at = attempts[i];
        let field = Field::FailedAttempt(i);
        if at > now {
            return refuse(field, Problem::AfterNow { value: at, now });
        }
        let day = at.date_naive();
        if day < opens || day > expires {
            return refuse(field, Problem::AttemptOutsideWindow { value: at, opens, expires });
        }
        if rank >= 2 {
            let previous = attempts[order[rank - 1]];
            if at < previous + wait {
                return refuse(field, Problem::AttemptTooSoon { value: at, previous });
            }
        }
    }
    if !can_renew_now {
        return Ok(None);
    }
    let failed = attempts.len() as i64;
    let last = attempts[order[order.len() - 1]];
    if failed < 2 {
        reasons.push(Reason::RetryNow { failed });
        return Ok(None);
    }
    let next = last + wait;
    if next > valid_until(expires) {
        reasons.push(Reason::RetryTooLate { next, expires });
    } else if now < next {
        reasons.push(Reason::RetryAfter { failed, next });
    } else {
        reasons.push(Reason::RetryNow { failed });
    }
    Ok((now < next).then_some(next))
}

/// R13: the reminder days of the current cycle, sorted, inside [window opening, expiry). A
/// reminder that would come before the certification's renewal assessment exists (R8) moves to the
/// day it arrives.
pub fn reminder_dates(
    offsets: &[u32],
    expires: NaiveDate,
    available_from: Option<NaiveDate>,
) -> Vec<NaiveDate> {
    let floor = available_from.filter(|&from| from <= expires);
    let mut dates: Vec<NaiveDate> = offsets
        .iter()
        .filter_map(|&o| minus_days(expires, o))
        .map(|d| floor.map_or(d, |f| d.max(f)))
        .collect();
    dates.sort_unstable();
    dates.dedup();
    dates
}

/// Previews a renewal the user wants to record: the new expiry (R5) if `on` is a valid renewal
/// of `holding`, or the problem. Only the renewal assessment renews (R6).
pub fn preview_renewal(
    holding: &Holding,
    evidence: RenewalEvidence,
    on: NaiveDate,
    today: NaiveDate,
) -> Result<(NaiveDate, NaiveDate), Problem> {
    if evidence != RenewalEvidence::Assessment {
        return Err(Problem::NotARenewal { evidence });
    }
    let before = evaluate(holding, &DEFAULT_OFFSETS, today, start_of_day_utc(today))
        .map_err(|e| e.problem)?;
    let mut with = holding.clone();
    with.renewed_on.push(on);
    // Attempts belong to the window the renewal closes; they do not carry into the next one.
    with.failed_attempts.clear();
    let after =
        evaluate(&with, &DEFAULT_OFFSETS, today, start_of_day_utc(today)).map_err(|e| e.problem)?;
    match (before.expires_on, after.expires_on) {
        (Some(from), Some(to)) => Ok((from, to)),
        _ => {
            Err(Problem::KindNeverExpires { kind: holding.kind.unwrap_or(CertKind::Fundamentals) })
        }
    }
}

#[cfg(test)]
mod rules_tests;
