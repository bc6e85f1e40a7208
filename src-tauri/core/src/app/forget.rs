//! "Delete all my data": the database, its daily backups and the damaged databases recovery set
//! aside, all at once, after a confirmation that names what goes. Only what Recert itself writes
//! in the data folder is removed (by name), never anything else a user keeps there.

use crate::error::{ErrorKind, Failure, Outcome};
use crate::message::Problem;
use crate::recovery::backups_dir;
use crate::service::Recert;
use crate::store::{FORGOTTEN_DB, GENERATION_FILE};
use serde::Serialize;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// What deleting everything removes, for the confirmation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ForgetPreview {
    pub holdings: u32,
    pub plans: u32,
    /// Other people the user follows (their certifications go with them).
    pub people: u32,
    /// A certification or Learn profile (MCID, legal name, e-mails) is stored.
    pub profiles: bool,
    pub backups: u32,
    /// Damaged databases set aside by recovery (`damaged-*` folders).
    pub set_aside: u32,
    pub data_dir: String,
}

/// The damaged databases recovery set aside in `data_dir`.
fn set_aside_folders(data_dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(data_dir) else { return Vec::new() };
    entries
        .flatten()
        .filter(|e| {
            e.file_type().is_ok_and(|t| t.is_dir())
                && e.file_name().to_string_lossy().starts_with("damaged-")
        })
        .map(|e| e.path())
        .collect()
}

fn backup_files(data_dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(backups_dir(data_dir)) else { return Vec::new() };
    entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .map(|e| e.path())
        .collect()
}

impl Recert {
    pub fn forget_preview(&self) -> Outcome<ForgetPreview> {
        let store = self.store();
        let dir = store.dir();
        let profiles = store.profiles()?;
        Ok(ForgetPreview {
            holdings: store.holdings()?.len() as u32,
            plans: store.plans()?.len() as u32,
            people: store.people()?.len() as u32,
            profiles: profiles.certification.is_some() || profiles.learn.is_some(),
            backups: backup_files(dir).len() as u32,
            set_aside: set_aside_folders(dir).len() as u32,
            data_dir: dir.display().to_string(),
        })
    }
}

/// Deletes everything of the Recert in `slot`. With `reopen` (the app, which carries on) an empty
/// store takes its place; without (`recert forget`) nothing is left and an emptied data folder
/// goes too. `confirmed` must be the user's answer to the preview; without it nothing happens.
///
/// The database is closed but the data folder's lock kept until everything is gone: a process
/// waiting to open the store (the tray's pass, an export) gets it afterwards and finds no data,
/// never half of it.
pub fn forget(slot: &mut Option<Recert>, confirmed: bool, reopen: bool) -> Outcome<()> {
    if !confirmed {
        return Err(Failure::new(ErrorKind::Invalid, Problem::ConfirmIrreversible));
    }
    let Some(recert) = slot.take() else {
        return Err(Failure::new(ErrorKind::Conflict, Problem::RecoveryNeeded));
    };
    let (lock, dir) = recert.into_store().close_keeping_lock();
    let removed = remove_all(&dir);
    if reopen {
        drop(lock);
        // Whatever happened, the app goes on with what opens now: an empty store, or what is left.
        *slot = Some(Recert::open(&dir)?);
    } else if removed.is_ok() {
        finish(lock, &dir);
    }
    removed
}

/// "Delete all my data" when the store does not open (damaged, or newer): the same removal, under
/// the folder's lock. `recert forget --yes` uses it, so a damaged store can always be deleted.
pub fn forget_unopened(dir: &Path, confirmed: bool) -> Outcome<()> {
    if !confirmed {
        return Err(Failure::new(ErrorKind::Invalid, Problem::ConfirmIrreversible));
    }
    let lock =
        crate::dir_lock::DirLock::acquire(dir, crate::store::LOCK_WAIT).map_err(|e| match e {
            crate::dir_lock::LockError::Held => {
                Failure::new(ErrorKind::Conflict, Problem::DatabaseBusy)
            }
            crate::dir_lock::LockError::Io(e) => Failure::new(
                ErrorKind::Io,
                Problem::CannotWrite { file: dir.display().to_string(), detail: e.to_string() },
            ),
        })?;
    remove_all(dir)?;
    finish(lock, dir);
    Ok(())
}

/// The lock file last (still held), then the folder if that left it empty (the web view may keep
/// its cache in the same folder).
fn finish(lock: crate::dir_lock::DirLock, dir: &Path) {
    let _ = lock.remove_file();
    drop(lock);
    let _ = std::fs::remove_dir(dir);
}

fn remove_all(dir: &Path) -> Outcome<()> {
    let io = |path: &Path, e: std::io::Error| {
        Failure::new(
            ErrorKind::Io,
            Problem::CannotWrite { file: path.display().to_string(), detail: e.to_string() },
        )
    };
    let gone = |path: &Path, result: std::io::Result<()>| match result {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(io(path, e)),
        _ => Ok(()),
    };
    // The count of acknowledged writes first (a database without it opens as it is; the count
    // without its database would say writes were lost), then the database in one rename: from
    // here on nothing opens as the user's data, whatever fails or crashes after.
    for file in [dir.join(GENERATION_FILE), dir.join(format!("{GENERATION_FILE}.tmp"))] {
        gone(&file, std::fs::remove_file(&file))?;
    }
    let db = dir.join("db");
    let tomb = dir.join(FORGOTTEN_DB);
    gone(&tomb, std::fs::remove_dir_all(&tomb))?;
    gone(&db, std::fs::rename(&db, &tomb))?;
    // Everything else is removed even when one removal fails; the first failure is reported.
    let mut first: Outcome<()> = Ok(());
    let mut keep = |result: Outcome<()>| {
        if first.is_ok() {
            first = result;
        }
    };
    keep(gone(&tomb, std::fs::remove_dir_all(&tomb)));
    let backups = backups_dir(dir);
    for file in backup_files(dir) {
        keep(gone(&file, std::fs::remove_file(&file)));
    }
    keep(gone(&backups, std::fs::remove_dir_all(&backups)));
    for folder in set_aside_folders(dir) {
        keep(gone(&folder, std::fs::remove_dir_all(&folder)));
    }
    first
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::HoldingInput;
    use crate::Ctx;
    use crate::Locale;

    #[test]
    fn everything_goes_and_an_empty_store_takes_its_place() {
        let dir = tempfile::tempdir().expect("temp dir");
        let today = crate::date::parse_date("2026-11-22").expect("date");
        let now = crate::date::start_of_day_utc(today);
        let r = Recert::open(dir.path()).expect("open");
        let input = HoldingInput {
            certification: Some("certification.azure-administrator".into()),
            earned_on: "2026-03-14".into(),
            ..HoldingInput::default()
        };
        r.add_holding(&input, &Ctx::new(today, now, Locale::En)).expect("add");
        r.daily_backup(&Ctx::new(today, now, Locale::En)).expect("backup");
        std::fs::create_dir_all(dir.path().join("damaged-20261101T000000Z")).expect("set aside");
        std::fs::write(dir.path().join("notes.txt"), "the user's").expect("write");
        let preview = r.forget_preview().expect("preview");
        assert_eq!(
            (preview.holdings, preview.plans, preview.profiles, preview.backups, preview.set_aside),
            (1, 0, false, 1, 1)
        );

        let mut slot = Some(r);
        let e = forget(&mut slot, false, true).expect_err("not confirmed");
        assert_eq!(e.problem, Problem::ConfirmIrreversible);
        assert_eq!(
            slot.as_ref().expect("kept").store().holdings().expect("holdings").len(),
            1,
            "nothing removed without confirmation"
        );

        forget(&mut slot, true, true).expect("forgotten");
        let fresh = slot.expect("an empty store");
        assert!(fresh.store().holdings().expect("holdings").is_empty());
        let left: Vec<String> = std::fs::read_dir(dir.path())
            .expect("list")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        assert!(!left.iter().any(|n| n.starts_with("damaged-") || n == "backups"), "{left:?}");
        assert!(left.contains(&"notes.txt".to_owned()), "only Recert's own files go: {left:?}");
        assert_eq!(fresh.forget_preview().expect("preview").backups, 0);
    }

    #[test]
    fn a_process_waiting_to_open_finds_no_data_never_half_of_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        let today = crate::date::parse_date("2026-11-22").expect("date");
        let now = crate::date::start_of_day_utc(today);
        let r = Recert::open(dir.path()).expect("open");
        for earned in ["2026-03-14", "2026-04-14", "2026-05-14"] {
            let input = HoldingInput {
                certification: Some("certification.azure-administrator".into()),
                earned_on: earned.into(),
                ..HoldingInput::default()
            };
            r.add_holding(&input, &Ctx::new(today, now, Locale::En)).expect("add");
        }
        r.daily_backup(&Ctx::new(today, now, Locale::En)).expect("backup");
        // Another process (here a thread: the folder lock is per open file) asks for the store
        // while it is held, and gets it only once "Delete all my data" is done.
        let path = dir.path().to_path_buf();
        let waiter = std::thread::spawn(move || {
            Recert::open(&path).map(|w| w.store().holdings().map(|h| h.len()))
        });
        std::thread::sleep(std::time::Duration::from_millis(100));
        let mut slot = Some(r);
        forget(&mut slot, true, false).expect("forgotten");
        let seen = waiter.join().expect("joined").expect("opened").expect("read");
        assert_eq!(seen, 0, "an empty store, not a damaged or a half-deleted one");
        assert!(!backups_dir(dir.path()).exists(), "no backup of the deleted data");
    }

    #[test]
    fn a_damaged_store_can_still_be_deleted() {
        let dir = tempfile::tempdir().expect("temp dir");
        drop(Recert::open(dir.path()).expect("open"));
        std::fs::write(dir.path().join(GENERATION_FILE), "999").expect("claims lost writes");
        assert!(Recert::open(dir.path()).is_err(), "refuses to open");
        assert_eq!(
            forget_unopened(dir.path(), false).expect_err("unconfirmed").problem,
            Problem::ConfirmIrreversible
        );
        forget_unopened(dir.path(), true).expect("deleted");
        assert!(!dir.path().exists(), "nothing left");
    }
}
