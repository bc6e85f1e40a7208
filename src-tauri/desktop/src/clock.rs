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
        self.read().0
    }

    /// The user's wall-clock time (what reminders are scheduled in).
    pub fn now_local(&self) -> NaiveDateTime {
        self.read().2
    }

    /// With a fixed day, `now` is that day at the current UTC time of day, so attempts recorded
    /// "now" fall on "today".
    pub fn now(&self) -> DateTime<Utc> {
        self.read().1
    }

    /// One reading of the wall clock, the fixed day applied: today, now, and now on the user's
    /// clock, all of the same instant (read apart, they could straddle midnight).
    fn read(&self) -> (NaiveDate, DateTime<Utc>, NaiveDateTime) {
        let real = Local::now();
        let utc = real.with_timezone(&Utc);
        match self.fixed_today {
            Some(day) => (day, day.and_time(utc.time()).and_utc(), day.and_time(real.time())),
            None => (real.date_naive(), utc, real.naive_local()),
        }
    }

    /// The context of one call of the core: the clock read once, in `locale`.
    pub fn ctx(&self, locale: Locale) -> Ctx {
        let (today, now, now_local) = self.read();
        Ctx { today, now, now_local, locale }
    }
}
