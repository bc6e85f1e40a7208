//! The sled database: one `Store` handle, a versioned schema, every write flushed to disk before
//! the call that made it returns, and multi-key changes applied as one atomic batch.
//!
//! Layout (one tree, so a batch covers everything):
//! - `meta/schema` — the schema version, a decimal string
//! - `holding/<id>` — a `HoldingRecord` as JSON
//! - `profiles`, `settings` — JSON
//! - `catalog` — the catalog in use (`StoredCatalog`) as JSON
//! - `person/<id>` — a `PersonRecord` (someone else, with all their certifications) as JSON
//! - `sync/<who>` — a `LinkSync`: when a transcript link (`me`, a person's id) was last read
//! - `meta/last_id` — the number of the last id handed out (`new_id`), a decimal string

use crate::catalog::Catalog;
use crate::dir_lock::{DirLock, LockError};
use crate::model::{HoldingRecord, LinkSync, PersonRecord, PlanRecord, Profiles, Settings};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The schema this build writes. Older stores are migrated on open; newer ones are refused.
pub const SCHEMA_VERSION: u32 = 2;

const SCHEMA_KEY: &[u8] = b"meta/schema";
const LAST_ID_KEY: &[u8] = b"meta/last_id";
const HOLDING_PREFIX: &str = "holding/";
const PROFILES_KEY: &[u8] = b"profiles";
const SETTINGS_KEY: &[u8] = b"settings";
const CATALOG_KEY: &[u8] = b"catalog";
const DELIVERY_PREFIX: &str = "delivery/";
const PLAN_PREFIX: &str = "plan/";
const PERSON_PREFIX: &str = "person/";
const SYNC_PREFIX: &str = "sync/";

#[derive(Debug)]
pub enum StoreError {
    /// sled could not open or write (disk full, permissions, held by another process, damage).
    Io(String),
    /// A stored value does not parse.
    Damaged { key: String, detail: String },
    /// Written by a newer Recert.
    NewerSchema { found: u32 },
    /// Another process (the app, a CLI command) held the database for longer than `LOCK_WAIT`.
    Locked,
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Io(e) => write!(f, "{e}"),
            StoreError::Damaged { key, detail } => write!(f, "{key}: {detail}"),
            StoreError::NewerSchema { found } => {
                write!(f, "schema version {found} is newer than {SCHEMA_VERSION}")
            }
            StoreError::Locked => write!(f, "another process holds the database"),
        }
    }
}

impl From<sled::Error> for StoreError {
    fn from(e: sled::Error) -> Self {
        StoreError::Io(e.to_string())
    }
}

pub type StoreResult<T> = Result<T, StoreError>;

/// A store failure as the user sees it: a newer database and a held one say so; anything else
/// is storage trouble with its detail.
impl From<StoreError> for crate::error::Failure {
    fn from(e: StoreError) -> crate::error::Failure {
        match e {
            StoreError::NewerSchema { found } => crate::error::Failure::new(
                crate::error::ErrorKind::Storage,
                crate::message::Problem::NewerDatabase { found: i64::from(found) },
            ),
            StoreError::Locked => crate::error::Failure::new(
                crate::error::ErrorKind::Conflict,
                crate::message::Problem::DatabaseBusy,
            ),
            other => crate::error::Failure::new(
                crate::error::ErrorKind::Storage,
                crate::message::Problem::Storage { detail: other.to_string() },
            ),
        }
    }
}

/// Where the catalog in use came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum CatalogSource {
    Bundled,
    Imported,
    /// Microsoft's catalog answer merged into Recert's ("Check Microsoft Learn for catalog changes").
    Learn,
}

#[derive(Serialize, Deserialize)]
struct StoredCatalog {
    source: CatalogSource,
    catalog: Catalog,
}

pub struct Store {
    db: sled::Db,
    dir: PathBuf,
    /// Bumped by every write, stored both in sled and in the `db.generation` file beside it.
    generation: std::sync::atomic::AtomicU64,
    /// The holdings as last read. Reading and decoding every record is most of what opening the
    /// store and a dashboard cost with many (16 ms of the first page's 22 with 10,000), and a
    /// start-up read them twice, a reminder pass up to four times; copying the decoded records is
    /// a fraction of that. Emptied by every write, under this lock (`apply`), so no read can keep
    /// what a write replaced. Lives as long as the handle: the app closes it two seconds after
    /// the last command, the tray process after each pass.
    holdings_read: std::sync::Mutex<Option<Vec<HoldingRecord>>>,
    /// The data folder's lock (`dir_lock`), taken before sled's and released after it.
    folder: DirLock,
}

const GENERATION_KEY: &[u8] = b"meta/generation";
/// The generation file sits beside the database, outside sled: if sled ever comes back with
/// fewer writes than it acknowledged (a damaged file it "recovers" as empty or older), the file
/// says so, and Recert stops instead of carrying on with silently lost data.
pub const GENERATION_FILE: &str = "db.generation";
/// Where "Delete all my data" moves the database in the one step that deletes it (`forget`); what
/// is left there after a crash goes at the next open.
pub const FORGOTTEN_DB: &str = "forgotten-db";

fn read_generation_file(dir: &Path) -> Option<u64> {
    std::fs::read_to_string(dir.join(GENERATION_FILE)).ok()?.trim().parse().ok()
}

fn write_generation_file(dir: &Path, generation: u64) -> std::io::Result<()> {
    use std::io::Write;
    let tmp = dir.join(format!("{GENERATION_FILE}.tmp"));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    // Private like the rest of the folder (crate::files); no fsync of its own: the database write
    // it counts was flushed first, and a lost count only understates what was acknowledged.
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(&tmp)?.write_all(generation.to_string().as_bytes())?;
    std::fs::rename(tmp, dir.join(GENERATION_FILE))
}

/// How long `open` waits for another process (a Recert that is just quitting, a CLI import) to
/// release the database before giving up.
#[cfg(not(test))]
pub const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(10);
#[cfg(test)]
pub const LOCK_WAIT: std::time::Duration = std::time::Duration::from_millis(500);

/// sled reports a held lock as an `Other` I/O error whose text says so (vendor/sled config.rs).
fn is_held(e: &sled::Error) -> bool {
    matches!(e, sled::Error::Io(io) if io.kind() == std::io::ErrorKind::WouldBlock || io.to_string().contains("could not acquire lock"))
}

fn open_waiting_for_lock(path: &Path) -> StoreResult<sled::Db> {
    let step = std::time::Duration::from_millis(100);
    let mut waited = std::time::Duration::ZERO;
    loop {
        // No background flusher: every write is flushed before it is acknowledged, and an idle
        // app should not wake twice a second to flush nothing.
        match sled::Config::new().path(path).flush_every_ms(None).open() {
            Err(e) if is_held(&e) && waited < LOCK_WAIT => {
                std::thread::sleep(step);
                waited += step;
            }
            Err(e) if is_held(&e) => return Err(StoreError::Locked),
            other => return Ok(other?),
        }
    }
}

fn decode<T: DeserializeOwned>(key: &[u8], bytes: &[u8]) -> StoreResult<T> {
    serde_json::from_slice(bytes).map_err(|e| StoreError::Damaged {
        key: String::from_utf8_lossy(key).into_owned(),
        detail: e.to_string(),
    })
}

fn encode<T: Serialize>(value: &T) -> StoreResult<Vec<u8>> {
    serde_json::to_vec(value).map_err(|e| StoreError::Io(e.to_string()))
}

impl Store {
    /// Opens (creating if needed) the store in directory `dir`, migrating an older schema.
    pub fn open(dir: &Path) -> StoreResult<Store> {
        // The folder is made (private) by the lock, which is taken first.
        let folder = DirLock::acquire(dir, LOCK_WAIT).map_err(|e| match e {
            LockError::Held => StoreError::Locked,
            LockError::Io(e) => StoreError::Io(format!("{}: {e}", dir.display())),
        })?;
        // A database "Delete all my data" was removing when it stopped (crash, power cut).
        let _ = std::fs::remove_dir_all(dir.join(FORGOTTEN_DB));
        let db = open_waiting_for_lock(&dir.join("db"))?;
        // sled creates its files with the process's umask; the data (MCID, legal name, e-mails)
        // is the user's alone, and so is anything an older version left readable.
        crate::files::tighten(dir);
        let stored: u64 = db
            .get(GENERATION_KEY)?
            .and_then(|v| std::str::from_utf8(&v).ok()?.parse().ok())
            .unwrap_or(0);
        if let Some(acknowledged) = read_generation_file(dir) {
            if stored < acknowledged {
                return Err(StoreError::Damaged {
                    key: "db".into(),
                    detail: format!(
                        "the database holds {stored} of {acknowledged} acknowledged writes"
                    ),
                });
            }
        }
        let store = Store {
            db,
            dir: dir.to_path_buf(),
            generation: std::sync::atomic::AtomicU64::new(stored),
            holdings_read: std::sync::Mutex::new(None),
            folder,
        };
        store.migrate()?;
        Ok(store)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn migrate(&self) -> StoreResult<()> {
        let found = match self.db.get(SCHEMA_KEY)? {
            None => 0,
            Some(v) => std::str::from_utf8(&v)
                .ok()
                .and_then(|s| s.parse::<u32>().ok())
                .ok_or_else(|| StoreError::Damaged {
                    key: "meta/schema".into(),
                    detail: "not a version number".into(),
                })?,
        };
        if found > SCHEMA_VERSION {
            return Err(StoreError::NewerSchema { found });
        }
        // Version 0 is a new, empty store; later versions add their steps here, each one batch.
        if found < 1 {
            let mut batch = sled::Batch::default();
            batch.insert(SCHEMA_KEY, SCHEMA_VERSION.to_string().as_bytes());
            if self.db.get(CATALOG_KEY)?.is_none() {
                batch.insert(
                    CATALOG_KEY,
                    encode(&StoredCatalog {
                        source: CatalogSource::Bundled,
                        catalog: Catalog::bundled(),
                    })?,
                );
            }
            self.apply(batch)?;
        }
        // 2: ids are numbered by a counter of Recert's own, past every id stored. sled's generator
        // starts again in every new database, so after a restore it handed out the ids of records
        // the restore had just written.
        if found < 2 {
            let mut batch = sled::Batch::default();
            batch.insert(SCHEMA_KEY, SCHEMA_VERSION.to_string().as_bytes());
            let last = self.highest_stored_id()?.max(self.db.generate_id()?);
            batch.insert(LAST_ID_KEY, last.to_string().as_bytes());
            self.apply(batch)?;
        }
        Ok(())
    }

    /// The highest number among the ids stored anywhere (records, plans, people and theirs).
    fn highest_stored_id(&self) -> StoreResult<u64> {
        let people = self.people()?;
        let mut ids: Vec<&str> = Vec::new();
        let holdings = self.scan::<HoldingRecord>(HOLDING_PREFIX)?;
        let plans = self.plans()?;
        ids.extend(holdings.iter().map(|h| h.id.as_str()));
        ids.extend(plans.iter().map(|p| p.id.as_str()));
        for person in &people {
            ids.push(&person.id);
            ids.extend(person.holdings.iter().map(|h| h.id.as_str()));
            ids.extend(person.plans.iter().map(|p| p.id.as_str()));
        }
        Ok(highest_id(ids))
    }

    /// This handle's write generation: it changes with every write made through it (and no other
    /// process writes while this one holds the database).
    pub fn generation(&self) -> u64 {
        self.generation.load(std::sync::atomic::Ordering::SeqCst)
    }

    pub fn schema_version(&self) -> StoreResult<u32> {
        Ok(self
            .db
            .get(SCHEMA_KEY)?
            .and_then(|v| std::str::from_utf8(&v).ok()?.parse().ok())
            .unwrap_or(0))
    }

    /// Applies a batch atomically and waits until it is on disk.
    fn apply(&self, mut batch: sled::Batch) -> StoreResult<()> {
        // Held until the write is done: a read waits for it rather than copying what it replaces.
        let mut read = self.holdings_read();
        *read = None;
        let next = self.generation.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
        batch.insert(GENERATION_KEY, next.to_string().as_bytes());
        self.db.apply_batch(batch)?;
        self.db.flush()?;
        // After the flush: the file may lag sled (a crash in between), never lead it.
        write_generation_file(&self.dir, next).map_err(|e| StoreError::Io(e.to_string()))?;
        Ok(())
    }

    fn put<T: Serialize>(&self, key: &[u8], value: &T) -> StoreResult<()> {
        let mut batch = sled::Batch::default();
        batch.insert(key, encode(value)?);
        self.apply(batch)
    }

    fn get<T: DeserializeOwned>(&self, key: &[u8]) -> StoreResult<Option<T>> {
        self.db.get(key)?.map(|v| decode(key, &v)).transpose()
    }

    /// A new id (`h` and a hexadecimal number), never one stored before in this store, whatever
    /// was imported into it: the counter is past every stored id (`migrate`, `replace_all`) and
    /// only grows. The counter need not be flushed here: an id only matters once a record
    /// carrying it is written, and that write's flush carries the counter with it.
    pub fn new_id(&self) -> StoreResult<String> {
        let next = self.db.update_and_fetch(LAST_ID_KEY, |old| {
            let last =
                old.and_then(|v| std::str::from_utf8(v).ok()?.parse::<u64>().ok()).unwrap_or(0);
            Some(last.saturating_add(1).to_string().into_bytes())
        })?;
        let n = next
            .and_then(|v| std::str::from_utf8(&v).ok()?.parse::<u64>().ok())
            .unwrap_or(u64::MAX);
        Ok(format!("h{n:x}"))
    }

    pub fn holdings(&self) -> StoreResult<Vec<HoldingRecord>> {
        let mut read = self.holdings_read();
        if let Some(records) = read.as_ref() {
            return Ok(records.clone());
        }
        let records: Vec<HoldingRecord> = self.scan(HOLDING_PREFIX)?;
        *read = Some(records.clone());
        Ok(records)
    }

    fn holdings_read(&self) -> std::sync::MutexGuard<'_, Option<Vec<HoldingRecord>>> {
        // A panic while the lock was held left at worst an emptied or complete copy.
        self.holdings_read.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    pub fn holding(&self, id: &str) -> StoreResult<Option<HoldingRecord>> {
        self.get(format!("{HOLDING_PREFIX}{id}").as_bytes())
    }

    pub fn put_holding(&self, record: &HoldingRecord) -> StoreResult<()> {
        self.put(format!("{HOLDING_PREFIX}{}", record.id).as_bytes(), record)
    }

    /// Removes a holding; `false` if there was none.
    pub fn remove_holding(&self, id: &str) -> StoreResult<bool> {
        self.remove_key(&format!("{HOLDING_PREFIX}{id}"))
    }

    /// Removes one key in a flushed batch; `false` if it was not there.
    fn remove_key(&self, key: &str) -> StoreResult<bool> {
        if !self.db.contains_key(key.as_bytes())? {
            return Ok(false);
        }
        let mut batch = sled::Batch::default();
        batch.remove(key.as_bytes());
        self.apply(batch)?;
        Ok(true)
    }

    fn scan<T: DeserializeOwned>(&self, prefix: &str) -> StoreResult<Vec<T>> {
        self.db
            .scan_prefix(prefix)
            .map(|item| {
                let (k, v) = item?;
                decode(&k, &v)
            })
            .collect()
    }

    /// The certifications the user is working on.
    pub fn plans(&self) -> StoreResult<Vec<PlanRecord>> {
        self.scan(PLAN_PREFIX)
    }

    pub fn plan(&self, id: &str) -> StoreResult<Option<PlanRecord>> {
        self.get(format!("{PLAN_PREFIX}{id}").as_bytes())
    }

    pub fn put_plan(&self, plan: &PlanRecord) -> StoreResult<()> {
        self.put(format!("{PLAN_PREFIX}{}", plan.id).as_bytes(), plan)
    }

    /// Removes a plan; `false` if there was none.
    pub fn remove_plan(&self, id: &str) -> StoreResult<bool> {
        self.remove_key(&format!("{PLAN_PREFIX}{id}"))
    }

    /// R18: the last exam is passed: the plan becomes a held certification, in one write, so the
    /// user never sees both or neither.
    pub fn complete_plan(&self, plan_id: &str, holding: &HoldingRecord) -> StoreResult<()> {
        let mut batch = sled::Batch::default();
        batch.remove(format!("{PLAN_PREFIX}{plan_id}").as_bytes());
        batch.insert(format!("{HOLDING_PREFIX}{}", holding.id).as_bytes(), encode(holding)?);
        self.apply(batch)
    }

    /// The other people the user follows (not the user: their data is the rest of the store).
    pub fn people(&self) -> StoreResult<Vec<PersonRecord>> {
        self.scan(PERSON_PREFIX)
    }

    pub fn person(&self, id: &str) -> StoreResult<Option<PersonRecord>> {
        self.get(format!("{PERSON_PREFIX}{id}").as_bytes())
    }

    pub fn put_person(&self, person: &PersonRecord) -> StoreResult<()> {
        self.put(format!("{PERSON_PREFIX}{}", person.id).as_bytes(), person)
    }

    /// Removes a person and everything of theirs; `false` if there was none.
    pub fn remove_person(&self, id: &str) -> StoreResult<bool> {
        self.remove_key(&format!("{PERSON_PREFIX}{id}"))
    }

    pub fn profiles(&self) -> StoreResult<Profiles> {
        Ok(self.get(PROFILES_KEY)?.unwrap_or_default())
    }

    pub fn put_profiles(&self, profiles: &Profiles) -> StoreResult<()> {
        self.put(PROFILES_KEY, profiles)
    }

    pub fn settings(&self) -> StoreResult<Settings> {
        Ok(self.get(SETTINGS_KEY)?.unwrap_or_default())
    }

    pub fn put_settings(&self, settings: &Settings) -> StoreResult<()> {
        self.put(SETTINGS_KEY, settings)
    }

    /// The catalog in use. While it is the bundled one, it is this build's: corrections in a
    /// newer Recert reach a store made by an older one.
    pub fn catalog(&self) -> StoreResult<(Catalog, CatalogSource)> {
        match self.get::<StoredCatalog>(CATALOG_KEY)? {
            Some(stored) if stored.source == CatalogSource::Bundled => {
                Ok((Catalog::bundled(), CatalogSource::Bundled))
            }
            // A newer Recert's bundled catalog knows later facts than an older answer from Learn.
            Some(stored)
                if stored.source == CatalogSource::Learn
                    && stored.catalog.described_on < Catalog::bundled().described_on =>
            {
                Ok((Catalog::bundled(), CatalogSource::Bundled))
            }
            Some(mut stored) => {
                stored.catalog.reindex();
                Ok((stored.catalog, stored.source))
            }
            None => Ok((Catalog::bundled(), CatalogSource::Bundled)),
        }
    }

    /// Replaces the catalog in use in one write.
    pub fn put_catalog(&self, catalog: &Catalog, source: CatalogSource) -> StoreResult<()> {
        #[derive(Serialize)]
        struct Borrowed<'a> {
            source: CatalogSource,
            catalog: &'a Catalog,
        }
        self.put(CATALOG_KEY, &Borrowed { source, catalog })
    }

    /// When each transcript link was last read (`sync.rs`), by whose it is.
    pub fn link_syncs(&self) -> StoreResult<std::collections::HashMap<String, LinkSync>> {
        self.db
            .scan_prefix(SYNC_PREFIX)
            .map(|item| {
                let (k, v) = item?;
                Ok((String::from_utf8_lossy(&k[SYNC_PREFIX.len()..]).into_owned(), decode(&k, &v)?))
            })
            .collect()
    }

    pub fn put_link_sync(&self, who: &str, state: &LinkSync) -> StoreResult<()> {
        self.put(format!("{SYNC_PREFIX}{who}").as_bytes(), state)
    }

    /// Keys of the reminders already delivered (`reminders::Reminder::key`).
    pub fn delivered(&self) -> StoreResult<std::collections::HashSet<String>> {
        self.db
            .scan_prefix(DELIVERY_PREFIX)
            .keys()
            .map(|k| {
                let k = k?;
                Ok(String::from_utf8_lossy(&k[DELIVERY_PREFIX.len()..]).into_owned())
            })
            .collect()
    }

    /// Records deliveries durably, before the notification is shown: a crash after this line
    /// loses at most that one notification, and nothing is ever shown twice.
    pub fn record_deliveries(
        &self,
        keys: &[String],
        at: chrono::DateTime<chrono::Utc>,
    ) -> StoreResult<()> {
        if keys.is_empty() {
            return Ok(());
        }
        let stamp = at.to_rfc3339();
        let mut batch = sled::Batch::default();
        for k in keys {
            batch.insert(format!("{DELIVERY_PREFIX}{k}").as_bytes(), stamp.as_bytes());
        }
        self.apply(batch)
    }

    /// Forgets deliveries (a notification withdrawn before it was seen): those reminders are due
    /// again.
    pub fn unrecord_deliveries(&self, keys: &[String]) -> StoreResult<()> {
        if keys.is_empty() {
            return Ok(());
        }
        let mut batch = sled::Batch::default();
        for k in keys {
            batch.remove(format!("{DELIVERY_PREFIX}{k}").as_bytes());
        }
        self.apply(batch)
    }

    /// Writes holdings (new or changed) and, if given, the profiles, in one batch (a transcript
    /// import): all or nothing.
    /// A transcript import in one write: holdings added or updated, plans given exam results or
    /// ended (their certification is now held), and the profiles when the user asked.
    pub fn put_transcript(
        &self,
        holdings: &[HoldingRecord],
        plans: &[PlanRecord],
        ended_plans: &[String],
        profiles: Option<&Profiles>,
    ) -> StoreResult<()> {
        let mut batch = sled::Batch::default();
        for h in holdings {
            batch.insert(format!("{HOLDING_PREFIX}{}", h.id).as_bytes(), encode(h)?);
        }
        for p in plans {
            batch.insert(format!("{PLAN_PREFIX}{}", p.id).as_bytes(), encode(p)?);
        }
        for id in ended_plans {
            batch.remove(format!("{PLAN_PREFIX}{id}").as_bytes());
        }
        if let Some(p) = profiles {
            batch.insert(PROFILES_KEY, encode(p)?);
        }
        self.apply(batch)
    }

    /// Replaces holdings, profiles and settings together (a data import): all or nothing.
    /// `people: None` keeps the people there are (a file from before version 3).
    pub fn replace_all(
        &self,
        holdings: &[HoldingRecord],
        plans: &[PlanRecord],
        people: Option<&[PersonRecord]>,
        profiles: &Profiles,
        settings: &Settings,
    ) -> StoreResult<()> {
        let mut batch = sled::Batch::default();
        let prefixes: &[&str] = if people.is_some() {
            &[HOLDING_PREFIX, PLAN_PREFIX, PERSON_PREFIX]
        } else {
            &[HOLDING_PREFIX, PLAN_PREFIX]
        };
        for prefix in prefixes {
            for item in self.db.scan_prefix(prefix).keys() {
                batch.remove(item?);
            }
        }
        for person in people.unwrap_or_default() {
            batch.insert(format!("{PERSON_PREFIX}{}", person.id).as_bytes(), encode(person)?);
        }
        for h in holdings {
            batch.insert(format!("{HOLDING_PREFIX}{}", h.id).as_bytes(), encode(h)?);
        }
        for p in plans {
            batch.insert(format!("{PLAN_PREFIX}{}", p.id).as_bytes(), encode(p)?);
        }
        batch.insert(PROFILES_KEY, encode(profiles)?);
        batch.insert(SETTINGS_KEY, encode(settings)?);
        // New ids start past every id this import wrote (and every one handed out before).
        let mut ids: Vec<&str> = holdings
            .iter()
            .map(|h| h.id.as_str())
            .chain(plans.iter().map(|p| p.id.as_str()))
            .collect();
        for person in people.unwrap_or_default() {
            ids.push(&person.id);
            ids.extend(
                person
                    .holdings
                    .iter()
                    .map(|h| h.id.as_str())
                    .chain(person.plans.iter().map(|p| p.id.as_str())),
            );
        }
        // People kept (`people: None`) were stored, so the counter is past theirs already.
        batch.insert(LAST_ID_KEY, self.last_id()?.max(highest_id(ids)).to_string().as_bytes());
        self.apply(batch)
    }

    fn last_id(&self) -> StoreResult<u64> {
        Ok(self
            .db
            .get(LAST_ID_KEY)?
            .and_then(|v| std::str::from_utf8(&v).ok()?.parse().ok())
            .unwrap_or(0))
    }

    /// Closes the database and hands back the folder's lock, still held (`forget`: the files go
    /// while no other process can open them).
    pub fn close_keeping_lock(self) -> (DirLock, PathBuf) {
        let Store { db, dir, folder, .. } = self;
        drop(db);
        (folder, dir)
    }
}

/// The highest number in ids of Recert's form (one letter, then hexadecimal: `h1f`, `p3`, `u2`);
/// 0 when there is none. Ids of other forms cannot be equal to one `new_id` makes.
fn highest_id<'a>(ids: impl IntoIterator<Item = &'a str>) -> u64 {
    ids.into_iter()
        .filter_map(|id| {
            let mut chars = id.chars();
            chars.next()?;
            let digits = chars.as_str();
            (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_hexdigit()))
                .then(|| u64::from_str_radix(digits, 16).unwrap_or(u64::MAX))
        })
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kind::CertKind;
    use chrono::NaiveDate;

    fn record(id: &str) -> HoldingRecord {
        HoldingRecord {
            id: id.into(),
            certification: Some("certification.azure-administrator".into()),
            custom_title: None,
            kind: CertKind::RoleBased,
            earned_on: NaiveDate::from_ymd_opt(2026, 3, 14),
            renewed_on: vec![],
            failed_attempts: vec![],
            muted: false,
            certification_number: None,
            microsoft_expires_on: None,
            learn_status: None,
        }
    }

    #[test]
    fn deliveries_are_durable() {
        let dir = tempfile::tempdir().expect("temp dir");
        let at = chrono::DateTime::from_timestamp(1_800_000_000, 0).expect("instant");
        {
            let store = Store::open(dir.path()).expect("open");
            store
                .record_deliveries(&["a/2027-03-14/2026-09-15".into(), "b/x/y".into()], at)
                .expect("record");
        }
        let store = Store::open(dir.path()).expect("reopen");
        let got = store.delivered().expect("delivered");
        assert!(got.contains("a/2027-03-14/2026-09-15") && got.contains("b/x/y") && got.len() == 2);
    }

    #[test]
    fn writes_survive_reopening() {
        let dir = tempfile::tempdir().expect("temp dir");
        {
            let store = Store::open(dir.path()).expect("open");
            assert_eq!(store.schema_version().expect("version"), SCHEMA_VERSION);
            store.put_holding(&record("a")).expect("put");
            store.put_holding(&record("b")).expect("put");
            assert!(store.remove_holding("b").expect("remove"));
            assert!(!store.remove_holding("zzz").expect("remove missing"));
            let s = Settings { theme: crate::model::Theme::Dark, ..Settings::default() };
            store.put_settings(&s).expect("settings");
        }
        let store = Store::open(dir.path()).expect("reopen");
        assert_eq!(store.holdings().expect("holdings"), vec![record("a")]);
        assert_eq!(store.settings().expect("settings").theme, crate::model::Theme::Dark);
        let (catalog, source) = store.catalog().expect("catalog");
        assert_eq!(source, CatalogSource::Bundled);
        assert!(catalog.certification("certification.azure-administrator").is_some());
    }

    #[test]
    fn ids_are_unique_across_reopen() {
        let dir = tempfile::tempdir().expect("temp dir");
        let first = Store::open(dir.path()).expect("open").new_id().expect("id");
        let second = Store::open(dir.path()).expect("reopen").new_id().expect("id");
        assert_ne!(first, second);
    }

    #[test]
    fn new_ids_pass_every_id_a_restore_brought() {
        // Another machine's store handed out h1..h3; this new one's counter starts at zero.
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(dir.path()).expect("open");
        let person = PersonRecord {
            id: "u7".into(),
            name: "Ana".into(),
            remind: false,
            transcript_link: None,
            holdings: vec![record("h9")],
            plans: vec![],
        };
        store
            .replace_all(
                &[record("h1"), record("h2"), record("h3")],
                &[],
                Some(&[person]),
                &Profiles::default(),
                &Settings::default(),
            )
            .expect("restored");
        let fresh: Vec<String> = (0..5).map(|_| store.new_id().expect("id")).collect();
        assert_eq!(fresh, ["ha", "hb", "hc", "hd", "he"], "past h9, the highest id the file held");
        drop(store);
        assert_eq!(
            Store::open(dir.path()).expect("reopen").new_id().expect("id"),
            "hf",
            "the counter is kept"
        );
    }

    #[test]
    fn a_store_from_before_the_counter_starts_past_its_ids() {
        let dir = tempfile::tempdir().expect("temp dir");
        {
            let store = Store::open(dir.path()).expect("open");
            store.put_holding(&record("h40")).expect("put");
            // As schema 1 left it: sled's generator, no counter of Recert's.
            store.db.remove(LAST_ID_KEY).expect("remove");
            store.db.insert(SCHEMA_KEY, b"1").expect("insert");
            store.db.flush().expect("flush");
        }
        let store = Store::open(dir.path()).expect("migrated");
        assert_eq!(store.schema_version().expect("version"), 2);
        let id = store.new_id().expect("id");
        assert!(u64::from_str_radix(&id[1..], 16).expect("hex") > 0x40, "{id} is past h40");
    }

    #[test]
    fn a_newer_schema_is_refused() {
        let dir = tempfile::tempdir().expect("temp dir");
        {
            let store = Store::open(dir.path()).expect("open");
            store.db.insert(SCHEMA_KEY, b"99").expect("insert");
            store.db.flush().expect("flush");
        }
        assert!(matches!(Store::open(dir.path()), Err(StoreError::NewerSchema { found: 99 })));
    }

    #[test]
    fn replace_all_swaps_every_holding() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(dir.path()).expect("open");
        store.put_holding(&record("old")).expect("put");
        store
            .replace_all(
                &[record("new1"), record("new2")],
                &[],
                None,
                &Profiles::default(),
                &Settings::default(),
            )
            .expect("replace");
        let ids: Vec<String> =
            store.holdings().expect("holdings").into_iter().map(|h| h.id).collect();
        assert_eq!(ids, vec!["new1", "new2"]);
    }

    #[test]
    fn holdings_read_again_after_every_kind_of_write() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(dir.path()).expect("open");
        let ids = |s: &Store| -> Vec<String> {
            s.holdings().expect("holdings").into_iter().map(|h| h.id).collect()
        };
        assert!(ids(&store).is_empty());
        store.put_holding(&record("a")).expect("put");
        assert_eq!(ids(&store), ["a"]);
        let mut changed = record("a");
        changed.muted = true;
        store.put_holding(&changed).expect("put");
        assert_eq!(
            store.holdings().expect("holdings"),
            vec![changed.clone()],
            "a changed record, not the copy before it"
        );
        let plan = PlanRecord {
            id: "p".into(),
            certification: "certification.azure-administrator".into(),
            started_on: chrono::NaiveDate::from_ymd_opt(2026, 1, 2).expect("date"),
            exams: vec![],
        };
        store.put_plan(&plan).expect("plan");
        store.complete_plan("p", &record("b")).expect("complete");
        assert_eq!(ids(&store), ["a", "b"]);
        store
            .replace_all(&[record("c")], &[], None, &Profiles::default(), &Settings::default())
            .expect("replace");
        assert_eq!(ids(&store), ["c"]);
        assert!(store.remove_holding("c").expect("remove"));
        assert!(ids(&store).is_empty());
    }
}
