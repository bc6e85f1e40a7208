//! The only place the app reads the wall clock. `RECERT_TODAY=YYYY-MM-DD` (or `--today`) fixes
//! the calendar day for demos and tests; the time of day still runs.

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, Utc};
use recert_core::{Ctx, Locale};

#[derive(Clone, Copy, Debug, Default)]
pub struct Clock {
    fixed_today: Option<NaiveDate>,
}

impl Clock {
    pub fn new(fixed_today: Option<NaiveDate>) -> Clock {
        Clock { fixed_today }
    }

    /// The day fixed by `--today` or `RECERT_TODAY`, if any (handed on to the other process).
    pub fn fixed_today(&self) -> Option<NaiveDate> {
        self.fixed_today
    }

    pub fn today(&self) -> NaiveDate {
        self.fixed_today.unwrap_or_else(|| Local::now().date_naive())
    }

    /// The user's wall-clock time (what reminders are scheduled in).
    pub fn now_local(&self) -> NaiveDateTime {
        let real = Local::now().naive_local();
        match self.fixed_today {
            Some(day) => day.and_time(real.time()),
            None => real,
        }
    }

    /// With a fixed day, `now` is that day at the current UTC time of day, so attempts recorded
    /// "now" fall on "today".
    pub fn now(&self) -> DateTime<Utc> {
        let real = Utc::now();
        match self.fixed_today {
            Some(day) => day.and_time(real.time()).and_utc(),
            None => real,
        }
    }

    /// The context of one call of the core: the clock read once, in `locale`.
    pub fn ctx(&self, locale: Locale) -> Ctx {
        Ctx { today: self.today(), now: self.now(), now_local: self.now_local(), locale }
    }
}
