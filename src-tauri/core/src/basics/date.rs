//! Calendar arithmetic and the strict date formats Recert accepts.
//!
//! Dates are calendar days (`NaiveDate`) in the user's own time zone; instants are UTC. Nothing in
//! here reads the clock: callers pass `today` and `now`.

use chrono::{DateTime, Datelike, Days, NaiveDate, SecondsFormat, Utc};

/// R2: adds whole years; 29 February lands on 28 February in a year that has none.
/// `None` only past chrono's representable range (year ±262,143).
pub fn add_years(date: NaiveDate, years: i32) -> Option<NaiveDate> {
    let year = date.year().checked_add(years)?;
    NaiveDate::from_ymd_opt(year, date.month(), date.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, date.month(), 28))
}

pub fn minus_days(date: NaiveDate, days: u32) -> Option<NaiveDate> {
    date.checked_sub_days(Days::new(u64::from(days)))
}

pub fn plus_days(date: NaiveDate, days: u32) -> Option<NaiveDate> {
    date.checked_add_days(Days::new(u64::from(days)))
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (to - from).num_days()
}

/// Parses exactly `YYYY-MM-DD`. Anything else (`2025-2-3`, `2025-02-30`, a time) is refused, so a
/// typo never turns into a different day.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    let shape_ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape_ok {
        return None;
    }
    let num = |r: std::ops::Range<usize>| text[r].parse::<u32>().ok();
    let year = i32::try_from(num(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, num(5..7)?, num(8..10)?)
}

/// Parses an RFC 3339 instant (`2026-10-01T09:30:00Z`, `2026-10-01T18:30:00+09:00`) into UTC.
pub fn parse_instant(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text).ok().map(|t| t.with_timezone(&Utc))
}

pub fn format_date(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

pub fn format_instant(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

/// Midnight UTC at the start of `date`: the default `now` of a day.
pub fn start_of_day_utc(date: NaiveDate) -> DateTime<Utc> {
    date.and_time(chrono::NaiveTime::MIN).and_utc()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        parse_date(s).expect("test date")
    }

    #[test]
    fn leap_day_plus_a_year_is_28_february() {
        assert_eq!(add_years(d("2024-02-29"), 1), Some(d("2025-02-28")));
        assert_eq!(add_years(d("2024-02-29"), 4), Some(d("2028-02-29")));
        assert_eq!(add_years(d("2020-02-29"), 2), Some(d("2022-02-28")));
        assert_eq!(add_years(d("2023-03-01"), 1), Some(d("2024-03-01")));
    }

    #[test]
    fn strict_date_shape() {
        assert_eq!(parse_date("2026-03-14"), Some(d("2026-03-14")));
        for bad in [
            "2025-02-30",
            "2025-2-03",
            "2025-02-3",
            "20250203",
            "2025-02-03T00:00:00Z",
            "",
            "2025/02/03",
            "+025-02-03",
            "2025-13-01",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn instants_normalise_to_utc() {
        let at = parse_instant("2026-10-01T18:30:00+09:00").expect("instant");
        assert_eq!(format_instant(at), "2026-10-01T09:30:00Z");
        assert_eq!(parse_instant("2026-10-01"), None);
    }
}
