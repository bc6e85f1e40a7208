//! `recert forget [--yes] [--data-dir DIR]`: "Delete all my data" from the command line. Without
//! `--yes` it only says what would go (and exits 2); with it, the store, its backups and the
//! databases recovery set aside are deleted and an empty store takes their place. A store that
//! does not open (damaged) is deleted all the same.

use super::data::failure_line;
use super::{os_locale, Global};
use recert_core::message::Arg;

pub fn run(global: &Global, yes: bool) -> i32 {
    let dir = match super::resolve_data_dir(global) {
        Ok(dir) => dir,
        Err(e) => return super::fail(&e),
    };
    let recert = match recert_core::Recert::open(&dir) {
        Ok(r) => r,
        // Busy: another Recert has it; try again when it is done.
        Err(f) if f.kind == recert_core::ErrorKind::Conflict => return failure_line(None, &f),
        // Damaged or newer: nothing to preview, but it can still be deleted.
        Err(f) => {
            failure_line(None, &f);
            let (c, l) =
                (recert_core::Catalogs::new(), recert_core::Locale::from_os_tag(&os_locale()));
            println!(
                "{}",
                c.text(l, "forget-lead", &[("dir", Arg::text(dir.display().to_string()))])
            );
            if !yes {
                eprintln!("{}", c.text(l, "forget-cli-needs-yes", &[]));
                return super::EXIT_INVALID;
            }
            if let Err(f) = recert_core::forget::forget_unopened(&dir, true) {
                return failure_line(None, &f);
            }
            println!("{}", c.text(l, "forget-done", &[]));
            return 0;
        }
    };
    let preview = match recert.forget_preview() {
        Ok(p) => p,
        Err(f) => return failure_line(Some(&recert), &f),
    };
    let (c, l) = (recert_core::Catalogs::new(), recert.locale(&os_locale()));
    let n = |v: u32| Arg::Number(i64::from(v));
    println!("{}", c.text(l, "forget-lead", &[("dir", Arg::text(preview.data_dir.clone()))]));
    println!("  {}", c.text(l, "forget-holdings", &[("count", n(preview.holdings))]));
    println!("  {}", c.text(l, "forget-plans", &[("count", n(preview.plans))]));
    if preview.people > 0 {
        println!("  {}", c.text(l, "forget-people", &[("count", n(preview.people))]));
    }
    if preview.profiles {
        println!("  {}", c.text(l, "forget-profiles", &[]));
    }
    println!("  {}", c.text(l, "forget-backups", &[("count", n(preview.backups))]));
    if preview.set_aside > 0 {
        println!("  {}", c.text(l, "forget-set-aside", &[("count", n(preview.set_aside))]));
    }
    if !yes {
        eprintln!("{}", c.text(l, "forget-cli-needs-yes", &[]));
        return super::EXIT_INVALID;
    }
    let mut slot = Some(recert);
    if let Err(f) = recert_core::forget::forget(&mut slot, true, false) {
        return failure_line(slot.as_ref(), &f);
    }
    println!("{}", c.text(l, "forget-done", &[]));
    0
}
