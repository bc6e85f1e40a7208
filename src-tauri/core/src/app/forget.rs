//! "Delete all my data": the database, its daily backups and the damaged databases recovery set
//! aside, all at once, after a confirmation that names what goes. Only what Recert itself writes
//! in the data folder is removed (by name), never anything else a user keeps there.

use crate::error::{ErrorKind, Failure, Outcome};
use crate::message::Problem;
use crate::recovery::backups_dir;
use crate::service::Recert;
use crate::store::GENERATION_FILE;
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
    entries.flatten().filter(|e| e.file_type().is_ok_and(|t| t.is_dir()) && e.file_name().to_string_lossy().starts_with("damaged-")).map(|e| e.path()).collect()
}

fn backup_files(data_dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(backups_dir(data_dir)) else { return Vec::new() };
    entries.flatten().filter(|e| e.file_type().is_ok_and(|t| t.is_file())).map(|e| e.path()).collect()
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

/// Deletes everything of the Recert in `slot` (its database closed first). With `reopen` (the app,
/// which carries on) an empty store takes its place; without (`recert forget`) nothing is left and
/// an emptied data folder goes too. `confirmed` must be the user's answer to the preview; without
/// it nothing happens.
pub fn forget(slot: &mut Option<Recert>, confirmed: bool, reopen: bool) -> Outcome<()> {
    if !confirmed {
        return Err(Failure::new(ErrorKind::Invalid, Problem::ConfirmIrreversible));
    }
    let Some(recert) = slot.take() else { return Err(Failure::new(ErrorKind::Conflict, Problem::RecoveryNeeded)) };
    let dir = recert.store().dir().to_path_buf();
    // The database is closed (and its lock released) before its files go.
    drop(recert);
    let removed = remove_all(&dir);
    if reopen {
        // Whatever happened, the app goes on with what opens now: an empty store, or what is left.
        *slot = Some(Recert::open(&dir)?);
    } else if removed.is_ok() {
        // Only when empty (the web view may keep its cache in the same folder).
        let _ = std::fs::remove_dir(&dir);
    }
    removed
}

fn remove_all(dir: &Path) -> Outcome<()> {
    let io = |path: &Path, e: std::io::Error| Failure::new(ErrorKind::Io, Problem::CannotWrite { file: path.display().to_string(), detail: e.to_string() });
    let gone = |path: &Path, result: std::io::Result<()>| match result {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(io(path, e)),
        _ => Ok(()),
    };
    // The database first: once it is gone nothing is left that opens as the user's data.
    let db = dir.join("db");
    gone(&db, std::fs::remove_dir_all(&db))?;
    for file in [dir.join(GENERATION_FILE), dir.join(format!("{GENERATION_FILE}.tmp"))] {
        gone(&file, std::fs::remove_file(&file))?;
    }
    let backups = backups_dir(dir);
    gone(&backups, std::fs::remove_dir_all(&backups))?;
    for folder in set_aside_folders(dir) {
        gone(&folder, std::fs::remove_dir_all(&folder))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::HoldingInput;
    use crate::Locale;

    #[test]
    fn everything_goes_and_an_empty_store_takes_its_place() {
        let dir = tempfile::tempdir().expect("temp dir");
        let today = crate::date::parse_date("2026-11-22").expect("date");
        let now = crate::date::start_of_day_utc(today);
        let r = Recert::open(dir.path()).expect("open");
        let input = HoldingInput { certification: Some("certification.azure-administrator".into()), earned_on: "2026-03-14".into(), ..HoldingInput::default() };
        r.add_holding(&input, today, now, Locale::En).expect("add");
        r.daily_backup(today, now).expect("backup");
        std::fs::create_dir_all(dir.path().join("damaged-20261101T000000Z")).expect("set aside");
        std::fs::write(dir.path().join("notes.txt"), "the user's").expect("write");
        let preview = r.forget_preview().expect("preview");
        assert_eq!((preview.holdings, preview.plans, preview.profiles, preview.backups, preview.set_aside), (1, 0, false, 1, 1));

        let mut slot = Some(r);
        let e = forget(&mut slot, false, true).expect_err("not confirmed");
        assert_eq!(e.problem, Problem::ConfirmIrreversible);
        assert_eq!(slot.as_ref().expect("kept").store().holdings().expect("holdings").len(), 1, "nothing removed without confirmation");

        forget(&mut slot, true, true).expect("forgotten");
        let fresh = slot.expect("an empty store");
        assert!(fresh.store().holdings().expect("holdings").is_empty());
        let left: Vec<String> = std::fs::read_dir(dir.path()).expect("list").flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
        assert!(!left.iter().any(|n| n.starts_with("damaged-") || n == "backups"), "{left:?}");
        assert!(left.contains(&"notes.txt".to_owned()), "only Recert's own files go: {left:?}");
        assert_eq!(fresh.forget_preview().expect("preview").backups, 0);
    }
}
