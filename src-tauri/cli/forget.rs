//! `recert forget [--yes] [--data-dir DIR]`: "Delete all my data" from the command line. Without
//! `--yes` it only says what would go (and exits 2); with it, the store, its backups and the
//! databases recovery set aside are deleted and an empty store takes their place.

use super::data::failure_line;
use super::{os_locale, Global};
use recert_core::message::Arg;

pub fn run(global: &Global, yes: bool) -> i32 {
    let recert = match super::data::open_store(global) {
        Ok(r) => r,
        Err(code) => return code,
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
