//! The app's managed state: the core service behind a mutex, the clock and the OS language.

use super::clock::Clock;
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use recert_core::alerts::Notice;
use recert_core::error::Outcome;
use recert_core::recovery::RecoveryView;
use recert_core::{AppError, ErrorKind, Failure, Locale, Problem, Recert};
use std::path::PathBuf;
use std::sync::mpsc::Sender;
use std::sync::{Mutex, MutexGuard};

pub struct Shell {
    /// `None` while the database could not be opened (the recovery screen is up).
    recert: Mutex<Option<Recert>>,
    recovery: Mutex<Option<RecoveryView>>,
    pub data_dir: PathBuf,
    pub clock: Clock,
    os_locale: Mutex<String>,
    /// An import file read and previewed, waiting for the user's confirmation.
    pub pending_import: Mutex<Option<Vec<u8>>>,
    /// A Learn transcript fetched or read and previewed, waiting for the user's confirmation.
    pub pending_transcript: Mutex<Option<recert_core::learn_transcript::LearnTranscript>>,
    /// Notifications that could not be shown natively, for the in-app banner.
    banners: Mutex<Vec<Notice>>,
    /// The certification a notification or the tray asked to show, until the UI takes it.
    pub focus_request: Mutex<Option<String>>,
    /// Wakes the reminder loop after a change.
    wake: Mutex<Option<Sender<()>>>,
}

/// What every command gets: the day, the instant and the user's language, read once per call.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub today: NaiveDate,
    pub now: DateTime<Utc>,
    pub now_local: NaiveDateTime,
    pub locale: Locale,
}

/// A poisoned lock only means an earlier call panicked; the data behind it is still consistent
/// (every write is one atomic batch), so carry on with it.
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Shell {
    pub fn new(opened: Result<Recert, RecoveryView>, data_dir: PathBuf, clock: Clock, os_locale: String) -> Shell {
        let (recert, recovery) = match opened {
            Ok(r) => (Some(r), None),
            Err(view) => (None, Some(view)),
        };
        Shell {
            recert: Mutex::new(recert),
            recovery: Mutex::new(recovery),
            data_dir,
            clock,
            os_locale: Mutex::new(os_locale),
            pending_import: Mutex::new(None),
            pending_transcript: Mutex::new(None),
            banners: Mutex::new(Vec::new()),
            focus_request: Mutex::new(None),
            wake: Mutex::new(None),
        }
    }

    pub fn set_wake(&self, tx: Sender<()>) {
        *lock(&self.wake) = Some(tx);
    }

    pub fn push_banner(&self, notice: Notice) {
        lock(&self.banners).push(notice);
    }

    pub fn take_banners(&self) -> Vec<Notice> {
        std::mem::take(&mut *lock(&self.banners))
    }

    /// Like `run`, for calls that change data: on success the reminder loop re-plans at once.
    pub fn change<T>(&self, f: impl FnOnce(&mut Recert, Ctx) -> Outcome<T>) -> Result<T, AppError> {
        let out = self.run(f)?;
        self.wake();
        Ok(out)
    }

    /// Wakes the reminder loop now.
    pub fn wake(&self) {
        if let Some(tx) = lock(&self.wake).as_ref() {
            // The loop only stops with the app; a failed send means it is already gone.
            let _ = tx.send(());
        }
    }

    pub fn set_os_locale(&self, tag: &str) {
        *lock(&self.os_locale) = tag.chars().take(64).collect();
    }

    fn ctx(&self, locale: Locale) -> Ctx {
        Ctx { today: self.clock.today(), now: self.clock.now(), now_local: self.clock.now_local(), locale }
    }

    fn os_locale(&self) -> Locale {
        Locale::from_os_tag(&lock(&self.os_locale))
    }

    /// Runs `f` against the core with today's context; failures leave translated.
    pub fn run<T>(&self, f: impl FnOnce(&mut Recert, Ctx) -> Outcome<T>) -> Result<T, AppError> {
        let mut guard = lock(&self.recert);
        let Some(recert) = guard.as_mut() else {
            let locale = self.os_locale();
            let catalogs = recert_core::Catalogs::new();
            return Err(Failure::new(ErrorKind::Storage, Problem::RecoveryNeeded).translate(&catalogs, locale));
        };
        let locale = recert.locale(&lock(&self.os_locale));
        let ctx = self.ctx(locale);
        f(recert, ctx).map_err(|failure| failure.translate(&recert.catalogs, locale))
    }

    /// `failure`, made outside `run` (in async work), translated the same way.
    pub fn fail<T>(&self, failure: Failure) -> Result<T, AppError> {
        self.run(|_, _| Err(failure))
    }

    pub fn recovery(&self) -> Option<RecoveryView> {
        lock(&self.recovery).clone()
    }

    /// Replaces the (missing) database with what `f` opens: a restored backup, a fresh start,
    /// or the same database once another process let go of it.
    /// "Delete all my data": the store, its backups and what recovery set aside, then an empty
    /// store in its place (the scheduler wakes to find nothing due).
    pub fn forget(&self, confirmed: bool) -> Result<(), AppError> {
        let locale = self.os_locale();
        let catalogs = recert_core::Catalogs::new();
        let mut slot = lock(&self.recert);
        let locale = slot.as_ref().map_or(locale, |r| r.settings().ok().and_then(|s| s.language).unwrap_or(locale));
        recert_core::forget::forget(&mut slot, confirmed, true).map_err(|failure| failure.translate(&catalogs, locale))?;
        drop(slot);
        *lock(&self.pending_import) = None;
        *lock(&self.pending_transcript) = None;
        if let Some(tx) = lock(&self.wake).as_ref() {
            let _ = tx.send(());
        }
        Ok(())
    }

    /// Refused while the database is healthy: start-fresh, restore and retry move the live database
    /// aside, which no page may do to a working store.
    pub fn recover(&self, f: impl FnOnce(&std::path::Path, Ctx) -> Outcome<Recert>) -> Result<(), AppError> {
        let locale = self.os_locale();
        let catalogs = recert_core::Catalogs::new();
        // Held throughout: two recoveries never run at once, and none after one succeeded.
        let mut recovery = lock(&self.recovery);
        if recovery.is_none() {
            return Err(Failure::new(ErrorKind::Conflict, Problem::NotInRecovery).translate(&catalogs, locale));
        }
        let recert = f(&self.data_dir, self.ctx(locale)).map_err(|failure| failure.translate(&catalogs, locale))?;
        *lock(&self.recert) = Some(recert);
        *recovery = None;
        if let Some(tx) = lock(&self.wake).as_ref() {
            let _ = tx.send(());
        }
        Ok(())
    }
}
