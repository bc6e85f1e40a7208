//! What may be stored, checked the same way wherever it comes from (a form, an imported file, a
//! transcript): names and titles, e-mail addresses, the MCID, settings.

use crate::error::{Failure, Outcome};
use crate::message::Problem;
use crate::model::Settings;
use chrono::{DateTime, Utc};

pub use crate::limits::{
    clean_text, printable, unsafe_char, MAX_RECORDS, MAX_TEXT, MAX_TRANSCRIPT_CERTIFICATIONS,
};

/// A name from the user (a form, a data file): trimmed, present, within `MAX_TEXT`, and without
/// `unsafe_char`s, which are refused (the user can see and fix them).
pub fn text_field(field: &str, value: &str) -> Outcome<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(Failure::invalid(field, Problem::Required));
    }
    if v.chars().count() > MAX_TEXT {
        return Err(Failure::invalid(field, Problem::TooLong { max: MAX_TEXT as i64 }));
    }
    if v.chars().any(unsafe_char) {
        return Err(Failure::invalid(field, Problem::ControlCharacter));
    }
    Ok(v.to_owned())
}

pub fn email_field(field: &str, value: &str) -> Outcome<String> {
    let v = text_field(field, value)?;
    let ok = match v.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !v.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    };
    if ok {
        Ok(v)
    } else {
        Err(Failure::invalid(field, Problem::NotAnEmail { value: v }))
    }
}

/// A transcript's share link as a form gives it: empty is none; otherwise a link `share_id`
/// accepts, kept with `https://`.
pub fn link_field(field: &str, value: &str) -> Outcome<Option<String>> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    crate::learn_transcript::share_id(value).map_err(|p| Failure::invalid(field, p))?;
    Ok(Some(crate::learn_transcript::normalize_link(value)))
}

/// R14: a Microsoft Certification ID is 4 to 12 digits.
pub fn mcid_field(field: &str, value: &str) -> Outcome<()> {
    if (4..=12).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(Failure::invalid(field, Problem::NotAnMcid { value: value.chars().take(40).collect() }))
    }
}

/// The rules of the Settings form, for the form and for an imported file alike: reminder days and
/// a time of day reminders can run on, and a pause that ends no later than `latest_pause_end` (a
/// click pauses for `PAUSE_HOURS`).
pub fn validate_settings(
    settings: &Settings,
    latest_pause_end: DateTime<Utc>,
) -> Outcome<Settings> {
    let numbers: Vec<i64> = settings.reminder_offsets.iter().map(|&o| i64::from(o)).collect();
    let offsets = crate::engine::validate_offsets(&numbers)
        .map_err(|(_, p)| Failure::invalid("reminder_offsets", p))?;
    if crate::reminders::parse_time_of_day(&settings.reminder_time).is_none() {
        return Err(Failure::invalid(
            "reminder_time",
            Problem::NotATime { value: settings.reminder_time.chars().take(20).collect() },
        ));
    }
    if let Some(until) = settings.paused_until.filter(|&until| until > latest_pause_end) {
        return Err(Failure::invalid("paused_until", Problem::PauseTooLong { value: until }));
    }
    if let Some(link) = &settings.transcript_link {
        link_field("transcript_link", link)?;
    }
    Ok(Settings { reminder_offsets: offsets, ..settings.clone() })
}
