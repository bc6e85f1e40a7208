//! R22, share success: a transcript of active and historical certifications (title, earned,
//! expires, certification number), as rows for the printable page and as CSV.

use crate::ctx::Ctx;
use crate::engine::{evaluate, Status};
use crate::error::Outcome;
use crate::kind::CertKind;
use crate::service::Recert;
use crate::views;
use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct TranscriptRow {
    pub title: String,
    pub kind: CertKind,
    pub exam_codes: Vec<String>,
    pub earned_on: Option<NaiveDate>,
    /// `None`: does not expire.
    pub expires_on: Option<NaiveDate>,
    pub status: Status,
    pub certification_number: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Transcript {
    pub today: NaiveDate,
    pub legal_name: Option<String>,
    pub mcid: Option<String>,
    /// In force today, newest first.
    pub active: Vec<TranscriptRow>,
    /// Expired, most recently expired first.
    pub historical: Vec<TranscriptRow>,
}

/// RFC 4180 quoting; a cell a spreadsheet would read as a formula is prefixed with `'`.
pub fn csv_cell(text: &str) -> String {
    let safe = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if safe.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", safe.replace('"', "\"\""))
    } else {
        safe
    }
}

impl Recert {
    pub fn transcript(&self, ctx: &Ctx) -> Outcome<Transcript> {
        let Ctx { today, now, locale, .. } = *ctx;
        let offsets = self.store().settings()?.reminder_offsets;
        let profile = self.store().profiles()?.certification;
        let (mut active, mut historical) = (Vec::new(), Vec::new());
        for record in self.store().holdings()? {
            let Ok(ev) = evaluate(&record.to_holding(self.catalog()), &offsets, today, now) else {
                continue;
            };
            let (title, exam_codes) = views::title_of(&record, self.catalog(), locale);
            let row = TranscriptRow {
                title,
                kind: record.kind,
                exam_codes,
                earned_on: record.earned_on,
                expires_on: ev.expires_on,
                status: ev.status,
                certification_number: record.certification_number.clone(),
            };
            if ev.status == Status::Expired {
                historical.push(row);
            } else {
                active.push(row);
            }
        }
        active.sort_by(|a, b| b.earned_on.cmp(&a.earned_on).then_with(|| a.title.cmp(&b.title)));
        historical
            .sort_by(|a, b| b.expires_on.cmp(&a.expires_on).then_with(|| a.title.cmp(&b.title)));
        Ok(Transcript {
            today,
            legal_name: profile.as_ref().map(|p| p.legal_name.clone()),
            mcid: profile.map(|p| p.mcid),
            active,
            historical,
        })
    }

    /// The transcript as CSV (UTF-8 with a byte-order mark, so spreadsheets read Japanese and
    /// Chinese titles right), headers and values in `locale`.
    pub fn transcript_csv(&self, ctx: &Ctx) -> Outcome<String> {
        let Ctx { locale, .. } = *ctx;
        let t = self.transcript(ctx)?;
        let c = &self.catalogs;
        let text = |id: &str| c.text(locale, id, &[]);
        let mut out = String::from("\u{feff}");
        let header = [
            "transcript-col-title",
            "transcript-col-exams",
            "transcript-col-kind",
            "transcript-col-earned",
            "transcript-col-expires",
            "transcript-col-state",
            "transcript-col-number",
        ];
        out.push_str(&header.iter().map(|id| csv_cell(&text(id))).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
        for (row, state_id) in t
            .active
            .iter()
            .map(|r| (r, "transcript-active"))
            .chain(t.historical.iter().map(|r| (r, "transcript-historical")))
        {
            let cells = [
                row.title.clone(),
                row.exam_codes.join(" "),
                text(&format!("kind-{}", row.kind.as_str())),
                row.earned_on.map(|d| locale.format_date(d)).unwrap_or_default(),
                row.expires_on
                    .map_or_else(|| text("transcript-no-expiry"), |d| locale.format_date(d)),
                text(state_id),
                row.certification_number.clone().unwrap_or_default(),
            ];
            out.push_str(&cells.iter().map(|s| csv_cell(s)).collect::<Vec<_>>().join(","));
            out.push_str("\r\n");
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::csv_cell;

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("-1"), "'-1");
    }
}
