//! The three languages Recert speaks, and how each writes a date and a time.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub enum Locale {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "ja")]
    Ja,
    #[serde(rename = "zh-TW")]
    ZhTw,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Ja, Locale::ZhTw];

    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ja => "ja",
            Locale::ZhTw => "zh-TW",
        }
    }

    /// Picks the closest supported locale for an OS or browser tag (`ja_JP.UTF-8`, `zh-Hant-TW`,
    /// `zh_HK`); anything else is English. Simplified Chinese gets English, not Traditional.
    pub fn from_os_tag(tag: &str) -> Locale {
        let t = tag.to_ascii_lowercase().replace('_', "-");
        if t.starts_with("ja") {
            Locale::Ja
        } else if t.starts_with("zh")
            && (t.contains("hant") || t.contains("-tw") || t.contains("-hk") || t.contains("-mo"))
        {
            Locale::ZhTw
        } else {
            Locale::En
        }
    }

    pub fn format_date(self, d: NaiveDate) -> String {
        match self {
            Locale::En => crate::date::format_date(d),
            Locale::Ja | Locale::ZhTw => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
        }
    }

    /// A local wall-clock moment: `2026-12-01 09:30`, `2026年12月1日 9:30`.
    pub fn format_local(self, at: NaiveDateTime) -> String {
        match self {
            Locale::En => format!("{} {}", self.format_date(at.date()), at.format("%H:%M")),
            Locale::Ja | Locale::ZhTw => {
                format!("{} {}", self.format_date(at.date()), at.format("%-H:%M"))
            }
        }
    }

    pub fn format_instant(self, at: DateTime<Utc>) -> String {
        format!("{} {} UTC", self.format_date(at.date_naive()), at.format("%H:%M"))
    }
}
