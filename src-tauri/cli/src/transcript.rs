//! `recert import-transcript LINK|FILE [--data-dir DIR] [--today DATE] [--dry-run] [--profile]`:
//! a shared Learn transcript (its link, fetched from Microsoft Learn, or a saved copy of its JSON)
//! into the store, after printing what it adds, updates and leaves. `--profile` also fills the
//! certification profile's MCID and legal name. Exit 0, or one translated line and nothing written.

use super::data::failure_line;
use super::{os_locale, Global};
use recert_core::learn_transcript;
use recert_core::message::Arg;
use recert_core::transcript_import::TranscriptChange;
use recert_core::Failure;
use recert_desktop::clock::Clock;

/// The transcript's bytes: fetched for a link (as pasted: spaces around it, no `https://`), read
/// for a file.
fn transcript_bytes(source: &str) -> Result<Vec<u8>, Failure> {
    if learn_transcript::looks_like_link(source) {
        let id = learn_transcript::share_id(source).map_err(|p| Failure::invalid("(link)", p))?;
        recert_desktop::learn::block_on(recert_desktop::learn::fetch_transcript(&id))
    } else {
        recert_desktop::learn::read_saved(std::path::Path::new(source))
    }
}

pub fn run(global: &Global, source: &str, dry_run: bool, profile: bool) -> i32 {
    // Fetched and read before the store is opened: the database is never held across a network
    // wait (another Recert, an export, the tray's pass would wait for it).
    let transcript =
        match transcript_bytes(source).and_then(|bytes| learn_transcript::parse(&bytes)) {
            Ok(t) => t,
            Err(f) => return failure_line(None, &f),
        };
    let recert = match super::data::open_store(global) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let ctx = Clock::new(global.today).ctx(recert.locale(&os_locale()));
    let result = if dry_run {
        recert.transcript_preview(&transcript, &ctx)
    } else {
        recert.transcript_apply(&transcript, &ctx, profile)
    };
    let preview = match result {
        Ok(p) => p,
        Err(f) => return failure_line(Some(&recert), &f),
    };
    let (c, l) = (&recert.catalogs, recert.locale(&os_locale()));
    let n = |v: u32| Arg::Number(i64::from(v));
    println!(
        "{}",
        c.text(
            l,
            "transcript-preview",
            &[
                ("added", n(preview.added)),
                ("updated", n(preview.updated)),
                ("unchanged", n(preview.unchanged))
            ]
        )
    );
    // Applied Skills are never in the certification catalog: a known kind, nothing to check.
    let unknown = |i: &&recert_core::transcript_import::TranscriptItem| {
        !i.in_catalog && i.kind != recert_core::CertKind::AppliedSkills
    };
    for item in
        preview.items.iter().filter(unknown).filter(|i| i.change != TranscriptChange::Unchanged)
    {
        let kind = c.text(l, &format!("kind-{}", item.kind.as_str()), &[]);
        let title = recert_core::validate::printable(&item.title);
        println!(
            "{}",
            c.text(
                l,
                "transcript-not-in-catalog",
                &[("title", Arg::text(title)), ("kind", Arg::text(kind))]
            )
        );
    }
    // Items not imported, each with where it is in Microsoft's answer and why.
    for problem in &preview.problems {
        let title =
            recert_core::validate::printable(problem.title.as_deref().unwrap_or(&problem.field));
        println!(
            "{}",
            c.text(
                l,
                "transcript-item-skipped",
                &[
                    ("title", Arg::text(title)),
                    ("field", Arg::text(problem.field.clone())),
                    ("problem", Arg::text(problem.message.clone()))
                ]
            )
        );
    }
    for plan in &preview.plans {
        let title = Arg::text(recert_core::validate::printable(&plan.title));
        if plan.finished {
            println!("{}", c.text(l, "transcript-plan-finished", &[("title", title)]));
        } else {
            println!(
                "{}",
                c.text(
                    l,
                    "transcript-plan-exams",
                    &[("title", title), ("exams", Arg::text(plan.exams_passed.join(", ")))]
                )
            );
        }
    }
    if preview.added + preview.updated == 0 && preview.plans.is_empty() {
        println!("{}", c.text(l, "import-nothing", &[]));
    } else if !dry_run {
        println!("{}", c.text(l, "import-done", &[]));
    }
    0
}
