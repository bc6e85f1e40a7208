//! What Recert's tray process would cost if it did not link WebKit (docs/BENCHMARKS.md, "Memory in
//! the tray"): the same tray menu (tray-icon with libayatana-appindicator, from the core's tray
//! model), the same store opened and read as a reminder pass does, and the GTK main loop, in a
//! binary without Tauri. Not an app: a measurement for the question "is the ≈ 40 MB goal within
//! reach of a resident process that starts the window as a second process?".
//!
//! `bash scripts/bench.sh` runs it under `bench_idle.py` beside Recert `--hidden`.
//! Usage: resident_tray DATA_DIR TODAY

#[cfg(not(target_os = "linux"))]
fn main() {
    eprintln!("resident_tray measures the Linux tray process (libayatana-appindicator, GDK); nothing to do here");
}

#[cfg(target_os = "linux")]
fn main() {
    use chrono::{NaiveDate, Utc};
    use recert_core::{Locale, Recert};
    use tray_icon::menu::{Menu, MenuItem, PredefinedMenuItem};
    use tray_icon::{Icon, TrayIconBuilder};

    let mut args = std::env::args().skip(1);
    let (Some(dir), Some(today)) = (args.next(), args.next()) else {
        eprintln!("usage: resident_tray DATA_DIR YYYY-MM-DD");
        std::process::exit(2);
    };
    let today = NaiveDate::parse_from_str(&today, "%Y-%m-%d").unwrap_or_else(|e| {
        eprintln!("resident_tray: {e}");
        std::process::exit(2)
    });
    // No web view ever lives in this process, so GDK need not open GL to choose visuals.
    std::env::set_var("GDK_GL", "disable");
    if let Err(e) = gtk::init() {
        eprintln!("resident_tray: {e}");
        std::process::exit(1);
    }
    let now = Utc::now();
    let model = Recert::open(std::path::Path::new(&dir))
        .and_then(|r| {
            // What a reminder pass reads: every certification, evaluated.
            r.reminder_plan(today.and_time(now.time()), now, today, Locale::En)?;
            r.tray_model(today, now, Locale::En)
        })
        .unwrap_or_else(|e| {
            eprintln!("resident_tray: {e:?}");
            std::process::exit(1)
        });
    let menu = Menu::new();
    let mut items = vec![MenuItem::new(&model.open_label, true, None)];
    items.extend(model.items.iter().map(|i| MenuItem::new(&i.label, true, None)));
    items.push(MenuItem::new(&model.pause_label, true, None));
    items.push(MenuItem::new(&model.quit_label, true, None));
    for item in &items {
        let _ = menu.append(item);
    }
    let _ = menu.append(&PredefinedMenuItem::separator());
    let icon = Icon::from_rgba(vec![0x20; 32 * 32 * 4], 32, 32).expect("a 32×32 icon");
    let _tray = TrayIconBuilder::new().with_menu(Box::new(menu)).with_icon(icon).with_tooltip("Recert").build().expect("tray");
    println!("tray-ready");
    gtk::main();
}
