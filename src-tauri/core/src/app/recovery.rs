//! Never lose data: daily rolling backups in the export format, and what to do when the database
//! cannot be opened (damaged, written by a newer Recert, held by another process): keep the
//! damaged files aside, then restore the newest good backup or start fresh.

use crate::backup;
use crate::ctx::Ctx;
use crate::error::{ErrorKind, Failure, Outcome};
use crate::message::Problem;
use crate::service::Recert;
use crate::store::{Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// Daily backups kept.
pub const KEEP: usize = 7;
const PREFIX: &str = "recert-";
const SUFFIX: &str = ".json";

pub fn backups_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("backups")
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct BackupInfo {
    /// File name inside the backups directory.
    pub file: String,
    pub day: NaiveDate,
    pub holdings: u32,
}

/// Why the database did not open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum Damage {
    /// Truncated, garbage, or values that do not parse.
    Damaged,
    /// Written by a newer Recert.
    Newer,
    /// Another process holds it.
    Locked,
}

#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct RecoveryView {
    pub damage: Damage,
    /// The error as the database reported it (for support).
    pub detail: String,
    pub data_dir: String,
    /// Good backups, newest first.
    pub backups: Vec<BackupInfo>,
}

pub fn classify(e: &StoreError) -> Damage {
    match e {
        StoreError::NewerSchema { .. } => Damage::Newer,
        StoreError::Locked => Damage::Locked,
        StoreError::Io(_) | StoreError::Damaged { .. } => Damage::Damaged,
    }
}

/// Opens the store and reads every value once, so damage shows now, not in the middle of a
/// command. sled may panic on some corrupt files: that too is damage, not a crash.
pub fn open_checked(data_dir: &Path) -> Result<Recert, StoreError> {
    let dir = data_dir.to_path_buf();
    let opened = std::panic::catch_unwind(move || -> Result<Recert, StoreError> {
        let store = Store::open(&dir)?;
        store.holdings()?;
        store.profiles()?;
        store.settings()?;
        // Reads (and so checks) the catalog: reading it here too decoded it twice at every open.
        Recert::from_store(store)
    });
    match opened {
        Ok(result) => result,
        Err(panic) => {
            let detail = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                .unwrap_or_else(|| "the database engine stopped on this file".into());
            Err(StoreError::Damaged { key: "db".into(), detail })
        }
    }
}

pub fn recovery_view(data_dir: &Path, e: &StoreError, today: NaiveDate) -> RecoveryView {
    RecoveryView {
        damage: classify(e),
        detail: e.to_string(),
        data_dir: data_dir.display().to_string(),
        // The database (and a catalog imported into it) is what failed: the bundled catalog judges.
        backups: list(data_dir, today, &crate::Catalog::bundled()),
    }
}

/// Good backups, newest first: files that parse as Recert data files against `catalog` (the one in
/// use, so a backup holding a certification of an imported catalog stays listed).
pub fn list(data_dir: &Path, today: NaiveDate, catalog: &crate::Catalog) -> Vec<BackupInfo> {
    let Ok(entries) = std::fs::read_dir(backups_dir(data_dir)) else { return Vec::new() };
    let mut out: Vec<BackupInfo> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let file = e.file_name().to_string_lossy().into_owned();
            let day = crate::date::parse_date(file.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?)?;
            let bytes = crate::files::read_bounded(&e.path(), backup::MAX_FILE_BYTES).ok()?;
            let parsed = backup::parse(&bytes, catalog, today.max(day)).ok()?;
            Some(BackupInfo { file, day, holdings: parsed.holdings.len() as u32 })
        })
        .collect();
    out.sort_by_key(|b| std::cmp::Reverse(b.day));
    out
}

impl Recert {
    /// Today's backup, once a day; keeps the newest seven. Nothing is written while there is no
    /// data, so a wiped store never pushes the good backups out; while it stays empty, backups
    /// older than `KEEP` days rotate out by age.
    pub fn daily_backup(&self, ctx: &Ctx) -> Outcome<Option<PathBuf>> {
        let Ctx { today, now, .. } = *ctx;
        let dir = backups_dir(self.store().dir());
        let path = dir.join(format!("{PREFIX}{today}{SUFFIX}"));
        if path.exists() {
            return Ok(None);
        }
        let store = self.store();
        // A team lead who follows others but holds nothing still has data to keep.
        if store.holdings()?.is_empty()
            && store.plans()?.is_empty()
            && store.people()?.is_empty()
            && store.profiles()? == crate::model::Profiles::default()
        {
            // Nothing to back up, and nothing written that would push the old backups out: they
            // rotate out by age instead, so what the user cleared does not stay in them for ever.
            self.prune_backups_older_than(today - chrono::Days::new(KEEP as u64));
            return Ok(None);
        }
        let io = |e: std::io::Error| {
            Failure::new(
                ErrorKind::Io,
                Problem::CannotWrite { file: path.display().to_string(), detail: e.to_string() },
            )
        };
        crate::files::private_dir(&dir).map_err(io)?;
        crate::files::write_private(&path, self.export(now)?.as_bytes()).map_err(io)?;
        let mut all: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map_err(io)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(PREFIX) && n.ends_with(SUFFIX))
            })
            .collect();
        // Oldest first, by the day in the name; a backup dated after today (written while the
        // clock was wrong) counts as the oldest, or it would push every new one out.
        let day_of = |p: &PathBuf| {
            p.file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_prefix(PREFIX)?.strip_suffix(SUFFIX))
                .and_then(crate::date::parse_date)
        };
        all.sort_by_key(|p| {
            let day = day_of(p);
            (day.is_none_or(|d| d <= today), day)
        });
        let excess = all.len().saturating_sub(KEEP);
        for old in &all[..excess] {
            // A backup that cannot be removed only costs disk space.
            let _ = std::fs::remove_file(old);
        }
        Ok(Some(path))
    }

    /// Removes the backups dated before `day`.
    fn prune_backups_older_than(&self, day: NaiveDate) {
        let Ok(entries) = std::fs::read_dir(backups_dir(self.store().dir())) else { return };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let dated = name
                .strip_prefix(PREFIX)
                .and_then(|n| n.strip_suffix(SUFFIX))
                .and_then(crate::date::parse_date);
            if dated.is_some_and(|d| d < day) {
                // A backup that cannot be removed only costs disk space.
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }

    pub fn backups(&self, today: NaiveDate) -> Vec<BackupInfo> {
        list(self.store().dir(), today, self.catalog())
    }

    /// The bytes of one listed backup (for the import preview and restore).
    pub fn backup_bytes(&self, file: &str) -> Outcome<Vec<u8>> {
        read_backup(self.store().dir(), file)
    }
}

pub fn read_backup(data_dir: &Path, file: &str) -> Outcome<Vec<u8>> {
    // Only plain names from the listing: no paths.
    if file.contains(['/', '\\']) || file.starts_with('.') || !file.starts_with(PREFIX) {
        return Err(Failure::invalid("(backup)", Problem::NotRecertExport));
    }
    crate::files::read_bounded(&backups_dir(data_dir).join(file), backup::MAX_FILE_BYTES)
}

/// Moves the damaged database aside (never deletes it) and returns where it went.
pub fn set_aside(data_dir: &Path, now: DateTime<Utc>) -> Outcome<PathBuf> {
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    // A second recovery within the same second gets its own folder too.
    let to = (0..)
        .map(|n: u32| {
            data_dir.join(if n == 0 {
                format!("damaged-{stamp}")
            } else {
                format!("damaged-{stamp}-{n}")
            })
        })
        .find(|p| !p.exists())
        .unwrap_or_else(|| data_dir.join(format!("damaged-{stamp}-x")));
    let io = |e: std::io::Error| {
        Failure::new(
            ErrorKind::Io,
            Problem::CannotWrite { file: to.display().to_string(), detail: e.to_string() },
        )
    };
    crate::files::private_dir(&to).map_err(io)?;
    for name in ["db", crate::store::GENERATION_FILE] {
        let from = data_dir.join(name);
        if from.exists() {
            std::fs::rename(&from, to.join(name)).map_err(io)?;
        }
    }
    Ok(to)
}

/// Sets the damaged database aside and opens a new, empty one.
pub fn start_fresh(data_dir: &Path, now: DateTime<Utc>) -> Outcome<Recert> {
    set_aside(data_dir, now)?;
    Recert::open(data_dir)
}

/// Sets the damaged database aside, opens a new one and imports the backup into it. The backup
/// is read and validated first: if it is bad, nothing is moved.
pub fn restore(data_dir: &Path, file: &str, ctx: &Ctx) -> Outcome<Recert> {
    let Ctx { today, now, .. } = *ctx;
    let bytes = read_backup(data_dir, file)?;
    backup::parse(&bytes, &crate::Catalog::bundled(), today)?;
    let recert = start_fresh(data_dir, now)?;
    recert.import_apply(&bytes, today)?;
    Ok(recert)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::HoldingInput;
    use crate::Locale;

    fn day(s: &str) -> NaiveDate {
        crate::date::parse_date(s).expect("date")
    }

    fn now() -> DateTime<Utc> {
        crate::date::start_of_day_utc(day("2026-11-22")) + chrono::Duration::hours(9)
    }

    /// A data directory with one certification and two days of backups.
    fn populated() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("dir");
        let app = Recert::open(dir.path()).expect("open");
        let input = HoldingInput {
            certification: Some("certification.azure-administrator".into()),
            earned_on: "2026-03-14".into(),
            ..HoldingInput::default()
        };
        app.add_holding(&input, &Ctx::new(day("2026-11-20"), now(), Locale::En)).expect("add");
        app.daily_backup(&Ctx::new(day("2026-11-20"), now(), Locale::En))
            .expect("backup")
            .expect("written");
        assert!(
            app.daily_backup(&Ctx::new(day("2026-11-20"), now(), Locale::En))
                .expect("backup")
                .is_none(),
            "once a day"
        );
        app.daily_backup(&Ctx::new(day("2026-11-21"), now(), Locale::En))
            .expect("backup")
            .expect("written");
        dir
    }

    fn db_file(dir: &Path) -> PathBuf {
        dir.join("db").join("db")
    }

    #[test]
    fn backups_are_judged_by_the_catalog_in_use() {
        let dir = tempfile::tempdir().expect("dir");
        let mut app = Recert::open(dir.path()).expect("open");
        let catalog = r#"{"certifications":[{"uid":"certification.contoso-widgets","title":"Contoso Widgets Associate","certification_type":"role-based","exams":[],"renewal_frequency_in_days":365}],"exams":[]}"#;
        app.import_catalog(catalog.as_bytes()).expect("imported");
        let input = HoldingInput {
            certification: Some("certification.contoso-widgets".into()),
            earned_on: "2026-03-14".into(),
            ..HoldingInput::default()
        };
        app.add_holding(&input, &Ctx::new(day("2026-11-20"), now(), Locale::En)).expect("add");
        app.daily_backup(&Ctx::new(day("2026-11-20"), now(), Locale::En))
            .expect("backup")
            .expect("written");
        let listed = app.backups(day("2026-11-20"));
        assert_eq!(
            (listed.len(), listed[0].holdings),
            (1, 1),
            "listed though the bundled catalog does not know it"
        );
        app.backup_bytes(&listed[0].file)
            .and_then(|b| app.import_preview(&b, day("2026-11-20")))
            .expect("and it can be restored");
    }

    #[test]
    fn backups_roll_keeping_seven() {
        let dir = populated();
        let app = Recert::open(dir.path()).expect("open");
        for d in 1..=10 {
            app.daily_backup(&Ctx::new(day(&format!("2026-12-{d:02}")), now(), Locale::En))
                .expect("backup");
        }
        let list = app.backups(day("2026-12-10"));
        assert_eq!(list.len(), KEEP);
        assert_eq!(list[0].day, day("2026-12-10"));
        assert_eq!(list[KEEP - 1].day, day("2026-12-04"));
        assert!(list.iter().all(|b| b.holdings == 1));
    }

    #[test]
    fn backups_dated_in_the_future_rotate_out_first() {
        let dir = populated();
        let app = Recert::open(dir.path()).expect("open");
        // A clock set years ahead wrote seven backups; back on the right day, new ones are kept.
        for d in 1..=7 {
            app.daily_backup(&Ctx::new(day(&format!("2031-01-{d:02}")), now(), Locale::En))
                .expect("backup");
        }
        app.daily_backup(&Ctx::new(day("2026-12-10"), now(), Locale::En))
            .expect("backup")
            .expect("written");
        app.daily_backup(&Ctx::new(day("2026-12-11"), now(), Locale::En))
            .expect("backup")
            .expect("written");
        let days: Vec<NaiveDate> = app.backups(day("2026-12-11")).iter().map(|b| b.day).collect();
        assert!(days.contains(&day("2026-12-10")) && days.contains(&day("2026-12-11")), "{days:?}");
        assert_eq!(days.len(), KEEP);
    }

    #[test]
    fn a_team_lead_who_holds_nothing_still_gets_a_backup() {
        let dir = tempfile::tempdir().expect("dir");
        let app = Recert::open(dir.path()).expect("open");
        app.add_person("Ana").expect("person");
        let written = app
            .daily_backup(&Ctx::new(day("2026-11-22"), now(), Locale::En))
            .expect("ok")
            .expect("a backup of the people followed");
        let bytes = std::fs::read(written).expect("read");
        assert_eq!(
            app.import_preview(&bytes, day("2026-11-22")).expect("restorable").changes,
            0,
            "it holds exactly the store"
        );
    }

    #[test]
    fn no_backup_of_an_empty_store_and_what_was_cleared_rotates_out_by_age() {
        let dir = tempfile::tempdir().expect("dir");
        let app = Recert::open(dir.path()).expect("open");
        assert!(app
            .daily_backup(&Ctx::new(day("2026-11-22"), now(), Locale::En))
            .expect("ok")
            .is_none());

        let dir = populated();
        let app = Recert::open(dir.path()).expect("open");
        for d in 1..=3 {
            app.daily_backup(&Ctx::new(day(&format!("2026-12-{d:02}")), now(), Locale::En))
                .expect("backup");
        }
        for h in app.store().holdings().expect("holdings") {
            app.store().remove_holding(&h.id).expect("removed");
        }
        // Cleared on the 3rd: the backups stay a week (a mistake can still be undone), then go.
        app.daily_backup(&Ctx::new(day("2026-12-09"), now(), Locale::En)).expect("ok");
        assert_eq!(app.backups(day("2026-12-09")).len(), 2, "the 1st is over seven days old");
        app.daily_backup(&Ctx::new(day("2026-12-11"), now(), Locale::En)).expect("ok");
        assert!(app.backups(day("2026-12-11")).is_empty());
    }

    #[test]
    fn garbage_is_damage_and_restore_brings_the_data_back() {
        let dir = populated();
        std::fs::write(db_file(dir.path()), b"\x00garbage garbage garbage \xff\xfe")
            .expect("write");
        let e = open_checked(dir.path()).err().expect("damaged");
        let view = recovery_view(dir.path(), &e, day("2026-11-22"));
        assert_eq!(view.damage, Damage::Damaged, "{}", view.detail);
        assert_eq!(view.backups.len(), 2);
        let restored = restore(
            dir.path(),
            &view.backups[0].file,
            &Ctx::new(day("2026-11-22"), now(), Locale::En),
        )
        .expect("restore");
        assert_eq!(
            restored
                .dashboard(&Ctx::new(day("2026-11-22"), now(), Locale::En))
                .expect("d")
                .holdings
                .len(),
            1
        );
        let aside: Vec<_> = std::fs::read_dir(dir.path())
            .expect("ls")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("damaged-"))
            .collect();
        assert_eq!(aside.len(), 1, "the damaged files are kept aside");
    }

    #[test]
    fn a_truncated_file_is_damage_and_a_fresh_start_is_empty() {
        let dir = populated();
        let f = db_file(dir.path());
        let len = std::fs::metadata(&f).expect("meta").len();
        std::fs::OpenOptions::new()
            .write(true)
            .open(&f)
            .expect("open")
            .set_len(len / 3)
            .expect("truncate");
        let opened = open_checked(dir.path());
        // Truncation may cost sled its newest segment but must never serve wrong values: either
        // it is refused as damage, or it opens with every value readable.
        match opened {
            Err(e) => {
                assert_eq!(classify(&e), Damage::Damaged);
                let fresh = start_fresh(dir.path(), now()).expect("fresh");
                assert!(fresh
                    .dashboard(&Ctx::new(day("2026-11-22"), now(), Locale::En))
                    .expect("d")
                    .holdings
                    .is_empty());
            }
            Ok(app) => {
                app.dashboard(&Ctx::new(day("2026-11-22"), now(), Locale::En)).expect("readable");
            }
        }
    }

    #[test]
    fn a_newer_schema_is_recognised() {
        let dir = populated();
        {
            let db = sled::open(dir.path().join("db")).expect("sled");
            db.insert(b"meta/schema", b"7").expect("insert");
            db.flush().expect("flush");
        }
        let e = open_checked(dir.path()).err().expect("newer");
        assert_eq!(classify(&e), Damage::Newer);
    }

    #[test]
    fn a_held_database_is_recognised() {
        let dir = populated();
        let _holder = Store::open(dir.path()).expect("first");
        let e = open_checked(dir.path()).err().expect("locked");
        assert_eq!(classify(&e), Damage::Locked, "{e}");
    }

    #[test]
    fn a_bad_value_is_damage() {
        let dir = populated();
        {
            let db = sled::open(dir.path().join("db")).expect("sled");
            db.insert(b"settings", b"{not json").expect("insert");
            db.flush().expect("flush");
        }
        assert_eq!(classify(&open_checked(dir.path()).err().expect("bad value")), Damage::Damaged);
    }

    #[test]
    fn two_recoveries_in_one_second_keep_both() {
        let dir = populated();
        std::fs::write(db_file(dir.path()), b"garbage").expect("write");
        drop(start_fresh(dir.path(), now()).expect("first"));
        std::fs::write(db_file(dir.path()), b"garbage").expect("write");
        drop(start_fresh(dir.path(), now()).expect("second, same second"));
        let aside = std::fs::read_dir(dir.path())
            .expect("ls")
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().starts_with("damaged-"))
            .count();
        assert_eq!(aside, 2);
    }

    #[test]
    fn backup_names_cannot_escape_the_directory() {
        let dir = populated();
        for bad in ["../db/db", "/etc/passwd", ".hidden", "x.json"] {
            assert!(read_backup(dir.path(), bad).is_err(), "{bad}");
        }
    }
}
