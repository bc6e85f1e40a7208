//! The app's managed state: the core service behind a mutex, the clock and the OS language.

use super::clock::Clock;

use recert_core::alerts::Notice;
use recert_core::error::Outcome;
use recert_core::recovery::RecoveryView;
use recert_core::{AppError, Ctx, ErrorKind, Failure, Locale, Problem, Recert};
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
    /// Notifications that could not be shown natively, for the in-app banner.
    banners: Mutex<Vec<Notice>>,
    /// The certification a notification or the tray asked to show, until the UI takes it.
    pub focus_request: Mutex<Option<recert_core::alerts::Focus>>,
    /// Wakes the reminder loop after a change.
    wake: Mutex<Option<Sender<()>>>,
    /// Tells the releaser that the database was just used (see `HOLD`).
    used: Mutex<Option<Sender<()>>>,
    /// The page holds input not yet saved (an open form): closing the window asks first.
    unsaved: std::sync::atomic::AtomicBool,
    /// The desktop's interface font family (Linux; read from GTK at start, on the main thread).
    pub desktop_font: Option<String>,
}

/// How long the app keeps the database open after its last use. sled allows one process at a time,
/// and a tray app nearly always runs: released while idle, a `recert export` from a scheduler (or
/// any other CLI command) gets it at once, and the app reopens it at its next command, reading
/// whatever the CLI wrote.
pub const HOLD: std::time::Duration = std::time::Duration::from_secs(2);

/// A poisoned lock only means an earlier call panicked; the data behind it is still consistent
/// (every write is one atomic batch), so carry on with it.
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Shell {
    pub fn new(
        opened: Result<Recert, RecoveryView>,
        data_dir: PathBuf,
        clock: Clock,
        os_locale: String,
        desktop_font: Option<String>,
    ) -> Shell {
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
            banners: Mutex::new(Vec::new()),
            focus_request: Mutex::new(None),
            wake: Mutex::new(None),
            used: Mutex::new(None),
            unsaved: std::sync::atomic::AtomicBool::new(false),
            desktop_font,
        }
    }

    pub fn set_unsaved(&self, unsaved: bool) {
        self.unsaved.store(unsaved, std::sync::atomic::Ordering::SeqCst);
    }

    pub fn has_unsaved(&self) -> bool {
        self.unsaved.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Closes the database once it has not been used for `HOLD`; blocks on nothing while idle
    /// (no timer runs until the next use). The app starts it; tests that make a `Shell` without
    /// it keep the database open.
    pub fn start_releasing(&self, on_idle: impl Fn() + Send + 'static) -> std::io::Result<()> {
        let (tx, rx) = std::sync::mpsc::channel::<()>();
        *lock(&self.used) = Some(tx);
        std::thread::Builder::new().name("recert-release".into()).spawn(move || {
            // Wait for a use, then for `HOLD` without one, then release.
            while rx.recv().is_ok() {
                loop {
                    match rx.recv_timeout(HOLD) {
                        Ok(()) => continue,
                        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => break,
                        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => return,
                    }
                }
                on_idle();
            }
        })?;
        Ok(())
    }

    /// Closes the database (it is flushed: every write was, before it was acknowledged). The next
    /// command opens it again.
    pub fn release(&self) {
        let mut slot = lock(&self.recert);
        if lock(&self.recovery).is_none() {
            *slot = None;
        }
        drop(slot);
        // Closing the database freed its caches, and the commands before it their answers.
        super::heap::give_back();
    }

    /// The open Recert in `slot`, opening the database if it was released. A database that no
    /// longer opens (damaged meanwhile, written by a newer Recert) puts the app in recovery.
    fn open_slot<'a>(&self, slot: &'a mut Option<Recert>) -> Result<&'a mut Recert, Failure> {
        if slot.is_none() {
            if lock(&self.recovery).is_some() {
                return Err(Failure::new(ErrorKind::Storage, Problem::RecoveryNeeded));
            }
            match recert_core::recovery::open_checked(&self.data_dir) {
                Ok(r) => *slot = Some(r),
                Err(recert_core::store::StoreError::Locked) => {
                    return Err(Failure::new(ErrorKind::Conflict, Problem::DatabaseBusy))
                }
                Err(e) => {
                    *lock(&self.recovery) = Some(recert_core::recovery::recovery_view(
                        &self.data_dir,
                        &e,
                        self.clock.today(),
                    ));
                    return Err(Failure::new(ErrorKind::Storage, Problem::RecoveryNeeded));
                }
            }
        }
        slot.as_mut().ok_or_else(|| Failure::new(ErrorKind::Storage, Problem::RecoveryNeeded))
    }

    fn mark_used(&self) {
        if let Some(tx) = lock(&self.used).as_ref() {
            let _ = tx.send(());
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
        self.clock.ctx(locale)
    }

    fn os_locale(&self) -> Locale {
        Locale::from_os_tag(&lock(&self.os_locale))
    }

    /// Runs `f` against the core with today's context; failures leave translated.
    pub fn run<T>(&self, f: impl FnOnce(&mut Recert, Ctx) -> Outcome<T>) -> Result<T, AppError> {
        let mut guard = lock(&self.recert);
        let recert = match self.open_slot(&mut guard) {
            Ok(r) => r,
            Err(failure) => {
                return Err(failure.translate(&recert_core::Catalogs::new(), self.os_locale()))
            }
        };
        let locale = recert.locale(&lock(&self.os_locale));
        let ctx = self.ctx(locale);
        let out = f(recert, ctx).map_err(|failure| failure.translate(&recert.catalogs, locale));
        drop(guard);
        self.mark_used();
        out
    }

    /// `failure`, made outside `run` (in async work), translated the same way.
    pub fn fail<T>(&self, failure: Failure) -> Result<T, AppError> {
        self.run(|_, _| Err(failure))
    }

    /// A failure of the shell's own (`problems::ShellFailure`), in the user's language.
    pub fn fail_shell<T>(&self, failure: super::problems::ShellFailure) -> Result<T, AppError> {
        Err(self.run(|r, c| Ok(failure.translate(r, c.locale)))?)
    }

    pub fn recovery(&self) -> Option<RecoveryView> {
        lock(&self.recovery).clone()
    }

    /// "Delete all my data": the store, its backups and what recovery set aside, then an empty
    /// store in its place (the scheduler wakes to find nothing due).
    pub fn forget(&self, confirmed: bool) -> Result<(), AppError> {
        let catalogs = recert_core::Catalogs::new();
        let mut slot = lock(&self.recert);
        let recert = self
            .open_slot(&mut slot)
            .map_err(|failure| failure.translate(&catalogs, self.os_locale()))?;
        let locale = recert.locale(&lock(&self.os_locale));
        recert_core::forget::forget(&mut slot, confirmed, true)
            .map_err(|failure| failure.translate(&catalogs, locale))?;
        drop(slot);
        if let Some(tx) = lock(&self.wake).as_ref() {
            let _ = tx.send(());
        }
        Ok(())
    }

    /// Replaces the (missing) database with what `f` opens: a restored backup, a fresh start,
    /// or the same database once another process let go of it.
    /// Refused while the database is healthy: start-fresh, restore and retry move the live database
    /// aside, which no page may do to a working store.
    pub fn recover(
        &self,
        f: impl FnOnce(&std::path::Path, Ctx) -> Outcome<Recert>,
    ) -> Result<(), AppError> {
        let locale = self.os_locale();
        let catalogs = recert_core::Catalogs::new();
        // Held throughout: two recoveries never run at once, and none after one succeeded.
        let mut recovery = lock(&self.recovery);
        if recovery.is_none() {
            return Err(Failure::new(ErrorKind::Conflict, Problem::NotInRecovery)
                .translate(&catalogs, locale));
        }
        let recert = f(&self.data_dir, self.ctx(locale))
            .map_err(|failure| failure.translate(&catalogs, locale))?;
        *lock(&self.recert) = Some(recert);
        *recovery = None;
        if let Some(tx) = lock(&self.wake).as_ref() {
            let _ = tx.send(());
        }
        Ok(())
    }
}
