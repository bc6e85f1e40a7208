//! `cargo bench --bench engine`: evaluates 100,000 holdings and imports a 13 MB catalog, printing
//! the median and best of several runs. A benchmark, not a test: figures go to docs/BENCHMARKS.md.

use recert_test_support::big_catalog;

use chrono::{Days, NaiveDate};
use recert_core::date::start_of_day_utc;
use recert_core::engine::{evaluate, Holding, DEFAULT_OFFSETS};
use recert_core::Ctx;
use recert_core::{Catalog, CertKind};
use std::hint::black_box;
use std::time::{Duration, Instant};

fn holdings(n: usize) -> Vec<Holding> {
    let base = NaiveDate::from_ymd_opt(2019, 1, 1).expect("date");
    (0..n)
        .map(|i| {
            let kind = [
                CertKind::RoleBased,
                CertKind::Specialty,
                CertKind::RoleBased,
                CertKind::Fundamentals,
            ][i % 4];
            let earned = base.checked_add_days(Days::new((i * 7 % 2500) as u64)).expect("range");
            let mut h = Holding {
                kind: Some(kind),
                earned_on: Some(earned),
                has_prerequisites: i % 5 == 0,
                ..Holding::default()
            };
            if i % 3 == 0 && kind.expires() {
                // One renewal 30 days before the first expiry (two years before the cut-over, else one).
                let years = if earned < NaiveDate::from_ymd_opt(2021, 6, 30).expect("date") {
                    2
                } else {
                    1
                };
                let expiry = recert_core::date::add_years(earned, years).expect("range");
                h.renewed_on.push(expiry.checked_sub_days(Days::new(30)).expect("range"));
            }
            h
        })
        .collect()
}

fn measure(runs: usize, mut f: impl FnMut()) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[runs / 2], times[0])
}

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    let now = start_of_day_utc(today);
    let hs = holdings(100_000);
    let (median, best) = measure(21, || {
        for h in &hs {
            let _ = black_box(evaluate(black_box(h), &DEFAULT_OFFSETS, today, now));
        }
    });
    println!("evaluate 100,000 holdings: median {:.2} ms, best {:.2} ms", ms(median), ms(best));

    // The same holdings through the whole `recert eval` contract: JSON in, reasons' English text out.
    let request = eval_request(&hs);
    let catalog = Catalog::default();
    let catalogs = recert_core::Catalogs::new();
    let (median, best) = measure(5, || {
        let out = recert_core::eval::run(black_box(request.as_bytes()), &catalog, &catalogs);
        assert!(out.is_ok());
        black_box(out).ok();
    });
    println!(
        "recert eval contract, 100,000 holdings ({:.1} MB JSON in): median {:.0} ms, best {:.0} ms",
        request.len() as f64 / 1_048_576.0,
        ms(median),
        ms(best)
    );

    dashboard(today);
    first_screen(today);
    team(today);

    let text = big_catalog::big_catalog(13 * 1024 * 1024);
    let (median, best) = measure(11, || {
        let c = Catalog::import(black_box(text.as_bytes()));
        assert!(c.is_ok());
        black_box(c).ok();
    });
    println!(
        "import a {:.1} MB catalog: median {:.1} ms, best {:.1} ms",
        text.len() as f64 / 1_048_576.0,
        ms(median),
        ms(best)
    );
}

/// A data file (docs/data-format.md) with `n` catalog certifications, as benches/bench_data.py writes.
fn data_file(n: usize) -> String {
    // None retired in 2026: a certification cannot be earned after its retirement.
    let certs = [
        "certification.azure-administrator",
        "certification.azure-network-engineer-associate",
        "certification.azure-database-administrator-associate",
        "certification.security-operations-analyst",
        "certification.azure-solutions-architect",
        "certification.devops-engineer",
    ];
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("date");
    let items: Vec<String> = (0..n)
        .map(|i| {
            let earned = today.checked_sub_days(Days::new(1 + (i % 360) as u64)).expect("range");
            format!(r#"{{"id":"b{i:05}","certification":"{}","custom_title":null,"kind":"role-based","earned_on":"{earned}"}}"#, certs[i % certs.len()])
        })
        .collect();
    format!(
        r#"{{"format":"recert-data","version":2,"exported_at":"2026-11-22T09:00:00Z","holdings":[{}],"profiles":{{"certification":null,"learn":null,"connected_on":null}},"settings":{{"reminder_offsets":[180,90,30,7]}}}}"#,
        items.join(",")
    )
}

/// The dashboard command's work for 1,000 certifications over a real store: read, evaluate,
/// order, build the views, serialize to JSON, as the IPC layer does (reasons are asked for per
/// card, when its "Why?" opens).
fn dashboard(today: NaiveDate) {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = recert_core::Recert::open(dir.path()).expect("open");
    app.import_apply(data_file(1000).as_bytes(), today).expect("import");
    let now = start_of_day_utc(today);
    for (label, limit) in [("all 1,000", None), ("first page of 100", Some(100))] {
        let mut bytes = 0;
        let (median, best) = measure(51, || {
            let d = app
                .dashboard_page(&Ctx::new(today, now, recert_core::Locale::En), limit, None)
                .expect("dashboard");
            bytes = serde_json::to_vec(black_box(&d)).expect("json").len();
        });
        println!("dashboard of 1,000 certifications, {label} listed ({:.0} kB JSON): median {:.2} ms, best {:.2} ms", bytes as f64 / 1024.0, ms(median), ms(best));
    }
}

/// The store's part of a start-up with 10,000 certifications: open and check the store (as the
/// app does before anything else), then the dashboard's first page of 30 (the first screen).
fn first_screen(today: NaiveDate) {
    let dir = tempfile::tempdir().expect("temp dir");
    recert_core::Recert::open(dir.path())
        .expect("open")
        .import_apply(data_file(10_000).as_bytes(), today)
        .expect("import");
    let now = start_of_day_utc(today);
    let (mut open, mut page) = (Vec::new(), Vec::new());
    for _ in 0..11 {
        let start = Instant::now();
        let app = recert_core::recovery::open_checked(dir.path()).expect("open");
        open.push(start.elapsed());
        let start = Instant::now();
        black_box(
            app.dashboard_page(&Ctx::new(today, now, recert_core::Locale::En), Some(30), None)
                .expect("dashboard"),
        );
        page.push(start.elapsed());
    }
    open.sort();
    page.sort();
    println!("start-up, 10,000 certifications: open and check median {:.1} ms, then the first page of 30 median {:.1} ms", ms(open[5]), ms(page[5]));
}

/// The team dashboard's work for 200 people of 10 certifications each (and the user's 1,000), as
/// the IPC layer does it: read everyone, evaluate, bucket, serialize.
fn team(today: NaiveDate) {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = recert_core::Recert::open(dir.path()).expect("open");
    let one = data_file(10);
    let people: Vec<String> = (0..200)
        .map(|p| {
            let start = one.find("\"holdings\":[").expect("holdings") + "\"holdings\":".len();
            let end = one.find("],\"profiles\"").expect("end") + 1;
            let holdings = one[start..end].replace("\"id\":\"b", &format!("\"id\":\"p{p}x"));
            format!(r#"{{"id":"u{p:04}","name":"Person {p:03}","remind":{},"holdings":{holdings},"plans":[]}}"#, p % 4 == 0)
        })
        .collect();
    let file = data_file(1000).replacen("\"version\":2", "\"version\":3", 1).replacen(
        "],\"profiles\"",
        &format!("],\"people\":[{}],\"profiles\"", people.join(",")),
        1,
    );
    app.import_apply(file.as_bytes(), today).expect("import");
    let now = start_of_day_utc(today);
    let mut bytes = 0;
    let (median, best) = measure(51, || {
        let t = app
            .team_dashboard(
                &recert_core::people::TeamFilter::default(),
                Some(20),
                &Ctx::new(today, now, recert_core::Locale::En),
            )
            .expect("team");
        bytes = serde_json::to_vec(black_box(&t)).expect("json").len();
    });
    println!("team dashboard, 200 people of 10 and the user's 1,000 ({:.0} kB JSON): median {:.2} ms, best {:.2} ms", bytes as f64 / 1024.0, ms(median), ms(best));
}

fn eval_request(hs: &[Holding]) -> String {
    let items: Vec<String> = hs
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let kind = h.kind.map_or("role-based", CertKind::as_str);
            let earned = h.earned_on.map(recert_core::date::format_date).unwrap_or_default();
            let renewed: Vec<String> = h.renewed_on.iter().map(|d| format!("\"{}\"", recert_core::date::format_date(*d))).collect();
            format!(r#"{{"id":"h{i}","certification_type":"{kind}","earned_on":"{earned}","renewed_on":[{}]}}"#, renewed.join(","))
        })
        .collect();
    format!(r#"{{"today":"2026-11-22","holdings":[{}]}}"#, items.join(","))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
