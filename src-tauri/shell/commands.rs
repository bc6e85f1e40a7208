//! Tauri commands: parse, call the core, map the error. Nothing else lives here. The list of
//! names is `command_list.rs`; the UI calls them through `ui/src/api.ts`.
//!
//! Every command is `async`: Tauri runs a synchronous command on the main thread, where a store
//! held by another Recert (up to 10 s of waiting) or a slow disk would freeze the window. An
//! async one runs on the async runtime's threads and the window keeps answering.

use super::problems::{ShellFailure, ShellProblem};
use super::state::{lock, Shell};
use super::tray::Tray;
use super::updates::{self, Pending};
use recert_core::alerts::Focus;
use recert_core::alerts::{Notice, TrayModel};
use recert_core::backup::ImportPreview;
use recert_core::browse::{BrowseFilter, BrowseResult, CertificationPage};
use recert_core::calendar::CalendarScope;
use recert_core::catalog_refresh::CatalogChanges;
use recert_core::error::{ErrorKind, Failure};
use recert_core::forget::ForgetPreview;
use recert_core::learn_transcript;
use recert_core::model::{Settings, UpdateStatus};
use recert_core::people::{PersonPage, PersonView, TeamDashboard, TeamFilter};
use recert_core::plans::{BookingInput, PlanView, ResultInput, ResultOutcome};
use recert_core::recovery::{self, BackupInfo};
use recert_core::screens::{Boot, FirstScreen, PageMark};
use recert_core::service::{CertificationProfileInput, HoldingInput, LearnProfileInput};
use recert_core::sync::SyncView;
use recert_core::timeline::Timeline;
use recert_core::transcript::Transcript;
use recert_core::transcript_import::TranscriptPreview;
use recert_core::views::{
    CatalogEntry, CatalogInfo, Dashboard, HoldingView, Planned, ProfilesView, ReasonView,
    RenewalPreview,
};
use recert_core::{links, AppError, Problem, RenewalEvidence};
use tauri::Manager;
use tauri::{AppHandle, State};
use tauri_plugin_autostart::ManagerExt;
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

type Answer<T> = Result<T, AppError>;

#[tauri::command]
pub async fn init(shell: State<'_, Shell>, os_locale: String) -> Answer<Boot> {
    super::probe::mark("init command");
    shell.set_os_locale(&os_locale);
    if let Some(recovery) = shell.recovery() {
        let locale = recert_core::Locale::from_os_tag(&os_locale);
        return Ok(Boot {
            locale,
            settings: Settings::default(),
            today: shell.clock.today(),
            recovery: Some(recovery),
        });
    }
    shell.run(|r, c| {
        Ok(Boot { locale: c.locale, settings: r.settings()?, today: c.today, recovery: None })
    })
}

/// `init`, the focus request, waiting banners and the dashboard's first page together, so the
/// first screen paints after one round trip.
#[tauri::command]
pub async fn first_screen(
    shell: State<'_, Shell>,
    os_locale: String,
    limit: u32,
) -> Answer<FirstScreen> {
    let boot = init(shell.clone(), os_locale).await?;
    let focus = lock(&shell.focus_request).take();
    super::probe::mark(&format!("first screen, focus {focus:?}"));
    let banners = shell.take_banners();
    // A plan opens the plans screen instead of the dashboard.
    let dashboard = match (&boot.recovery, &focus) {
        (None, None) => Some(shell.run(|r, c| r.dashboard_page(&c, Some(limit as usize), None))?),
        (None, Some(f @ Focus::Holding(_))) => {
            Some(shell.run(|r, c| r.dashboard_page(&c, Some(limit as usize), f.holding()))?)
        }
        _ => None,
    };
    super::probe::mark("first screen answered");
    Ok(FirstScreen { boot, focus, banners, dashboard, desktop_font: shell.desktop_font.clone() })
}

/// The `limit` most urgent certifications (all when absent), extended to include `focus`.
#[tauri::command]
pub async fn get_dashboard(
    shell: State<'_, Shell>,
    limit: Option<u32>,
    focus: Option<String>,
) -> Answer<Dashboard> {
    super::probe::mark("dashboard command");
    shell.run(|r, c| r.dashboard_page(&c, limit.map(|l| l as usize), focus.as_deref()))
}

#[tauri::command]
pub async fn search_catalog(shell: State<'_, Shell>, query: String) -> Answer<Vec<CatalogEntry>> {
    shell.run(|r, c| Ok(r.search_catalog(&query, c.locale)))
}

#[tauri::command]
pub async fn add_holding(shell: State<'_, Shell>, input: HoldingInput) -> Answer<HoldingView> {
    shell.change(|r, c| r.add_holding(&input, &c))
}

#[tauri::command]
pub async fn update_holding(
    shell: State<'_, Shell>,
    id: String,
    input: HoldingInput,
) -> Answer<HoldingView> {
    shell.change(|r, c| r.update_holding(&id, &input, &c))
}

#[tauri::command]
pub async fn get_team(
    shell: State<'_, Shell>,
    filter: TeamFilter,
    limit: Option<u32>,
) -> Answer<TeamDashboard> {
    shell.run(|r, c| r.team_dashboard(&filter, limit.map(|l| l as usize), &c))
}

#[tauri::command]
pub async fn get_person(shell: State<'_, Shell>, id: String) -> Answer<PersonPage> {
    shell.run(|r, c| r.person_page(&id, &c))
}

#[tauri::command]
pub async fn add_person(shell: State<'_, Shell>, name: String) -> Answer<PersonView> {
    shell.change(|r, _| r.add_person(&name))
}

#[tauri::command]
pub async fn rename_person(
    shell: State<'_, Shell>,
    id: String,
    name: String,
) -> Answer<PersonView> {
    shell.change(|r, _| r.rename_person(&id, &name))
}

#[tauri::command]
pub async fn set_person_reminders(
    shell: State<'_, Shell>,
    id: String,
    remind: bool,
) -> Answer<PersonView> {
    shell.change(|r, _| r.set_person_reminders(&id, remind))
}

#[tauri::command]
pub async fn remove_person(shell: State<'_, Shell>, id: String) -> Answer<()> {
    shell.change(|r, _| r.remove_person(&id))
}

#[tauri::command]
pub async fn add_person_holding(
    shell: State<'_, Shell>,
    person: String,
    input: HoldingInput,
) -> Answer<String> {
    shell.change(|r, c| r.add_person_holding(&person, &input, &c))
}

#[tauri::command]
pub async fn update_person_holding(
    shell: State<'_, Shell>,
    person: String,
    id: String,
    input: HoldingInput,
) -> Answer<()> {
    shell.change(|r, c| r.update_person_holding(&person, &id, &input, &c))
}

#[tauri::command]
pub async fn remove_person_holding(
    shell: State<'_, Shell>,
    person: String,
    id: String,
) -> Answer<()> {
    shell.change(|r, _| r.remove_person_holding(&person, &id))
}

#[tauri::command]
pub async fn set_person_link(
    shell: State<'_, Shell>,
    id: String,
    link: String,
) -> Answer<PersonView> {
    shell.change(|r, _| r.set_person_link(&id, &link))
}

/// Fetches a person's shared transcript (their saved link) and previews what it changes, with the
/// transcript as its plan. One of "Refresh all"'s steps.
#[tauri::command]
pub async fn preview_person_transcript(
    shell: State<'_, Shell>,
    id: String,
) -> Answer<Planned<TranscriptPreview>> {
    let share = shell.run(|r, _| {
        learn_transcript::share_id(&r.person_link(&id)?)
            .map_err(|p| Failure::invalid("transcript_link", p))
    })?;
    let bytes = match super::learn::fetch_transcript(&share).await {
        Ok(bytes) => bytes,
        Err(f) => return shell.fail(f),
    };
    shell.run(|r, c| {
        Planned::of(
            r.person_transcript_preview(&id, &learn_transcript::parse(&bytes)?, &c)?,
            &bytes,
        )
    })
}

/// Imports the previewed transcript (`plan`) into the person's certifications, in one write.
#[tauri::command]
pub async fn apply_person_transcript(
    shell: State<'_, Shell>,
    id: String,
    plan: String,
) -> Answer<TranscriptPreview> {
    shell.change(|r, c| {
        r.person_transcript_apply(&id, &learn_transcript::parse(plan.as_bytes())?, &c)
    })
}

#[tauri::command]
pub async fn holding_reasons(shell: State<'_, Shell>, id: String) -> Answer<Vec<ReasonView>> {
    shell.run(|r, c| r.holding_reasons(&id, &c))
}

#[tauri::command]
pub async fn remove_holding(shell: State<'_, Shell>, id: String) -> Answer<()> {
    shell.change(|r, _| r.remove_holding(&id))
}

#[tauri::command]
pub async fn preview_renewal(
    shell: State<'_, Shell>,
    id: String,
    on: String,
    evidence: RenewalEvidence,
) -> Answer<RenewalPreview> {
    shell.run(|r, c| r.preview_renewal(&id, &on, evidence, c.today))
}

#[tauri::command]
pub async fn record_renewal(
    shell: State<'_, Shell>,
    id: String,
    on: String,
    evidence: RenewalEvidence,
) -> Answer<HoldingView> {
    shell.change(|r, c| r.record_renewal(&id, &on, evidence, &c))
}

#[tauri::command]
pub async fn record_failed_attempt(shell: State<'_, Shell>, id: String) -> Answer<HoldingView> {
    shell.change(|r, c| r.record_failed_attempt(&id, &c))
}

#[tauri::command]
pub async fn get_profiles(shell: State<'_, Shell>) -> Answer<ProfilesView> {
    shell.run(|r, c| r.profiles_view(c.locale))
}

#[tauri::command]
pub async fn save_certification_profile(
    shell: State<'_, Shell>,
    input: CertificationProfileInput,
) -> Answer<ProfilesView> {
    shell.change(|r, c| r.save_certification_profile(&input, c.locale))
}

#[tauri::command]
pub async fn save_learn_profile(
    shell: State<'_, Shell>,
    input: LearnProfileInput,
) -> Answer<ProfilesView> {
    shell.change(|r, c| r.save_learn_profile(&input, c.locale))
}

#[tauri::command]
pub async fn set_several_profiles(shell: State<'_, Shell>, several: bool) -> Answer<ProfilesView> {
    shell.change(|r, c| r.set_several_profiles(several, c.locale))
}

#[tauri::command]
pub async fn connect_profiles(shell: State<'_, Shell>, confirmed: bool) -> Answer<ProfilesView> {
    shell.change(|r, c| r.connect_profiles(confirmed, &c))
}

#[tauri::command]
pub async fn get_settings(shell: State<'_, Shell>) -> Answer<Settings> {
    shell.run(|r, _| r.settings())
}

#[tauri::command]
pub async fn set_settings(shell: State<'_, Shell>, settings: Settings) -> Answer<Settings> {
    shell.change(|r, _| r.set_settings(&settings))
}

#[tauri::command]
pub async fn open_link(app: AppHandle, shell: State<'_, Shell>, url: String) -> Answer<()> {
    shell.run(|_, _| {
        if !links::allowed(&url) {
            return Err(Failure::invalid(
                "(link)",
                Problem::LinkNotAllowed { value: url.chars().take(200).collect() },
            ));
        }
        Ok(())
    })?;
    app.opener().open_url(&url, None::<&str>).or_else(|e| {
        let value = url.chars().take(200).collect();
        let problem = ShellProblem::CannotOpenLink { value, detail: e.to_string() };
        shell.fail_shell(ShellFailure::new(ErrorKind::Io, problem))
    })
}

fn io_failure(file: &std::path::Path, e: impl std::fmt::Display, writing: bool) -> Failure {
    let (file, detail) = (file.display().to_string(), e.to_string());
    Failure::new(
        ErrorKind::Io,
        if writing {
            Problem::CannotWrite { file, detail }
        } else {
            Problem::CannotRead { file, detail }
        },
    )
}

/// Asks for a JSON file (blocking: only from async commands, which run off the main thread).
fn pick_json(app: &AppHandle) -> Option<tauri_plugin_dialog::FilePath> {
    app.dialog().file().add_filter("JSON", &["json"]).blocking_pick_file()
}

/// The picked file, measured before it is read (no larger than `max`).
fn read_picked(picked: tauri_plugin_dialog::FilePath, max: usize) -> Result<Vec<u8>, Failure> {
    let path = picked.into_path().map_err(|e| io_failure(std::path::Path::new("?"), e, false))?;
    recert_core::files::read_bounded(&path, max)
}

/// Asks where to save `name`, then writes what `produce` makes; `None` when the user cancels.
/// Blocking dialog: only from async commands, which run off the main thread.
fn save_as(
    app: &AppHandle,
    shell: &Shell,
    name: &str,
    filter: (&str, &[&str]),
    produce: impl FnOnce(&mut recert_core::Recert, recert_core::Ctx) -> Result<String, Failure>,
) -> Answer<Option<String>> {
    let Some(picked) =
        app.dialog().file().add_filter(filter.0, filter.1).set_file_name(name).blocking_save_file()
    else {
        return Ok(None);
    };
    shell.run(|r, c| {
        let path =
            picked.into_path().map_err(|e| io_failure(std::path::Path::new(name), e, true))?;
        let text = produce(r, c)?;
        recert_core::files::write_private(&path, text.as_bytes())
            .map_err(|e| io_failure(&path, e, true))?;
        Ok(Some(path.display().to_string()))
    })
}

/// Asks where to save, then writes the export file. `None` when the user cancels.
#[tauri::command]
pub async fn export_data(app: AppHandle, shell: State<'_, Shell>) -> Answer<Option<String>> {
    let name = format!("recert-data-{}.json", shell.clock.today());
    save_as(&app, &shell, &name, ("JSON", &["json"]), |r, c| r.export(c.now))
}

/// The calendar file (.ics) of windows, deadlines and booked exams.
#[tauri::command]
pub async fn export_calendar(app: AppHandle, shell: State<'_, Shell>) -> Answer<Option<String>> {
    save_as(&app, &shell, "recert.ics", ("iCalendar", &["ics"]), |r, c| r.calendar(&c))
}

#[tauri::command]
pub async fn export_transcript_csv(
    app: AppHandle,
    shell: State<'_, Shell>,
) -> Answer<Option<String>> {
    let name = format!("recert-transcript-{}.csv", shell.clock.today());
    save_as(&app, &shell, &name, ("CSV", &["csv"]), |r, c| r.transcript_csv(&c))
}

/// The team's status as CSV, for a spreadsheet.
#[tauri::command]
pub async fn export_team_csv(app: AppHandle, shell: State<'_, Shell>) -> Answer<Option<String>> {
    let name = format!("recert-team-{}.csv", shell.clock.today());
    save_as(&app, &shell, &name, ("CSV", &["csv"]), |r, c| r.team_csv(&c))
}

/// Everyone's last days to renew in one calendar.
#[tauri::command]
pub async fn export_team_calendar(
    app: AppHandle,
    shell: State<'_, Shell>,
) -> Answer<Option<String>> {
    save_as(&app, &shell, "recert-team.ics", ("iCalendar", &["ics"]), |r, c| {
        r.calendar_for(CalendarScope::Team, &c)
    })
}

/// Opens the system print dialog for the page shown (the transcript prints to paper or PDF).
#[tauri::command]
pub async fn print_page(window: tauri::WebviewWindow, shell: State<'_, Shell>) -> Answer<()> {
    window.print().or_else(|e| {
        let problem = ShellProblem::CannotPrint { detail: e.to_string() };
        shell.fail_shell(ShellFailure::new(ErrorKind::Io, problem))
    })
}

#[tauri::command]
pub async fn browse_catalog(shell: State<'_, Shell>, filter: BrowseFilter) -> Answer<BrowseResult> {
    shell.run(|r, c| Ok(r.browse_catalog(&filter, &c)))
}

#[tauri::command]
pub async fn get_certification_page(
    shell: State<'_, Shell>,
    uid: String,
) -> Answer<CertificationPage> {
    shell.run(|r, c| r.certification_page(&uid, &c))
}

#[tauri::command]
pub async fn get_plans(shell: State<'_, Shell>) -> Answer<Vec<PlanView>> {
    shell.run(|r, c| r.plans_view(&c))
}

#[tauri::command]
pub async fn start_plan(shell: State<'_, Shell>, certification: String) -> Answer<PlanView> {
    shell.change(|r, c| r.start_plan(&certification, &c))
}

#[tauri::command]
pub async fn remove_plan(shell: State<'_, Shell>, id: String) -> Answer<()> {
    shell.change(|r, _| r.remove_plan(&id))
}

#[tauri::command]
pub async fn book_exam(
    shell: State<'_, Shell>,
    plan_id: String,
    input: BookingInput,
) -> Answer<PlanView> {
    shell.change(|r, c| r.book_exam(&plan_id, &input, &c))
}

#[tauri::command]
pub async fn cancel_booking(
    shell: State<'_, Shell>,
    plan_id: String,
    exam: String,
) -> Answer<PlanView> {
    shell.change(|r, c| r.cancel_booking(&plan_id, &exam, &c))
}

#[tauri::command]
pub async fn record_exam_result(
    shell: State<'_, Shell>,
    plan_id: String,
    input: ResultInput,
) -> Answer<ResultOutcome> {
    shell.change(|r, c| r.record_exam_result(&plan_id, &input, &c))
}

#[tauri::command]
pub async fn get_timeline(shell: State<'_, Shell>) -> Answer<Timeline> {
    shell.run(|r, c| r.timeline(&c))
}

#[tauri::command]
pub async fn get_transcript(shell: State<'_, Shell>) -> Answer<Transcript> {
    shell.run(|r, c| r.transcript(&c))
}

/// Asks for a file, validates it and returns what importing it would change, with the file as its
/// plan; nothing is written.
#[tauri::command]
pub async fn import_data_preview(
    app: AppHandle,
    shell: State<'_, Shell>,
) -> Answer<Option<Planned<ImportPreview>>> {
    let Some(picked) = pick_json(&app) else {
        return Ok(None);
    };
    shell.run(|r, c| {
        let bytes = read_picked(picked, recert_core::backup::MAX_FILE_BYTES)?;
        Planned::of(r.import_preview(&bytes, c.today)?, &bytes).map(Some)
    })
}

/// Applies a previewed import (`plan`, checked again): all or nothing.
#[tauri::command]
pub async fn import_data_apply(shell: State<'_, Shell>, plan: String) -> Answer<ImportPreview> {
    shell.change(|r, c| r.import_apply(plan.as_bytes(), c.today))
}

#[tauri::command]
pub async fn import_catalog(
    app: AppHandle,
    shell: State<'_, Shell>,
) -> Answer<Option<CatalogInfo>> {
    let Some(picked) = pick_json(&app) else {
        return Ok(None);
    };
    shell.run(|r, _| {
        r.import_catalog(&read_picked(picked, recert_core::catalog::MAX_IMPORT_BYTES)?).map(Some)
    })
}

/// "Check Microsoft Learn for catalog changes": what Microsoft's catalog would change, read with
/// the store closed.
#[tauri::command]
pub async fn check_catalog(shell: State<'_, Shell>) -> Answer<CatalogChanges> {
    let fetched = super::learn::fetch_catalog().await;
    shell.run(|r, c| r.catalog_check(fetched, c.today))
}

/// Applies Microsoft's catalog, read again, when it changes exactly what the user was shown.
#[tauri::command]
pub async fn apply_catalog(
    shell: State<'_, Shell>,
    expected: CatalogChanges,
) -> Answer<CatalogInfo> {
    let fetched = super::learn::fetch_catalog().await;
    shell.change(|r, c| r.catalog_apply(fetched, &expected, c.today))
}

#[tauri::command]
pub async fn set_paused(shell: State<'_, Shell>, paused: bool) -> Answer<()> {
    shell.change(|r, c| r.set_paused(paused, c.now))
}

#[tauri::command]
pub async fn set_muted(shell: State<'_, Shell>, id: String, muted: bool) -> Answer<()> {
    shell.change(|r, _| r.set_muted(&id, muted))
}

/// Turns start-at-login on or off (the OS entry first, then the setting).
#[tauri::command]
pub async fn set_autostart(
    app: AppHandle,
    shell: State<'_, Shell>,
    enabled: bool,
) -> Answer<Settings> {
    let launcher = app.autolaunch();
    let done = if enabled { launcher.enable() } else { launcher.disable() };
    let done = done.map_err(|e| e.to_string());
    // Windows: the plugin's entry is unquoted and breaks on a path with a space; written again.
    #[cfg(windows)]
    let done = done.and_then(|()| {
        if !enabled {
            return Ok(());
        }
        let program = std::env::current_exe().map_err(|e| e.to_string())?;
        let name = &app.package_info().name;
        recert_desktop::autostart::write_run_entry(name, &program, &super::AUTOSTART_ARGS)
            .map_err(|e| e.to_string())
    });
    if let Err(e) = done {
        let problem = ShellProblem::Autostart { detail: e };
        return shell.fail_shell(ShellFailure::new(ErrorKind::Io, problem));
    }
    shell.change(|r, _| r.record_autostart(enabled))
}

/// The tray menu as last applied (a test hook, and what the UI's reminder list mirrors).
#[tauri::command]
pub async fn get_tray_model(app: AppHandle) -> Answer<Option<TrayModel>> {
    Ok(app.try_state::<Tray>().and_then(|t| lock(&t.model).clone()))
}

/// Reminders that could not be shown as notifications, for the in-app banner.
#[tauri::command]
pub async fn take_banners(shell: State<'_, Shell>) -> Answer<Vec<Notice>> {
    Ok(shell.take_banners())
}

/// The certification a notification or the tray asked to show, once.
#[tauri::command]
pub async fn take_focus_request(shell: State<'_, Shell>) -> Answer<Option<Focus>> {
    Ok(lock(&shell.focus_request).take())
}

#[tauri::command]
pub async fn list_backups(shell: State<'_, Shell>) -> Answer<Vec<BackupInfo>> {
    shell.run(|r, c| Ok(r.backups(c.today)))
}

/// Reads one automatic backup and previews restoring it; `import_data_apply` then applies it.
#[tauri::command]
pub async fn preview_backup(
    shell: State<'_, Shell>,
    file: String,
) -> Answer<Planned<ImportPreview>> {
    shell.run(|r, c| {
        let bytes = r.backup_bytes(&file)?;
        Planned::of(r.import_preview(&bytes, c.today)?, &bytes)
    })
}

/// The page says whether it holds unsaved input (an open form with changes).
#[tauri::command]
pub async fn set_unsaved(shell: State<'_, Shell>, unsaved: bool) -> Answer<()> {
    shell.set_unsaved(unsaved);
    Ok(())
}

/// Closes the window after the page asked the user about unsaved input.
#[tauri::command]
pub async fn close_window(app: AppHandle, shell: State<'_, Shell>) -> Answer<()> {
    shell.set_unsaved(false);
    super::window::close(&app);
    Ok(())
}

/// What "Delete all my data" would remove, for its confirmation.
#[tauri::command]
pub async fn forget_preview(shell: State<'_, Shell>) -> Answer<ForgetPreview> {
    shell.run(|r, _| r.forget_preview())
}

/// Deletes the store, its backups and set-aside databases once the user confirmed.
#[tauri::command]
pub async fn forget_all(shell: State<'_, Shell>, confirmed: bool) -> Answer<()> {
    shell.forget(confirmed)
}

/// Recovery screen: keep the damaged database aside and restore this backup.
#[tauri::command]
pub async fn recovery_restore(shell: State<'_, Shell>, file: String) -> Answer<()> {
    shell.recover(|dir, c| recovery::restore(dir, &file, &c))
}

/// Recovery screen: keep the damaged database aside and start with an empty one.
#[tauri::command]
pub async fn recovery_start_fresh(shell: State<'_, Shell>) -> Answer<()> {
    shell.recover(|dir, c| recovery::start_fresh(dir, c.now))
}

/// Recovery screen: try the same database again (another process may have let go of it).
#[tauri::command]
pub async fn recovery_retry(shell: State<'_, Shell>) -> Answer<()> {
    shell.recover(|dir, _| recovery::open_checked(dir).map_err(Failure::from))
}

/// The UI's first screen is on the glass. With `RECERT_STARTUP_PROBE` set, says so on stdout:
/// the start-up benchmark (scripts/bench.sh) times launch to this line, and the bare Tauri
/// window it compares against prints the same line at the same moment.
/// Also starts the reminder loop's first pass (it waits for this, or a few seconds).
#[tauri::command]
pub async fn report_painted(shell: State<'_, Shell>, marks: Vec<PageMark>) -> Answer<()> {
    for m in marks.iter().take(16) {
        super::probe::mark(&format!(
            "page: {} at {:.0} ms after navigation start",
            m.what.chars().take(40).collect::<String>(),
            m.at_ms
        ));
    }
    super::probe::painted();
    shell.wake();
    Ok(())
}

/// Asks the update server for a newer Recert (only with updates turned on).
#[tauri::command]
pub async fn check_for_update(
    app: AppHandle,
    shell: State<'_, Shell>,
    pending: State<'_, Pending>,
) -> Answer<UpdateStatus> {
    shell.run(|r, _| r.updates_allowed())?;
    updates::check(&app, &updates::Target::from_env(), &pending)
        .await
        .or_else(|f| shell.fail_shell(f))
}

/// Downloads, verifies and installs the update the last check found, then restarts Recert.
#[tauri::command]
pub async fn install_update(
    app: AppHandle,
    shell: State<'_, Shell>,
    pending: State<'_, Pending>,
) -> Answer<()> {
    shell.run(|r, _| r.updates_allowed())?;
    updates::install(&pending).await.or_else(|f| shell.fail_shell(f))?;
    app.restart()
}

/// Fetches the shared Learn transcript whose link the user pasted and previews its import.
#[tauri::command]
pub async fn preview_transcript_link(
    shell: State<'_, Shell>,
    link: String,
) -> Answer<Planned<TranscriptPreview>> {
    let id = shell.run(|_, _| {
        learn_transcript::share_id(&link).map_err(|p| Failure::invalid("transcript_link", p))
    })?;
    match super::learn::fetch_transcript(&id).await {
        Ok(bytes) => preview_transcript(&shell, &bytes),
        Err(f) => shell.fail(f),
    }
}

/// Asks for a saved copy of a transcript's JSON and previews its import; `None` when cancelled.
#[tauri::command]
pub async fn preview_transcript_file(
    app: AppHandle,
    shell: State<'_, Shell>,
) -> Answer<Option<Planned<TranscriptPreview>>> {
    let Some(picked) = pick_json(&app) else {
        return Ok(None);
    };
    let bytes = shell.run(|_, _| {
        let path =
            picked.into_path().map_err(|e| io_failure(std::path::Path::new("?"), e, false))?;
        super::learn::read_saved(&path)
    })?;
    preview_transcript(&shell, &bytes).map(Some)
}

fn preview_transcript(shell: &Shell, bytes: &[u8]) -> Answer<Planned<TranscriptPreview>> {
    shell
        .run(|r, c| Planned::of(r.transcript_preview(&learn_transcript::parse(bytes)?, &c)?, bytes))
}

/// Imports a previewed transcript (`plan`) in one write; `fill_profile`: its MCID and legal name
/// too; `link`: the share link it was read from, kept for "Keep in step with Microsoft Learn".
#[tauri::command]
pub async fn apply_transcript(
    shell: State<'_, Shell>,
    plan: String,
    link: Option<String>,
    fill_profile: bool,
) -> Answer<TranscriptPreview> {
    shell.change(|r, c| {
        let preview =
            r.transcript_apply(&learn_transcript::parse(plan.as_bytes())?, &c, fill_profile)?;
        if let Some(link) = link {
            r.set_own_link(&link)?;
        }
        Ok(preview)
    })
}

/// "Keep in step with Microsoft Learn": each transcript link, when it was last read and what it
/// changed.
#[tauri::command]
pub async fn get_sync(shell: State<'_, Shell>) -> Answer<SyncView> {
    shell.run(|r, c| r.sync_view(c.today))
}

/// Turns reading the links by itself on or off (the reminder loop does the reading).
#[tauri::command]
pub async fn set_sync(shell: State<'_, Shell>, on: bool) -> Answer<SyncView> {
    shell.change(|r, c| {
        r.set_sync(on)?;
        r.sync_view(c.today)
    })
}

/// The user's own share link, typed in Settings (empty: forget it).
#[tauri::command]
pub async fn set_own_link(shell: State<'_, Shell>, link: String) -> Answer<SyncView> {
    shell.change(|r, c| {
        r.set_own_link(&link)?;
        r.sync_view(c.today)
    })
}

/// "Read now": every link, whatever its schedule; the store is closed while Learn answers.
#[tauri::command]
pub async fn sync_now(shell: State<'_, Shell>) -> Answer<SyncView> {
    super::sync::read(&shell, true).await;
    shell.run(|r, c| r.sync_view(c.today))
}
