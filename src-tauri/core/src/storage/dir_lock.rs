//! One Recert process at a time in a data folder, for the whole time it has the store open, taken
//! before sled is touched. sled's own lock (on `db/conf`) comes too late for two things: two
//! processes creating a new database at once can both read a half-written `conf` before either
//! holds it, and "Delete all my data" must close the database before its files go, which left a
//! gap in which a waiting process opened a half-deleted one. Held here, the folder lock covers
//! opening, using, closing and deleting alike.
//!
//! The lock file stays in the folder while it is in use; `forget` removes it last, still holding
//! it. A process that was waiting on the removed file then finds its lock is not the folder's
//! (the path now names another file, or none) and takes the lock again.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};
use std::time::Duration;

pub const LOCK_FILE: &str = "recert.lock";

/// Held while alive; released when dropped (the OS releases it too if the process dies).
pub struct DirLock {
    file: File,
    path: PathBuf,
}

pub enum LockError {
    /// Another process held it for all of `wait`.
    Held,
    Io(std::io::Error),
}

fn open_file(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}

/// Whether `file` is still the one `path` names: on Unix by device and inode. On Windows a file
/// that is open cannot be deleted, so the path names what was opened.
fn still_named(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), std::fs::metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        path.exists()
    }
}

impl DirLock {
    /// Takes the lock of data folder `dir` (made if missing), waiting up to `wait` for another
    /// process to release it.
    pub fn acquire(dir: &Path, wait: Duration) -> Result<DirLock, LockError> {
        let path = dir.join(LOCK_FILE);
        let step = Duration::from_millis(50);
        let mut waited = Duration::ZERO;
        loop {
            // Made again if a `forget` removed the folder while this process waited.
            crate::files::private_dir(dir).map_err(LockError::Io)?;
            let file = open_file(&path).map_err(LockError::Io)?;
            match file.try_lock() {
                Ok(()) if still_named(&file, &path) => return Ok(DirLock { file, path }),
                // Removed by a `forget` while we waited for it: take the folder's new one.
                Ok(()) => continue,
                Err(TryLockError::WouldBlock) if waited < wait => {
                    std::thread::sleep(step);
                    waited += step;
                }
                Err(TryLockError::WouldBlock) => return Err(LockError::Held),
                Err(TryLockError::Error(e)) => return Err(LockError::Io(e)),
            }
        }
    }

    /// Removes the lock file while still holding it (after everything else of the folder went).
    pub fn remove_file(&self) -> std::io::Result<()> {
        std::fs::remove_file(&self.path)
    }
}

impl Drop for DirLock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_waits_then_gives_up_and_gets_it_once_released() {
        let dir = tempfile::tempdir().expect("temp dir");
        let first = DirLock::acquire(dir.path(), Duration::ZERO).ok().expect("first");
        assert!(matches!(
            DirLock::acquire(dir.path(), Duration::from_millis(120)),
            Err(LockError::Held)
        ));
        drop(first);
        assert!(DirLock::acquire(dir.path(), Duration::ZERO).is_ok());
    }

    #[test]
    fn a_waiter_on_a_removed_lock_file_takes_the_folders_new_one() {
        let dir = tempfile::tempdir().expect("temp dir");
        let first = DirLock::acquire(dir.path(), Duration::ZERO).ok().expect("first");
        let path = dir.path().to_path_buf();
        let waiter = std::thread::spawn(move || {
            DirLock::acquire(&path, Duration::from_secs(5))
                .ok()
                .map(|l| (l.file.metadata().ok(), l))
        });
        std::thread::sleep(Duration::from_millis(150));
        first.remove_file().expect("removed");
        drop(first);
        let (meta, held) = waiter.join().expect("joined").expect("the waiter got the lock");
        assert!(
            meta.is_some() && dir.path().join(LOCK_FILE).exists(),
            "the waiter made and holds a new lock file"
        );
        // Nobody else can take it while the waiter holds it.
        assert!(matches!(DirLock::acquire(dir.path(), Duration::ZERO), Err(LockError::Held)));
        drop(held);
    }
}
