//! `recert sync [--data-dir DIR] [--today DATE]`: reads every transcript link Recert has (the
//! user's own, each followed person's) from Microsoft Learn now and applies what changed, one line
//! per link. The store is opened only between reads, never held while Learn answers. Exit 0, even
//! when a link could not be read (it is said, and tried again later); 2 when the store does not
//! open.

use super::data::failure_line;
use super::{os_locale, Global};
use recert_core::message::Arg;
use recert_core::sync::SyncOutcome;
use recert_core::Recert;
use recert_desktop::clock::Clock;

pub fn run(global: &Global) -> i32 {
    let dir = match super::resolve_data_dir(global) {
        Ok(dir) => dir,
        Err(e) => return super::fail(&e),
    };
    let clock = Clock::new(global.today);
    let open = || Recert::open(&dir).map_err(|f| failure_line(None, &f));
    let targets = match open()
        .and_then(|r| r.sync_due(clock.now(), true).map_err(|f| failure_line(Some(&r), &f)))
    {
        Ok(t) => t,
        Err(code) => return code,
    };
    let catalogs = recert_core::Catalogs::new();
    if targets.is_empty() {
        let locale = open()
            .map(|r| r.locale(&os_locale()))
            .unwrap_or_else(|_| recert_core::Locale::from_os_tag(&os_locale()));
        println!("{}", catalogs.text(locale, "sync-no-links", &[]));
        return 0;
    }
    for target in targets {
        let fetched = recert_desktop::learn::block_on(recert_desktop::learn::fetch_transcript(
            &target.share_id,
        ));
        let reason = fetched.as_ref().err().cloned();
        let recert = match open() {
            Ok(r) => r,
            Err(code) => return code,
        };
        let locale = recert.locale(&os_locale());
        let who = recert
            .store()
            .person(&target.who)
            .ok()
            .flatten()
            .map_or_else(|| catalogs.text(locale, "team-me", &[]), |p| p.name);
        let who = Arg::text(recert_core::validate::printable(&who));
        let line = match recert.sync_apply(&target.who, fetched, &clock.ctx(locale)) {
            Ok(SyncOutcome::Applied { added, updated }) => catalogs.text(
                locale,
                "sync-cli-read",
                &[
                    ("who", who),
                    ("added", Arg::Number(i64::from(added))),
                    ("updated", Arg::Number(i64::from(updated))),
                ],
            ),
            Ok(SyncOutcome::NotShared { .. }) => {
                catalogs.text(locale, "sync-not-shared-notice", &[("who", who)])
            }
            Ok(SyncOutcome::Failed) => {
                let why = reason
                    .map_or_else(String::new, |f| f.translate(&recert.catalogs, locale).message);
                catalogs.text(
                    locale,
                    "sync-cli-failed",
                    &[("who", who), ("problem", Arg::text(why))],
                )
            }
            Err(f) => return failure_line(Some(&recert), &f),
        };
        println!("{line}");
    }
    0
}
