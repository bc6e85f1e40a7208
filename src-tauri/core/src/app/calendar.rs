//! Calendar export (RFC 5545): each renewal window's opening, each last day to renew and each
//! booked exam, with alarms. UIDs are stable per certification and per exam, and SEQUENCE grows
//! with each renewal or rebooking, so importing a newer file updates events instead of adding
//! copies.

use crate::ctx::Ctx;
use crate::engine::{evaluate, Status};
use crate::error::Outcome;
use crate::message::Arg;
use crate::plans::exam_code;
use crate::service::Recert;
use crate::views;
use chrono::{Days, NaiveDate, NaiveDateTime};

pub const PRODID: &str = "-//Recert//Recert Desktop//EN";
const UID_DOMAIN: &str = "recert.app";
/// How long a booked exam's calendar event lasts (Microsoft's exams run about two hours).
pub const EXAM_MINUTES: i64 = 120;

/// RFC 5545 §3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT values.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// RFC 5545 §3.1: content lines longer than 75 octets are folded (CRLF + space), never inside a
/// UTF-8 character.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3);
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
    out
}

/// A UID of Recert's domain from the parts given: only letters, digits, `-`, `_` and `.` of them
/// go in (ids are checked on import too; this keeps a line break out of the file whatever comes).
fn uid(parts: &[&str]) -> String {
    let clean: Vec<String> = parts
        .iter()
        .map(|p| {
            p.replace(|ch: char| !ch.is_ascii_alphanumeric() && !matches!(ch, '-' | '_' | '.'), "_")
        })
        .collect();
    format!("{}@{UID_DOMAIN}", clean.join("-"))
}

struct Writer(String);

impl Writer {
    /// One content line. Control characters never reach the file: a value cannot end its line
    /// and start another property or component (TEXT values are escaped before, by `text`).
    fn line(&mut self, name: &str, value: &str) {
        let value: String = value.chars().filter(|c| !c.is_control()).collect();
        self.0.push_str(&fold(&format!("{name}:{value}")));
    }

    fn text(&mut self, name: &str, value: &str) {
        self.line(name, &escape_text(value));
    }

    fn alarm(&mut self, trigger: &str, description: &str) {
        self.line("BEGIN", "VALARM");
        self.line("ACTION", "DISPLAY");
        self.text("DESCRIPTION", description);
        self.line("TRIGGER", trigger);
        self.line("END", "VALARM");
    }
}

fn ymd(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

fn local(t: NaiveDateTime) -> String {
    t.format("%Y%m%dT%H%M%S").to_string()
}

struct AllDay<'a> {
    uid: String,
    sequence: u32,
    on: NaiveDate,
    summary: &'a str,
    description: &'a str,
    /// Alarms as RFC 5545 durations relative to the day's start.
    alarms: &'a [&'a str],
}

/// Whose certifications a calendar holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalendarScope<'a> {
    /// The user's own: windows, last days to renew and booked exams.
    Mine,
    /// Everyone's last days to renew, the user's and each person's, whose in each summary.
    Team,
    /// One person's last days to renew (their name, as entered, in any case; or their id).
    Person(&'a str),
}

impl Recert {
    /// The user's own calendar for `now`, in `locale`.
    pub fn calendar(&self, ctx: &Ctx) -> Outcome<String> {
        self.calendar_for(CalendarScope::Mine, ctx)
    }

    /// The calendar of `scope` for `now`, in `locale`.
    pub fn calendar_for(&self, scope: CalendarScope, ctx: &Ctx) -> Outcome<String> {
        let Ctx { today, now, locale, .. } = *ctx;
        let c = &self.catalogs;
        let offsets = self.store().settings()?.reminder_offsets;
        let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
        let mut w = Writer(String::new());
        w.line("BEGIN", "VCALENDAR");
        w.line("VERSION", "2.0");
        w.line("PRODID", PRODID);
        w.line("CALSCALE", "GREGORIAN");
        w.line("METHOD", "PUBLISH");
        w.text(
            "X-WR-CALNAME",
            &c.text(
                locale,
                if scope == CalendarScope::Mine { "calendar-name" } else { "calendar-team-name" },
                &[],
            ),
        );
        let all_day = |w: &mut Writer, e: AllDay| {
            w.line("BEGIN", "VEVENT");
            w.line("UID", &e.uid);
            w.line("DTSTAMP", &stamp);
            w.line("SEQUENCE", &e.sequence.to_string());
            w.line("DTSTART;VALUE=DATE", &ymd(e.on));
            w.line("DTEND;VALUE=DATE", &ymd(e.on + Days::new(1)));
            w.text("SUMMARY", e.summary);
            w.text("DESCRIPTION", e.description);
            w.line("TRANSP", "TRANSPARENT");
            for trigger in e.alarms {
                w.alarm(trigger, e.summary);
            }
            w.line("END", "VEVENT");
        };
        // (uid prefix, whose: None for the user's own calendar, the records)
        let mut owners: Vec<(String, Option<String>, Vec<crate::model::HoldingRecord>)> =
            Vec::new();
        match scope {
            CalendarScope::Mine => owners.push((String::new(), None, self.store().holdings()?)),
            CalendarScope::Team => {
                owners.push((
                    String::new(),
                    Some(c.text(locale, "team-me", &[])),
                    self.store().holdings()?,
                ));
                let mut people = self.store().people()?;
                people.sort_by(|a, b| a.id.cmp(&b.id));
                owners.extend(people.into_iter().map(|p| (p.id, Some(p.name), p.holdings)));
            }
            CalendarScope::Person(who) => {
                // By id, else by name (any case); two people of that name must be told apart by id.
                let wanted = who.trim().to_lowercase();
                let people = self.store().people()?;
                let named: Vec<_> =
                    people.iter().filter(|p| p.name.to_lowercase() == wanted).collect();
                let person = match (people.iter().find(|p| p.id == who), named.as_slice()) {
                    (Some(p), _) => p.clone(),
                    (None, [p]) => (*p).clone(),
                    (None, []) => {
                        return Err(crate::error::Failure::new(
                            crate::error::ErrorKind::NotFound,
                            crate::message::Problem::NoSuchPerson {
                                value: crate::limits::clean_text(who),
                            },
                        ));
                    }
                    (None, several) => {
                        let ids =
                            several.iter().map(|p| p.id.as_str()).collect::<Vec<_>>().join(", ");
                        return Err(crate::error::Failure::new(
                            crate::error::ErrorKind::Conflict,
                            crate::message::Problem::SeveralPeopleNamed {
                                value: crate::limits::clean_text(who),
                                ids,
                            },
                        ));
                    }
                };
                owners.push((person.id, Some(person.name), person.holdings));
            }
        }
        for (prefix, whose, mut records) in owners {
            records.sort_by(|a, b| a.id.cmp(&b.id));
            for record in records {
                let Ok(ev) = evaluate(&record.to_holding(self.catalog()), &offsets, today, now)
                else {
                    continue;
                };
                if !matches!(ev.status, Status::Active | Status::RenewalOpen) {
                    continue;
                }
                let (Some(opens), Some(expires)) = (ev.window_opens_on, ev.expires_on) else {
                    continue;
                };
                let (title, _) = views::title_of(&record, self.catalog(), locale);
                let args = [
                    ("title", Arg::text(title.clone())),
                    ("deadline", Arg::Date(expires)),
                    ("opens", Arg::Date(opens)),
                ];
                let sequence = record.renewed_on.len() as u32;
                // R3: the expiry day is the last valid day (through 23:59:59 UTC).
                let last_day = expires;
                let Some(whose) = &whose else {
                    all_day(
                        &mut w,
                        AllDay {
                            uid: uid(&[&record.id, "window"]),
                            sequence,
                            on: opens,
                            summary: &c.text(locale, "calendar-window-summary", &args),
                            description: &c.text(locale, "calendar-window-description", &args),
                            alarms: &["PT9H"],
                        },
                    );
                    all_day(
                        &mut w,
                        AllDay {
                            uid: uid(&[&record.id, "deadline"]),
                            sequence,
                            on: last_day,
                            summary: &c.text(locale, "calendar-deadline-summary", &args),
                            description: &c.text(locale, "calendar-deadline-description", &args),
                            alarms: &["-P30D", "-P7D", "-P1D", "PT9H"],
                        },
                    );
                    continue;
                };
                // Someone's last day to renew, theirs named first; the user's own keep their UIDs.
                // The person's id and the record's joined by ".", which no id may hold: ids with
                // "-" in them cannot make two events one UID ("a-b" + "c" against "a" + "b-c").
                let owned = if prefix.is_empty() {
                    record.id.clone()
                } else {
                    format!("{prefix}.{}", record.id)
                };
                let parts = [owned.as_str(), "deadline"];
                let summary = c.text(
                    locale,
                    "calendar-team-deadline-summary",
                    &[("person", Arg::text(whose.clone())), ("title", Arg::text(title.clone()))],
                );
                all_day(
                    &mut w,
                    AllDay {
                        uid: uid(&parts),
                        sequence,
                        on: last_day,
                        summary: &summary,
                        description: &c.text(locale, "calendar-deadline-description", &args),
                        alarms: &["-P7D", "PT9H"],
                    },
                );
            }
        }
        if scope != CalendarScope::Mine {
            w.line("END", "VCALENDAR");
            return Ok(w.0);
        }
        let mut plans = self.store().plans()?;
        plans.sort_by(|a, b| a.id.cmp(&b.id));
        for plan in plans {
            let title = self
                .catalog()
                .certification(&plan.certification)
                .map_or_else(|| plan.certification.clone(), |x| views::localized_title(x, locale));
            for e in &plan.exams {
                let Some(b) = &e.booking else { continue };
                let code = self.catalog().exam(&e.exam).map_or_else(|| e.exam.clone(), exam_code);
                let delivery = c.text(
                    locale,
                    if b.delivery == crate::exams::Delivery::Online {
                        "delivery-online"
                    } else {
                        "delivery-test-centre"
                    },
                    &[],
                );
                let args = [
                    ("code", Arg::text(code)),
                    ("title", Arg::text(title.clone())),
                    ("at", Arg::Local(b.at)),
                    ("delivery", Arg::text(delivery.clone())),
                ];
                let summary = c.text(locale, "calendar-exam-summary", &args);
                w.line("BEGIN", "VEVENT");
                w.line("UID", &uid(&[&plan.id, &e.exam]));
                w.line("DTSTAMP", &stamp);
                w.line("SEQUENCE", &e.revision.to_string());
                // Floating local time: the exam is at this wall-clock time wherever the user is.
                w.line("DTSTART", &local(b.at));
                w.line("DTEND", &local(b.at + chrono::Duration::minutes(EXAM_MINUTES)));
                w.text("SUMMARY", &summary);
                w.text("DESCRIPTION", &c.text(locale, "calendar-exam-description", &args));
                w.text("LOCATION", &delivery);
                w.alarm("-P1D", &summary);
                w.alarm("-PT2H", &summary);
                w.line("END", "VEVENT");
            }
        }
        w.line("END", "VCALENDAR");
        Ok(w.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_value_can_start_a_line_of_its_own() {
        // What a crafted id tried (SECURITY.md): a URL property, and a whole extra event.
        assert_eq!(
            uid(&["x\r\nURL:https://evil.example/", "window"]),
            "x__URL_https___evil.example_-window@recert.app"
        );
        assert_eq!(
            uid(&["h1a", "window"]),
            "h1a-window@recert.app",
            "the ids Recert writes keep their UIDs"
        );
        assert_eq!(uid(&["p7", "exam.az-104"]), "p7-exam.az-104@recert.app");
        let mut w = Writer(String::new());
        w.line("UID", "a\r\nBEGIN:VEVENT\nEND:VEVENT");
        assert_eq!(w.0, "UID:aBEGIN:VEVENTEND:VEVENT\r\n");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let line = format!("SUMMARY:{}", "認定資格".repeat(20));
        let folded = fold(&line);
        for part in folded.split("\r\n").filter(|p| !p.is_empty()) {
            assert!(part.len() <= 75, "{} octets", part.len());
        }
        let unfolded = folded.replace("\r\n ", "");
        assert_eq!(unfolded.trim_end(), line);
    }
}
