//! Invariants of the engine over generated holdings (proptest).

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use recert_core::catalog::Catalog;
use recert_core::date::{add_years, start_of_day_utc};
use recert_core::engine::{evaluate, Holding, Status, DEFAULT_OFFSETS, WINDOW_DAYS};
use recert_core::kind::LearnStatus;
use recert_core::{Catalogs, CertKind};

fn day(n: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2018, 1, 1)
        .and_then(|d| d.checked_add_days(Days::new(u64::from(n))))
        .expect("in range")
}

/// A holding earned on `earned`, renewed `n` times, each on a chosen day of its window.
fn renewed_chain(earned: NaiveDate, picks: &[u32]) -> Holding {
    let mut h =
        Holding { kind: Some(CertKind::RoleBased), earned_on: Some(earned), ..Holding::default() };
    let mut expires = add_years(
        earned,
        if earned < NaiveDate::from_ymd_opt(2021, 6, 30).expect("date") { 2 } else { 1 },
    )
    .expect("range");
    for &p in picks {
        let on =
            expires.checked_sub_days(Days::new(u64::from(1 + p % WINDOW_DAYS))).expect("range");
        h.renewed_on.push(on);
        expires = add_years(expires, 1).expect("range");
    }
    h
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn expiry_only_grows_with_renewals(start in 0u32..3000, picks in proptest::collection::vec(0u32..400, 0..6)) {
        let earned = day(start);
        let today = NaiveDate::from_ymd_opt(2040, 1, 1).expect("date");
        let mut previous = None;
        for n in 0..=picks.len() {
            let h = renewed_chain(earned, &picks[..n]);
            let ev = evaluate(&h, &DEFAULT_OFFSETS, today, start_of_day_utc(today)).expect("valid chain");
            let expires = ev.expires_on.expect("expiring kind");
            if let Some(p) = previous {
                prop_assert_eq!(Some(expires), add_years(p, 1));
                prop_assert!(expires > p);
            }
            previous = Some(expires);
        }
    }

    #[test]
    fn window_is_180_days_and_reminders_sit_inside_it(start in 0u32..4000, offset in 0u32..900, picks in proptest::collection::vec(0u32..400, 0..3)) {
        let h = renewed_chain(day(start), &picks);
        let today = day(start).checked_add_days(Days::new(u64::from(offset))).expect("range");
        let today = today.max(h.renewed_on.iter().copied().max().unwrap_or(today));
        let ev = evaluate(&h, &DEFAULT_OFFSETS, today, start_of_day_utc(today)).expect("valid");
        let (opens, expires) = (ev.window_opens_on.expect("opens"), ev.expires_on.expect("expires"));
        prop_assert_eq!((expires - opens).num_days(), i64::from(WINDOW_DAYS));
        match ev.status {
            Status::Active | Status::RenewalOpen => {
                prop_assert!((1..=4).contains(&ev.reminders.len()));
                prop_assert!(ev.reminders.windows(2).all(|w| w[0] < w[1]));
                prop_assert!(ev.reminders.iter().all(|&r| r >= opens && r < expires));
                prop_assert_eq!(ev.status == Status::RenewalOpen, today >= opens);
            }
            // R3: the expiry day is the last valid day.
            Status::Expired => { prop_assert!(today > expires); prop_assert!(ev.reminders.is_empty()); }
            Status::NoExpiry => prop_assert!(false, "role-based never has no-expiry"),
        }
        prop_assert_eq!(ev.can_renew_now, ev.status == Status::RenewalOpen);
    }

    #[test]
    fn no_panic_on_any_holding(
        kind in 0usize..13,
        learn in 0usize..4,
        earned in proptest::option::of(-200_000i32..200_000),
        renewals in proptest::collection::vec(-200_000i32..200_000, 0..4),
        renewals_first in proptest::option::of(-200_000i32..200_000),
        attempts in proptest::collection::vec(-10_000_000_000i64..10_000_000_000, 0..4),
        available in proptest::option::of(-200_000i32..200_000),
        retired in proptest::option::of(-200_000i32..200_000),
        today in -200_000i32..200_000,
        offsets in proptest::collection::vec(1u32..=180, 1..4),
    ) {
        let d = |n: i32| NaiveDate::from_num_days_from_ce_opt(700_000 + n);
        let h = Holding {
            kind: CertKind::ALL.get(kind).copied(),
            earned_on: earned.and_then(d),
            renewed_on: renewals.into_iter().filter_map(d).collect(),
            failed_attempts: attempts.into_iter().filter_map(|s| chrono::DateTime::from_timestamp(s, 0)).collect(),
            renewal_available_from: available.and_then(d),
            retired_on: retired.and_then(d),
            retirement_reported: available.and_then(d),
            replaced_by: (kind % 3 == 0).then(|| "Microsoft Certified: Fabric Data Engineer Associate".to_owned()),
            microsoft_expiry: renewals_first.and_then(d),
            has_prerequisites: kind % 2 == 0,
            learn_status: [LearnStatus::Active, LearnStatus::Expired, LearnStatus::Retired].get(learn).copied(),
        };
        if let Some(today) = d(today) {
            if let Ok(ev) = evaluate(&h, &offsets, today, start_of_day_utc(today)) {
                // R8, R11: what cannot be renewed today is never "renewal open", and nothing
                // reminds the user to renew after retirement (R11: the retirement day itself still
                // renews, until 11:59 PM US Central).
                let renewable_today = h.retired_on.is_none_or(|r| today <= r) && h.renewal_available_from.is_none_or(|f| f <= today);
                prop_assert!(renewable_today || ev.status != Status::RenewalOpen);
                prop_assert_eq!(ev.can_renew_now, ev.status == Status::RenewalOpen);
                if let Some(r) = h.retired_on {
                    prop_assert!(ev.reminders.iter().all(|&day| day <= r));
                }
                // Learn's status is the truth: what Learn lists as expired or retired is history.
                if matches!(h.learn_status, Some(LearnStatus::Expired | LearnStatus::Retired)) {
                    prop_assert_eq!(ev.status, Status::Expired);
                    prop_assert!(ev.reminders.is_empty());
                }
            }
        }
    }

    #[test]
    fn no_panic_on_any_eval_request(bytes in proptest::collection::vec(any::<u8>(), 0..200), text in "\\PC{0,200}") {
        let catalog = Catalog::default();
        let catalogs = Catalogs::new();
        let _ = recert_core::eval::run(&bytes, &catalog, &catalogs);
        let _ = recert_core::eval::run(text.as_bytes(), &catalog, &catalogs);
        let shaped = format!(r#"{{"today":"{}","holdings":[{{"id":"x","certification_type":"role-based","earned_on":"{}"}}]}}"#, text.chars().take(10).collect::<String>(), text);
        let _ = recert_core::eval::run(shaped.as_bytes(), &catalog, &catalogs);
    }
}

#[test]
fn no_panic_at_the_ends_of_the_calendar() {
    for (earned, today) in [
        (NaiveDate::MAX, NaiveDate::MAX),
        (NaiveDate::MIN, NaiveDate::MIN),
        (NaiveDate::MIN, NaiveDate::MAX),
    ] {
        let h = Holding {
            kind: Some(CertKind::RoleBased),
            earned_on: Some(earned),
            renewed_on: vec![earned],
            ..Holding::default()
        };
        let _ = evaluate(&h, &DEFAULT_OFFSETS, today, start_of_day_utc(today));
    }
}
