//! The moment and the language a call of the app layer runs in. The app, the tray process and
//! the command line each read the clock once per call and hand this in (the core never reads the
//! clock); the rules below take only the dates they need.

use crate::locale::Locale;
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ctx {
    /// The user's calendar day (what expiry dates are compared with).
    pub today: NaiveDate,
    /// The instant (what is recorded: attempts, deliveries, pauses).
    pub now: DateTime<Utc>,
    /// The same instant on the user's wall clock (what reminders are scheduled in).
    pub now_local: NaiveDateTime,
    /// The language of every text the call returns.
    pub locale: Locale,
}

impl Ctx {
    /// A call on `today` at `now`, on a wall clock that reads UTC (the command line's
    /// `--today`, the tests); set `now_local` after where the user's clock differs.
    pub fn new(today: NaiveDate, now: DateTime<Utc>, locale: Locale) -> Ctx {
        Ctx { today, now, now_local: now.naive_utc(), locale }
    }

    /// The same moment in another language (a notification in the OS's language, say).
    pub fn in_locale(self, locale: Locale) -> Ctx {
        Ctx { locale, ..self }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wall_clock_reads_utc_and_the_language_can_change() {
        let now = "2026-12-06T23:30:00Z".parse::<DateTime<Utc>>().expect("instant");
        let ctx = Ctx::new(now.date_naive(), now, Locale::Ja);
        assert_eq!(ctx.now_local.to_string(), "2026-12-06 23:30:00");
        assert_eq!(ctx.in_locale(Locale::En).locale, Locale::En);
        assert_eq!(ctx.in_locale(Locale::En).now, now);
    }

    /// The app layer takes one context: no function there takes two or more of its fields as
    /// separate arguments (the rules below take only the dates they need).
    #[test]
    fn the_app_layer_takes_the_context_not_its_fields() {
        let fields = [
            "today: NaiveDate",
            "now: DateTime<Utc>",
            "now_local: NaiveDateTime",
            "locale: Locale",
        ];
        let app = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app");
        let mut spread = Vec::new();
        for entry in std::fs::read_dir(app).expect("app folder").flatten() {
            let text = std::fs::read_to_string(entry.path()).expect("module");
            for (i, _) in text.match_indices("fn ") {
                let Some(open) = text[i..].find('(') else { continue };
                let Some(close) = text[i + open..].find(')') else { continue };
                let params = &text[i + open..i + open + close];
                if fields.iter().filter(|f| params.contains(*f)).count() >= 2 {
                    let name: String = text[i + 3..].chars().take_while(|c| *c != '(').collect();
                    spread.push(format!("{}: {name}", entry.file_name().to_string_lossy()));
                }
            }
        }
        assert!(spread.is_empty(), "take `ctx: &Ctx` instead: {spread:?}");
    }
}
