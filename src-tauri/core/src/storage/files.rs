//! Files on SECURITY.md's terms. Reads are bounded before a byte is taken in: a device, a folder
//! or a pipe is refused by what it is and a file over the limit by its length, so `/dev/zero` or a
//! sparse 300 MiB file costs nothing. Private data (the data folder, backups, exports, calendars:
//! they hold the MCID, the legal name and e-mails) is written atomically and, on Unix, readable by
//! the user alone: folders 0700, files 0600. Windows and macOS: see SECURITY.md.

use crate::error::{ErrorKind, Failure, Outcome};
use crate::message::Problem;
use std::io::{Read, Write};
use std::path::Path;

const MIB: usize = 1024 * 1024;

fn cannot_read(path: &Path, e: &std::io::Error) -> Failure {
    Failure::new(
        ErrorKind::Io,
        Problem::CannotRead { file: path.display().to_string(), detail: e.to_string() },
    )
}

fn too_large(path: &Path, max: usize) -> Failure {
    Failure::invalid(
        "(file)",
        Problem::FileTooLarge {
            file: path.display().to_string(),
            max_mib: max.div_ceil(MIB) as i64,
        },
    )
}

/// All of the file at `path`, if it is at most `max` bytes: a regular file is measured before it is
/// read; a pipe (`<(command)`) is read no further than the limit; devices and folders are refused.
pub fn read_bounded(path: &Path, max: usize) -> Outcome<Vec<u8>> {
    let file = std::fs::File::open(path).map_err(|e| cannot_read(path, &e))?;
    let meta = file.metadata().map_err(|e| cannot_read(path, &e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if meta.file_type().is_fifo() || meta.file_type().is_socket() {
            return read_limited(file, max)
                .map_err(|e| cannot_read(path, &e))?
                .ok_or_else(|| too_large(path, max));
        }
    }
    if !meta.is_file() {
        return Err(Failure::invalid(
            "(file)",
            Problem::NotAFile { file: path.display().to_string() },
        ));
    }
    if meta.len() > max as u64 {
        return Err(too_large(path, max));
    }
    read_limited(file, max).map_err(|e| cannot_read(path, &e))?.ok_or_else(|| too_large(path, max))
}

/// Reads at most `max` bytes of `reader` (standard input, a file that grew): `None` when there is
/// more.
pub fn read_limited(reader: impl Read, max: usize) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    reader.take(max as u64 + 1).read_to_end(&mut bytes)?;
    Ok((bytes.len() <= max).then_some(bytes))
}

/// Creates `dir` (and its parents) and makes it private: 0700 on Unix.
pub fn private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    set_mode(dir, 0o700)
}

/// Makes what Recert keeps in `dir` private, for data folders made by older versions or under a
/// loose umask: folders 0700, files 0600, recursively. Symbolic links are left alone. Best
/// effort: what cannot be changed (another owner) is left as it is.
pub fn tighten(dir: &Path) {
    let _ = set_mode(dir, 0o700);
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let Ok(kind) = entry.file_type() else { continue };
        if kind.is_dir() {
            tighten(&entry.path());
        } else if kind.is_file() {
            let _ = set_mode(&entry.path(), 0o600);
        }
    }
}

/// Writes `bytes` to `path` atomically (a reader or a crash sees the old file or the new one),
/// readable by the user alone on Unix.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let written = (|| {
        let mut f = options.open(&tmp)?;
        // An existing temporary file keeps its mode through `open`.
        set_mode(&tmp, 0o600)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn set_mode(_: &Path, _: u32) -> std::io::Result<()> {
    // Windows: the data folder is under the user's profile (%APPDATA%), whose ACL already grants
    // only the user, SYSTEM and administrators; files inherit it. See SECURITY.md.
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_over_the_limit_is_refused_by_its_length_and_a_device_by_what_it_is() {
        let dir = tempfile::tempdir().expect("temp dir");
        let big = dir.path().join("big.json");
        let f = std::fs::File::create(&big).expect("create");
        // Sparse: 300 MiB long, nothing written, nothing read.
        f.set_len(300 * MIB as u64).expect("set_len");
        let e = read_bounded(&big, 16 * MIB).expect_err("too large");
        assert_eq!(
            e.problem,
            Problem::FileTooLarge { file: big.display().to_string(), max_mib: 16 }
        );
        let e = read_bounded(dir.path(), 16 * MIB).expect_err("a folder");
        assert!(matches!(e.problem, Problem::NotAFile { .. }), "{e:?}");
        #[cfg(unix)]
        {
            let e = read_bounded(Path::new("/dev/zero"), 16 * MIB).expect_err("a device");
            assert!(matches!(e.problem, Problem::NotAFile { .. }), "{e:?}");
        }
        std::fs::write(&big, b"{}").expect("write");
        assert_eq!(read_bounded(&big, 2).expect("small"), b"{}");
        assert_eq!(read_limited(&b"abc"[..], 2).expect("read"), None);
    }

    #[cfg(unix)]
    #[test]
    fn private_files_and_folders_are_the_users_alone() {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).expect("stat").permissions().mode() & 0o777;
        let dir = tempfile::tempdir().expect("temp dir");
        let data = dir.path().join("data/inner");
        private_dir(&data).expect("dir");
        assert_eq!(mode(&data), 0o700);
        let file = data.join("export.json");
        std::fs::write(&file, "old").expect("write");
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        write_private(&file, b"new").expect("write");
        assert_eq!((mode(&file), std::fs::read(&file).expect("read")), (0o600, b"new".to_vec()));
        assert_eq!(std::fs::read_dir(&data).expect("list").count(), 1, "no temporary file left");

        let loose = dir.path().join("loose");
        std::fs::create_dir_all(loose.join("db")).expect("mkdir");
        std::fs::write(loose.join("db/conf"), "x").expect("write");
        for p in [loose.clone(), loose.join("db")] {
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        }
        tighten(&loose);
        assert_eq!(
            (mode(&loose), mode(&loose.join("db")), mode(&loose.join("db/conf"))),
            (0o700, 0o700, 0o600)
        );
    }
}
