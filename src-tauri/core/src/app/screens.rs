//! The first screen's data: what the UI needs before it paints (the language, the settings, the
//! day, or the recovery screen) and what a notification or the tray asked to show.

use crate::locale::Locale;
use crate::views::Dashboard;
use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

/// What the UI needs before its first screen.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Boot {
    pub locale: Locale,
    pub settings: crate::model::Settings,
    pub today: NaiveDate,
    /// Set when the database could not be opened: the UI shows only the recovery screen.
    pub recovery: Option<crate::recovery::RecoveryView>,
}

/// A moment of the page's start-up (ms since navigation start), for the start-up probe
/// (docs/BENCHMARKS.md): printed only with `RECERT_STARTUP_PROBE` set.
#[derive(Clone, Debug, PartialEq, serde::Deserialize, TS)]
#[ts(export)]
pub struct PageMark {
    pub what: String,
    pub at_ms: f64,
}

/// Everything the first screen needs, in one round trip: the boot data, what a notification or
/// the tray asked to show, banners waiting, the dashboard's first page (absent when the
/// recovery screen or a plan is shown instead) and the desktop's font.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct FirstScreen {
    pub boot: Boot,
    pub focus: Option<crate::alerts::Focus>,
    pub banners: Vec<crate::alerts::Notice>,
    pub dashboard: Option<Dashboard>,
    /// Linux: the family of the desktop's interface font as GTK names it ("Cantarell", or "Sans"
    /// when the desktop names none), which the page names before its own list. `None` elsewhere,
    /// where `system-ui` is the desktop's font.
    pub desktop_font: Option<String>,
}
