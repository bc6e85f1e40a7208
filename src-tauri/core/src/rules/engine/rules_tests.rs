//! One test per rule of `shared/domain-rules.md`, each at its boundary days. A broken rule fails
//! the test named after it.

use super::*;
use crate::date::parse_instant;

fn d(s: &str) -> NaiveDate {
    crate::date::parse_date(s).expect("test date")
}

fn t(s: &str) -> DateTime<Utc> {
    parse_instant(s).expect("test instant")
}

fn role_based(earned: &str) -> Holding {
    Holding { kind: Some(CertKind::RoleBased), earned_on: Some(d(earned)), ..Holding::default() }
}

fn eval_on(h: &Holding, today: &str) -> Evaluation {
    evaluate(h, &DEFAULT_OFFSETS, d(today), start_of_day_utc(d(today))).expect("valid holding")
}

fn eval_at(h: &Holding, today: &str, now: &str) -> Evaluation {
    evaluate(h, &DEFAULT_OFFSETS, d(today), t(now)).expect("valid holding")
}

fn problem(h: &Holding, today: &str) -> FieldProblem {
    evaluate(h, &DEFAULT_OFFSETS, d(today), start_of_day_utc(d(today)))
        .expect_err("must be refused")
}

#[test]
fn r1_two_years_before_cutover_one_year_from_it() {
    let before = eval_on(&role_based("2021-06-29"), "2021-07-01");
    assert_eq!(before.expires_on, Some(d("2023-06-29")));
    assert!(before
        .reasons
        .contains(&Reason::ValidTwoYears { earned: d("2021-06-29"), expires: d("2023-06-29") }));

    let on = eval_on(&role_based("2021-06-30"), "2021-07-01");
    assert_eq!(on.expires_on, Some(d("2022-06-30")));
    assert!(on
        .reasons
        .contains(&Reason::ValidOneYear { earned: d("2021-06-30"), expires: d("2022-06-30") }));

    assert_eq!(eval_on(&role_based("2026-03-14"), "2026-03-14").expires_on, Some(d("2027-03-14")));
    let specialty = Holding { kind: Some(CertKind::Specialty), ..role_based("2019-01-10") };
    assert_eq!(eval_on(&specialty, "2019-01-10").expires_on, Some(d("2021-01-10")));
}

#[test]
fn r2_leap_day_plus_a_year_is_28_february() {
    let ev = eval_on(&role_based("2024-02-29"), "2024-03-01");
    assert_eq!(ev.expires_on, Some(d("2025-02-28")));
    assert!(ev.reasons.contains(&Reason::LeapDay { expires: d("2025-02-28") }));
    // Two-year validity from a leap day too.
    assert_eq!(eval_on(&role_based("2020-02-29"), "2020-03-01").expires_on, Some(d("2022-02-28")));
    // An expiry on 28 February renewed into a leap year stays on 28 February.
    let mut h = role_based("2023-02-28");
    h.renewed_on.push(d("2024-01-15"));
    assert_eq!(eval_on(&h, "2024-01-15").expires_on, Some(d("2025-02-28")));
    assert!(!eval_on(&role_based("2023-02-28"), "2023-03-01")
        .reasons
        .iter()
        .any(|r| matches!(r, Reason::LeapDay { .. })));
}

#[test]
fn r3_the_expiry_day_is_the_last_valid_day_through_23_59_59_utc() {
    let h = role_based("2026-03-14");
    let expiry_day = eval_on(&h, "2027-03-14");
    assert_eq!(expiry_day.status, Status::RenewalOpen, "valid through the whole expiry day");
    assert!(expiry_day.can_renew_now);
    let last_second = eval_at(&h, "2027-03-14", "2027-03-14T23:59:59Z");
    assert_eq!(last_second.status, Status::RenewalOpen);
    // Tokyo on the day after (08:00 local is 23:00 UTC the expiry day): still valid.
    assert_eq!(eval_at(&h, "2027-03-15", "2027-03-14T23:00:00Z").status, Status::RenewalOpen);
    let day_after = eval_at(&h, "2027-03-15", "2027-03-15T00:00:00Z");
    assert_eq!(day_after.status, Status::Expired);
    assert!(!day_after.can_renew_now);
    assert!(day_after.reasons.contains(&Reason::Expired { on: d("2027-03-14") }));

    let mut late = h.clone();
    late.renewed_on.push(d("2027-03-15"));
    assert_eq!(
        problem(&late, "2027-03-20").problem,
        Problem::RenewalOnOrAfterExpiry { value: d("2027-03-15"), expires: d("2027-03-14") }
    );
    let mut last_day = h;
    last_day.renewed_on.push(d("2027-03-14"));
    assert_eq!(
        eval_on(&last_day, "2027-03-20").expires_on,
        Some(d("2028-03-14")),
        "passed on the expiry day: renewed"
    );
    assert_eq!(crate::engine::valid_until(d("2027-03-14")), t("2027-03-14T23:59:59Z"));
}

#[test]
fn r4_window_opens_180_days_before_expiry() {
    let h = role_based("2026-03-14");
    let before = eval_on(&h, "2026-09-14");
    assert_eq!(before.window_opens_on, Some(d("2026-09-15")));
    assert_eq!(before.status, Status::Active);
    assert!(!before.can_renew_now);
    assert!(before.reasons.contains(&Reason::WindowOpensOn {
        opens: d("2026-09-15"),
        expires: d("2027-03-14"),
        days: 1
    }));
    let opening_day = eval_on(&h, "2026-09-15");
    assert_eq!(opening_day.status, Status::RenewalOpen);
    assert!(opening_day.can_renew_now);
    assert_eq!(days_between(d("2026-09-15"), d("2027-03-14")), 180);

    let mut early = h.clone();
    early.renewed_on.push(d("2026-09-14"));
    assert_eq!(problem(&early, "2026-10-01").field, Field::RenewedOn(0));
    let mut first_day = h;
    first_day.renewed_on.push(d("2026-09-15"));
    assert_eq!(eval_on(&first_day, "2026-10-01").expires_on, Some(d("2028-03-14")));
}

#[test]
fn r5_renewal_extends_from_the_current_expiry_not_the_pass_day() {
    let mut h = role_based("2026-03-14");
    h.renewed_on.push(d("2026-10-01"));
    let ev = eval_on(&h, "2026-11-22");
    assert_eq!(ev.expires_on, Some(d("2028-03-14")));
    assert_eq!(ev.window_opens_on, Some(d("2027-09-16")));
    assert_eq!(ev.status, Status::Active);
    assert!(ev.reasons.contains(&Reason::Renewed {
        on: d("2026-10-01"),
        from: d("2027-03-14"),
        to: d("2028-03-14")
    }));
    // Chains of renewals, given in any order.
    h.renewed_on.insert(0, d("2027-12-01"));
    let ev = eval_on(&h, "2028-01-01");
    assert_eq!(ev.expires_on, Some(d("2029-03-14")));
    // Two renewals in one window: the second is before the next window opens.
    let mut twice = role_based("2026-03-14");
    twice.renewed_on = vec![d("2026-10-01"), d("2026-10-02")];
    let p = problem(&twice, "2026-11-22");
    assert_eq!(p.field, Field::RenewedOn(1));
    assert_eq!(
        p.problem,
        Problem::RenewalBeforeWindow {
            value: d("2026-10-02"),
            opens: d("2027-09-16"),
            expires: d("2028-03-14")
        }
    );
}

#[test]
fn r6_only_the_renewal_assessment_renews() {
    let h = role_based("2026-03-14");
    for evidence in
        [RenewalEvidence::BetaExam, RenewalEvidence::ExamRetake, RenewalEvidence::NewerExamVersion]
    {
        assert_eq!(
            preview_renewal(&h, evidence, d("2026-10-01"), d("2026-11-22")),
            Err(Problem::NotARenewal { evidence })
        );
    }
    assert_eq!(
        preview_renewal(&h, RenewalEvidence::Assessment, d("2026-10-01"), d("2026-11-22")),
        Ok((d("2027-03-14"), d("2028-03-14")))
    );
    let open = eval_on(&h, "2026-11-22");
    assert!(open.reasons.iter().any(|r| matches!(r, Reason::RenewalOpen { .. })));
}

#[test]
fn r7_expired_cannot_be_renewed_and_re_earning_starts_a_new_period() {
    let h = role_based("2025-03-14");
    let ev = eval_on(&h, "2026-11-22");
    assert_eq!(ev.status, Status::Expired);
    assert!(!ev.can_renew_now);
    assert!(ev.reminders.is_empty());
    assert!(ev.reasons.contains(&Reason::Expired { on: d("2026-03-14") }));
    assert!(
        preview_renewal(&h, RenewalEvidence::Assessment, d("2026-11-22"), d("2026-11-22")).is_err()
    );
    let again = eval_on(&role_based("2026-11-20"), "2026-11-22");
    assert_eq!((again.status, again.expires_on), (Status::Active, Some(d("2027-11-20"))));
}

#[test]
fn r8_renewal_only_once_offered_for_the_certification() {
    // Earned 2019-06-01, expiry 2021-06-01, window from 2020-12-03; renewal offered from 2021-02-01.
    let mut h = role_based("2019-06-01");
    h.renewal_available_from = Some(d("2021-02-01"));
    let waiting = eval_on(&h, "2021-01-31");
    // Inside the window but not yet renewable: active, never "renewal open".
    assert_eq!(waiting.status, Status::Active);
    assert!(!waiting.can_renew_now);
    assert!(waiting.reasons.contains(&Reason::RenewalOfferedFrom { from: d("2021-02-01") }));
    assert!(waiting
        .reasons
        .contains(&Reason::ValidNoRenewal { expires: d("2021-06-01"), days: 121 }));
    assert_eq!(eval_on(&h, "2021-02-01").status, Status::RenewalOpen);
    // Reminders before the assessment exists move to the day it arrives.
    assert_eq!(
        waiting.reminders,
        vec![d("2021-02-01"), d("2021-03-03"), d("2021-05-02"), d("2021-05-25")]
    );
    assert!(eval_on(&h, "2021-02-01").can_renew_now);

    let mut early = h.clone();
    early.renewed_on.push(d("2021-01-31"));
    assert_eq!(
        problem(&early, "2021-03-01").problem,
        Problem::RenewalBeforeOffered { value: d("2021-01-31"), from: d("2021-02-01") }
    );
    let mut on_day = h;
    on_day.renewed_on.push(d("2021-02-01"));
    assert_eq!(eval_on(&on_day, "2021-03-01").expires_on, Some(d("2022-06-01")));
}

#[test]
fn r9_second_attempt_at_once_then_24_hours_between() {
    let mut h = role_based("2026-03-14");
    h.failed_attempts.push(t("2026-11-20T10:00:00Z"));
    let one = eval_at(&h, "2026-11-20", "2026-11-20T10:05:00Z");
    assert_eq!(one.next_attempt_at, None);
    assert!(one.reasons.contains(&Reason::RetryNow { failed: 1 }));

    h.failed_attempts.push(t("2026-11-20T10:30:00Z"));
    let two = eval_at(&h, "2026-11-20", "2026-11-20T11:00:00Z");
    assert_eq!(two.next_attempt_at, Some(t("2026-11-21T10:30:00Z")));
    assert!(two
        .reasons
        .contains(&Reason::RetryAfter { failed: 2, next: t("2026-11-21T10:30:00Z") }));
    // One second before the 24 hours end, still waiting; at the instant, free.
    assert_eq!(
        eval_at(&h, "2026-11-21", "2026-11-21T10:29:59Z").next_attempt_at,
        Some(t("2026-11-21T10:30:00Z"))
    );
    assert_eq!(eval_at(&h, "2026-11-21", "2026-11-21T10:30:00Z").next_attempt_at, None);

    // A third attempt inside the 24 hours is impossible data.
    h.failed_attempts.push(t("2026-11-21T10:29:00Z"));
    let p = evaluate(&h, &DEFAULT_OFFSETS, d("2026-11-22"), t("2026-11-22T00:00:00Z"))
        .expect_err("too soon");
    assert_eq!(p.field, Field::FailedAttempt(2));
    // Attempts outside the window or in the future are refused too.
    let mut outside = role_based("2026-03-14");
    outside.failed_attempts.push(t("2026-09-14T23:59:59Z"));
    assert!(matches!(
        problem(&outside, "2026-11-22").problem,
        Problem::AttemptOutsideWindow { .. }
    ));
    let mut future = role_based("2026-03-14");
    future.failed_attempts.push(t("2026-11-22T00:00:01Z"));
    assert!(matches!(problem(&future, "2026-11-22").problem, Problem::AfterNow { .. }));
}

#[test]
fn r9_wait_past_expiry_is_explained() {
    let mut h = role_based("2026-03-14");
    h.failed_attempts = vec![t("2027-03-14T08:00:00Z"), t("2027-03-14T09:00:00Z")];
    let ev = eval_at(&h, "2027-03-14", "2027-03-14T10:00:00Z");
    assert_eq!(ev.next_attempt_at, Some(t("2027-03-15T09:00:00Z")));
    assert!(ev.reasons.contains(&Reason::RetryTooLate {
        next: t("2027-03-15T09:00:00Z"),
        expires: d("2027-03-14")
    }));
    // A wait that ends on the expiry day itself is still in time (R3).
    h.failed_attempts = vec![t("2027-03-13T08:00:00Z"), t("2027-03-13T09:00:00Z")];
    let ev = eval_at(&h, "2027-03-13", "2027-03-13T10:00:00Z");
    assert!(ev
        .reasons
        .contains(&Reason::RetryAfter { failed: 2, next: t("2027-03-14T09:00:00Z") }));
}

#[test]
fn r10_each_certification_renews_on_its_own() {
    let associate = role_based("2024-01-10");
    let expert = Holding { has_prerequisites: true, ..role_based("2026-02-01") };
    let on = "2026-11-22";
    assert_eq!(eval_on(&associate, on).status, Status::Expired);
    let ev = eval_on(&expert, on);
    assert_eq!((ev.status, ev.expires_on), (Status::RenewalOpen, Some(d("2027-02-01"))));
    assert!(ev.reasons.contains(&Reason::RenewsSeparately));
    // Renewing the expert leaves the associate as it was.
    let mut renewed = expert.clone();
    renewed.renewed_on.push(d("2026-11-01"));
    assert_eq!(eval_on(&renewed, on).expires_on, Some(d("2028-02-01")));
    assert_eq!(eval_on(&associate, on).expires_on, Some(d("2025-01-10")));
}

#[test]
fn r11_retired_cannot_be_renewed_and_stays_valid_until_expiry() {
    let mut h = role_based("2024-08-01");
    h.retired_on = Some(d("2025-03-31"));
    let open = eval_on(&h, "2025-05-01");
    // Retired inside its window: active until it expires, never "renewal open", no window, no
    // reminder to renew and no "earn it again" notice (it cannot be earned again).
    assert_eq!(open.status, Status::Active);
    assert!(!open.can_renew_now);
    assert!(open.reasons.contains(&Reason::Retired { on: d("2025-03-31") }));
    assert!(open.reasons.contains(&Reason::ValidNoRenewal { expires: d("2025-08-01"), days: 92 }));
    assert_eq!(open.window_opens_on, None);
    assert!(open.reminders.is_empty());
    assert!(!open.expiry_notice);
    assert_eq!(eval_on(&h, "2025-10-01").status, Status::Expired);
    // Before retirement, renewal works (reminders only up to the retirement), on the retirement
    // day too (until 11:59 PM US Central); the day after it does not.
    let before = eval_on(&h, "2025-03-30");
    assert!(before.can_renew_now);
    assert_eq!(before.status, Status::RenewalOpen);
    assert!(before.reasons.contains(&Reason::RetiresOn { on: d("2025-03-31") }));
    assert_eq!(before.reminders, vec![d("2025-02-02")]);
    assert_eq!(eval_on(&h, "2025-03-31").status, Status::RenewalOpen);
    assert_eq!(eval_on(&h, "2025-04-01").status, Status::Active);
    // Retired before the window even opens: this cycle has no renewal at all.
    let mut early = role_based("2025-01-10");
    early.retired_on = Some(d("2025-03-31"));
    let ev = eval_on(&early, "2025-04-01");
    assert_eq!((ev.status, ev.window_opens_on, ev.reminders.len()), (Status::Active, None, 0));
    // The replacement Microsoft names is said.
    early.replaced_by = Some("Microsoft Certified: Fabric Data Engineer Associate".into());
    assert!(eval_on(&early, "2025-04-01").reasons.contains(&Reason::ReplacedBy {
        title: "Microsoft Certified: Fabric Data Engineer Associate".into()
    }));
    // A reported retirement is said and changes nothing else.
    let plain = role_based("2026-03-14");
    let mut reported = plain.clone();
    reported.retirement_reported = Some(d("2026-08-31"));
    let (a, b) = (eval_on(&plain, "2026-11-22"), eval_on(&reported, "2026-11-22"));
    assert_eq!(
        (a.status, a.expires_on, a.window_opens_on, &a.reminders, a.expiry_notice),
        (b.status, b.expires_on, b.window_opens_on, &b.reminders, b.expiry_notice)
    );
    // Its day has passed: never "nothing changes".
    assert!(b.reasons.contains(&Reason::RetirementReportedPassed { on: d("2026-08-31") }));
    assert!(eval_on(&reported, "2026-08-31")
        .reasons
        .contains(&Reason::RetirementReported { on: d("2026-08-31") }));
    assert!(a.expiry_notice);
    let mut day_after = h.clone();
    day_after.renewed_on.push(d("2025-04-01"));
    assert_eq!(
        problem(&day_after, "2025-05-01").problem,
        Problem::RenewalOnOrAfterRetirement { value: d("2025-04-01"), retired: d("2025-03-31") }
    );
    let mut on_day = h.clone();
    on_day.renewed_on.push(d("2025-03-31"));
    assert_eq!(
        eval_on(&on_day, "2025-05-01").expires_on,
        Some(d("2026-08-01")),
        "renewed on the retirement day: in time"
    );
    // Earned on the retirement day (the exam's last day) counts; a day later it cannot be earned.
    let last_day = Holding { retired_on: Some(d("2025-03-31")), ..role_based("2025-03-31") };
    assert_eq!(eval_on(&last_day, "2025-05-01").expires_on, Some(d("2026-03-31")));
    let late = Holding { retired_on: Some(d("2025-03-31")), ..role_based("2025-04-01") };
    assert_eq!(problem(&late, "2025-05-01").field, Field::EarnedOn);
}

#[test]
fn r13_four_reminders_from_the_window_opening() {
    let ev = eval_on(&role_based("2026-03-14"), "2026-03-14");
    assert_eq!(
        ev.reminders,
        vec![d("2026-09-15"), d("2026-12-14"), d("2027-02-12"), d("2027-03-07")]
    );
    assert_eq!(ev.reminders[0], ev.window_opens_on.expect("window"));
    // The user's own offsets, any order, sorted back; none for expired or non-expiring.
    let custom = evaluate(
        &role_based("2026-03-14"),
        &[1, 60],
        d("2026-03-14"),
        start_of_day_utc(d("2026-03-14")),
    )
    .expect("valid");
    assert_eq!(custom.reminders, vec![d("2027-01-13"), d("2027-03-13")]);
    assert_eq!(validate_offsets(&[180, 90, 30, 7]), Ok(vec![180, 90, 30, 7]));
    assert_eq!(validate_offsets(&[181]), Err((0, Problem::OffsetOutOfRange { value: 181 })));
    assert_eq!(validate_offsets(&[0]), Err((0, Problem::OffsetOutOfRange { value: 0 })));
    assert_eq!(validate_offsets(&[7, 7]), Err((1, Problem::DuplicateOffset { value: 7 })));
    assert!(validate_offsets(&[1, 2, 3, 4, 5]).is_err());
    assert!(validate_offsets(&[]).is_err());
}

#[test]
fn non_expiring_kinds_have_no_dates_and_cannot_be_renewed() {
    for kind in CertKind::ALL.into_iter().filter(|k| !k.expires()) {
        let h =
            Holding { kind: Some(kind), earned_on: Some(d("2019-01-01")), ..Holding::default() };
        let ev = eval_on(&h, "2026-11-22");
        assert_eq!((ev.status, ev.expires_on, ev.window_opens_on), (Status::NoExpiry, None, None));
        assert!(ev.reminders.is_empty() && !ev.can_renew_now);
        let mut renewed = h.clone();
        renewed.renewed_on.push(d("2020-01-01"));
        assert_eq!(problem(&renewed, "2026-11-22").problem, Problem::KindNeverExpires { kind });
    }
    // Earned date is optional for them, required for expiring kinds.
    let plain = Holding { kind: Some(CertKind::Fundamentals), ..Holding::default() };
    assert_eq!(eval_on(&plain, "2026-11-22").status, Status::NoExpiry);
    let missing = Holding { kind: Some(CertKind::RoleBased), ..Holding::default() };
    assert_eq!(
        problem(&missing, "2026-11-22"),
        FieldProblem { field: Field::EarnedOn, problem: Problem::Required }
    );
}

#[test]
fn dates_before_microsofts_program_are_refused() {
    for earned in ["0000-01-01", "1991-12-31"] {
        assert_eq!(
            problem(&role_based(earned), "2026-11-22"),
            FieldProblem {
                field: Field::EarnedOn,
                problem: Problem::BeforeProgram { value: d(earned), start: d("1992-01-01") }
            }
        );
    }
    let legacy = Holding {
        kind: Some(CertKind::Mcse),
        earned_on: Some(d("1992-01-01")),
        ..Holding::default()
    };
    assert_eq!(eval_on(&legacy, "2026-11-22").status, Status::NoExpiry, "1992 itself is fine");
}

#[test]
fn future_dates_are_refused() {
    assert_eq!(
        problem(&role_based("2026-11-23"), "2026-11-22").problem,
        Problem::AfterToday { value: d("2026-11-23"), today: d("2026-11-22") }
    );
    let mut h = role_based("2026-03-14");
    h.renewed_on.push(d("2026-11-23"));
    assert_eq!(
        problem(&h, "2026-11-22").problem,
        Problem::AfterToday { value: d("2026-11-23"), today: d("2026-11-22") }
    );
}
