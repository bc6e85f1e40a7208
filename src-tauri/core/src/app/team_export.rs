//! The team's status as a spreadsheet: one CSV row per certification held or worked on, the user's
//! first, then each person by name. UTF-8 with a byte-order mark (spreadsheets then read Japanese
//! and Chinese right), headers and values in the user's language, every cell defused like the
//! transcript's (a name starting with `=` stays text).

use crate::ctx::Ctx;
use crate::date::days_between;
use crate::engine::evaluate;
use crate::error::Outcome;
use crate::service::Recert;
use crate::transcript::csv_cell;
use crate::views;
use chrono::NaiveDate;

const HEADER: [&str; 7] = [
    "team-col-person",
    "transcript-col-title",
    "transcript-col-exams",
    "team-col-status",
    "transcript-col-earned",
    "transcript-col-expires",
    "team-col-days-left",
];

impl Recert {
    pub fn team_csv(&self, ctx: &Ctx) -> Outcome<String> {
        let Ctx { today, now, locale, .. } = *ctx;
        let c = &self.catalogs;
        let text = |id: &str| c.text(locale, id, &[]);
        let offsets = self.offsets()?;
        let mut out = String::from("\u{feff}");
        let mut row = |cells: &[String]| {
            // A whole number (days left, negative once expired) stays a number: it cannot be a
            // formula, and a spreadsheet should sort it as one.
            out.push_str(
                &cells
                    .iter()
                    .map(|s| if s.parse::<i64>().is_ok() { s.clone() } else { csv_cell(s) })
                    .collect::<Vec<_>>()
                    .join(","),
            );
            out.push_str("\r\n");
        };
        row(&HEADER.map(text));
        let date = |d: Option<NaiveDate>| d.map(|d| locale.format_date(d)).unwrap_or_default();
        for person in self.everyone(locale)? {
            let (name, holdings, plans) = (person.name, person.holdings, person.plans);
            for record in &holdings {
                let (title, codes) = views::title_of(record, self.catalog(), locale);
                let (status, expires) =
                    match evaluate(&record.to_holding(self.catalog()), &offsets, today, now) {
                        Ok(ev) => (text(&format!("status-{}", ev.status.as_str())), ev.expires_on),
                        Err(_) => (text("card-broken"), None),
                    };
                row(&[
                    name.clone(),
                    title,
                    codes.join(" "),
                    status,
                    date(record.earned_on),
                    date(expires),
                    expires.map(|e| days_between(today, e).to_string()).unwrap_or_default(),
                ]);
            }
            for plan in &plans {
                let Some(cert) = self.catalog().certification(&plan.certification) else {
                    continue;
                };
                row(&[
                    name.clone(),
                    views::localized_title(cert, locale),
                    self.catalog().exam_codes(cert).join(" "),
                    text("bucket-working-on"),
                    String::new(),
                    String::new(),
                    String::new(),
                ]);
            }
        }
        Ok(out)
    }
}
