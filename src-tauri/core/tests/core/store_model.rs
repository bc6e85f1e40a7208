//! The store against a model (proptest-state-machine): random sequences of what users and Recert's
//! processes do — add, remove, people and theirs, a transcript import for the user and for a
//! person, a read of the user's link by "Keep in step with Microsoft Learn", restore on a new
//! machine, re-import of an export, the daily backup, the tray process's pass (its backup and
//! reminders, on a handle of its own after the app handed back), two processes adding at once (each
//! waits for the other's lock), "Delete all my data", closing and reopening — each checked against a plain model of what the user has. After
//! every step: nothing acknowledged is lost, no id is used twice, and what the store holds exports
//! and imports back unchanged; after `forget`, nothing of the data is left in the folder.
//!
//! Budget: `RECERT_MODEL_CASES` sequences (24 in the test command; `scripts/model-test.sh` runs
//! more). A failing sequence is shrunk and its seed kept in `proptest-regressions/`, so it runs
//! again first, every time.

use chrono::NaiveDate;
use proptest::prelude::*;
use proptest::test_runner::Config;
use proptest_state_machine::{prop_state_machine, ReferenceStateMachine, StateMachineTest};
use recert_core::learn_transcript;
use recert_core::service::HoldingInput;
use recert_core::Ctx;
use recert_core::{Locale, Recert};
use std::collections::BTreeSet;
use std::path::PathBuf;

/// Certifications added with the form (none of them in the transcript below).
const FORM: [&str; 3] = [
    "certification.azure-administrator",
    "certification.azure-network-engineer-associate",
    "certification.azure-database-administrator-associate",
];
/// What `applied-skills.json` brings, as the store keys it.
const TRANSCRIPT: [(&str, &str); 3] = [
    ("certification.azure-fundamentals", "2020-05-02"),
    ("Microsoft Applied Skills: Deploy and configure Azure Monitor", "2025-10-02"),
    ("Microsoft Applied Skills: Create agents in Microsoft Copilot Studio", "2026-02-20"),
];
const NAMES: [&str; 3] = ["Ana", "Bo", "Carla Núñez"];
const LINK: &str = "https://learn.microsoft.com/en-us/users/ana-lima/transcript/d8yjji2ozk7y3jp";

fn today() -> NaiveDate {
    recert_core::date::parse_date("2026-12-06").expect("date")
}

fn now() -> chrono::DateTime<chrono::Utc> {
    recert_core::date::start_of_day_utc(today())
}

fn ctx(locale: Locale) -> Ctx {
    Ctx::new(today(), now(), locale)
}

/// A certification as the model sees it: what it is and when it was earned.
type Key = (String, NaiveDate);

#[derive(Clone, Debug, Default)]
struct Model {
    mine: Vec<Key>,
    people: Vec<(String, Vec<Key>)>,
    /// Daily backups written since the last `forget` (one per simulated day).
    day: u32,
}

impl Model {
    fn sorted(keys: &[Key]) -> Vec<Key> {
        let mut k = keys.to_vec();
        k.sort();
        k
    }

    /// The transcript adds what is not there yet (matched by what it is).
    fn transcript_into(keys: &mut Vec<Key>) {
        for (what, day) in TRANSCRIPT {
            if !keys.iter().any(|(k, _)| k == what) {
                keys.push((what.to_owned(), recert_core::date::parse_date(day).expect("date")));
            }
        }
    }
}

#[derive(Clone, Debug)]
enum Op {
    Add {
        cert: usize,
        days_ago: u32,
    },
    Remove {
        at: usize,
    },
    AddPerson {
        name: usize,
    },
    PersonAdd {
        person: usize,
        cert: usize,
        days_ago: u32,
    },
    RemovePerson {
        at: usize,
    },
    Transcript,
    /// "Keep in step with Microsoft Learn" reading the user's link (the same transcript).
    SyncMine,
    PersonTranscript {
        person: usize,
    },
    /// Export, then import into a new, empty data folder: a new machine.
    Restore,
    /// Import the store's own export: nothing changes.
    Reimport,
    Backup,
    /// The app hands back; the tray process opens the store, runs its pass (the day's backup,
    /// what is due, delivered and recorded), closes it; the app opens it again.
    TrayPass,
    /// The app hands back; two processes (the CLI, the tray) each open the store and add a
    /// certification at the same moment; whoever comes second waits for the first.
    TwoProcesses {
        certs: (usize, usize),
        days_ago: (u32, u32),
    },
    Forget,
    Reopen,
}

fn earned(days_ago: u32) -> NaiveDate {
    today() - chrono::Days::new(u64::from(days_ago))
}

struct Reference;

impl ReferenceStateMachine for Reference {
    type State = Model;
    type Transition = Op;

    fn init_state() -> BoxedStrategy<Model> {
        Just(Model::default()).boxed()
    }

    fn transitions(state: &Model) -> BoxedStrategy<Op> {
        let people = state.people.len().max(1);
        let mine = state.mine.len().max(1);
        prop_oneof![
            4 => (0..FORM.len(), 0u32..300).prop_map(|(cert, days_ago)| Op::Add { cert, days_ago }),
            2 => (0..mine).prop_map(|at| Op::Remove { at }),
            2 => (0..NAMES.len()).prop_map(|name| Op::AddPerson { name }),
            3 => (0..people, 0..FORM.len(), 0u32..300).prop_map(|(person, cert, days_ago)| Op::PersonAdd { person, cert, days_ago }),
            1 => (0..people).prop_map(|at| Op::RemovePerson { at }),
            2 => Just(Op::Transcript),
            1 => Just(Op::SyncMine),
            1 => (0..people).prop_map(|person| Op::PersonTranscript { person }),
            2 => Just(Op::Restore),
            1 => Just(Op::Reimport),
            2 => Just(Op::Backup),
            1 => Just(Op::TrayPass),
            1 => ((0..FORM.len(), 0..FORM.len()), (0u32..300, 0u32..300)).prop_map(|(certs, days_ago)| Op::TwoProcesses { certs, days_ago }),
            1 => Just(Op::Forget),
            1 => Just(Op::Reopen),
        ]
        .boxed()
    }

    fn preconditions(state: &Model, op: &Op) -> bool {
        match op {
            Op::Remove { at } => *at < state.mine.len(),
            Op::PersonAdd { person, .. } | Op::PersonTranscript { person } => {
                *person < state.people.len()
            }
            Op::RemovePerson { at } => *at < state.people.len(),
            _ => true,
        }
    }

    fn apply(mut state: Model, op: &Op) -> Model {
        match op {
            Op::Add { cert, days_ago } => {
                state.mine.push((FORM[*cert].to_owned(), earned(*days_ago)))
            }
            Op::Remove { at } => {
                let key = Model::sorted(&state.mine)[*at].clone();
                let i = state.mine.iter().position(|k| *k == key).expect("there");
                state.mine.remove(i);
            }
            // A name already followed is refused: names tell people apart.
            Op::AddPerson { name } if state.people.iter().any(|(n, _)| n == NAMES[*name]) => {}
            Op::AddPerson { name } => state.people.push((NAMES[*name].to_owned(), Vec::new())),
            Op::PersonAdd { person, cert, days_ago } => {
                state.people[*person].1.push((FORM[*cert].to_owned(), earned(*days_ago)))
            }
            Op::RemovePerson { at } => {
                state.people.remove(*at);
            }
            Op::Transcript | Op::SyncMine => Model::transcript_into(&mut state.mine),
            Op::PersonTranscript { person } => Model::transcript_into(&mut state.people[*person].1),
            Op::Backup | Op::TrayPass => state.day += 1,
            Op::TwoProcesses { certs, days_ago } => {
                state.mine.push((FORM[certs.0].to_owned(), earned(days_ago.0)));
                state.mine.push((FORM[certs.1].to_owned(), earned(days_ago.1)));
            }
            Op::Forget => state = Model::default(),
            Op::Restore | Op::Reimport | Op::Reopen => {}
        }
        state
    }
}

/// The store under test, in a data folder of its own (a new one at each restore), and the ids of
/// the people in the model's order (a person's id is Recert's; the model knows them by place).
struct Sut {
    root: tempfile::TempDir,
    folders: usize,
    dir: PathBuf,
    app: Option<Recert>,
    people: Vec<String>,
}

impl Sut {
    fn app(&self) -> &Recert {
        self.app.as_ref().expect("open")
    }

    fn key(h: &recert_core::model::HoldingRecord) -> Key {
        (
            h.certification.clone().or_else(|| h.custom_title.clone()).expect("named"),
            h.earned_on.expect("dated"),
        )
    }

    fn export(&self) -> Vec<u8> {
        self.app().export(now()).expect("export").into_bytes()
    }

    fn fixture() -> String {
        format!(
            "{}/../../tests/integration/fixtures/transcripts/applied-skills.json",
            env!("CARGO_MANIFEST_DIR")
        )
    }

    /// The store's backup for `day`, checked to hold exactly what the store holds.
    fn check_backup(&self, path: Option<PathBuf>, day: NaiveDate) {
        if let Some(path) = path {
            let bytes = std::fs::read(path).expect("read");
            assert_eq!(
                self.app().import_preview(&bytes, day).expect("the backup imports").changes,
                0,
                "a backup holds exactly the store"
            );
        }
    }

    /// Runs `work` on a handle of another process's own, while the app's is closed.
    fn handed_back(&mut self, work: impl FnOnce(&std::path::Path)) {
        self.app = None;
        work(&self.dir);
        self.app = Some(Recert::open(&self.dir).expect("the app opens it again"));
    }

    fn transcript() -> learn_transcript::LearnTranscript {
        learn_transcript::parse(&std::fs::read(Sut::fixture()).expect("fixture")).expect("parses")
    }
}

struct StoreMachine;

impl StateMachineTest for StoreMachine {
    type SystemUnderTest = Sut;
    type Reference = Reference;

    fn init_test(_: &Model) -> Sut {
        let root = tempfile::tempdir().expect("temp dir");
        let dir = root.path().join("data-0");
        let app = Some(Recert::open(&dir).expect("open"));
        Sut { root, folders: 0, dir, app, people: Vec::new() }
    }

    fn apply(mut sut: Sut, model: &Model, op: Op) -> Sut {
        let input = |cert: usize, days_ago: u32| HoldingInput {
            certification: Some(FORM[cert].into()),
            earned_on: earned(days_ago).to_string(),
            ..HoldingInput::default()
        };
        match op {
            Op::Add { cert, days_ago } => {
                sut.app().add_holding(&input(cert, days_ago), &ctx(Locale::En)).expect("added");
            }
            Op::Remove { at } => {
                let mut held = sut.app().store().holdings().expect("holdings");
                held.sort_by_key(Sut::key);
                assert!(sut.app().remove_holding(&held[at].id).is_ok());
            }
            Op::AddPerson { name } => match sut.app().add_person(NAMES[name]) {
                Ok(person) => sut.people.push(person.id),
                Err(e) => {
                    assert!(matches!(e.problem, recert_core::Problem::NameTaken { .. }), "{e:?}");
                    assert_eq!(
                        sut.people.len(),
                        model.people.len(),
                        "refused only when the model has the name"
                    );
                }
            },
            Op::PersonAdd { person, cert, days_ago } => {
                sut.app()
                    .add_person_holding(
                        &sut.people[person],
                        &input(cert, days_ago),
                        &ctx(Locale::En),
                    )
                    .expect("added");
            }
            Op::RemovePerson { at } => {
                let id = sut.people.remove(at);
                assert!(sut.app().remove_person(&id).is_ok());
            }
            Op::Transcript => {
                sut.app()
                    .transcript_apply(
                        &Sut::transcript(),
                        &Ctx::new(
                            today(),
                            recert_core::date::start_of_day_utc(today()),
                            Locale::En,
                        ),
                        false,
                    )
                    .expect("imported");
            }
            Op::SyncMine => {
                // The link is the user's setting: a forget clears it, so it is set again first.
                sut.app().set_own_link(LINK).expect("link");
                let bytes = std::fs::read(Sut::fixture()).expect("fixture");
                let out = sut
                    .app()
                    .sync_apply(recert_core::model::ME, Ok(bytes), &ctx(Locale::En))
                    .expect("read");
                assert!(matches!(out, recert_core::sync::SyncOutcome::Applied { .. }), "{out:?}");
            }
            Op::PersonTranscript { person } => {
                sut.app()
                    .person_transcript_apply(
                        &sut.people[person],
                        &Sut::transcript(),
                        &Ctx::new(
                            today(),
                            recert_core::date::start_of_day_utc(today()),
                            Locale::En,
                        ),
                    )
                    .expect("imported");
            }
            Op::Restore => {
                let bytes = sut.export();
                sut.folders += 1;
                sut.dir = sut.root.path().join(format!("data-{}", sut.folders));
                sut.app = Some(Recert::open(&sut.dir).expect("a new machine"));
                sut.app().import_preview(&bytes, today()).expect("preview");
                sut.app().import_apply(&bytes, today()).expect("restored");
            }
            Op::Reimport => {
                let bytes = sut.export();
                let preview =
                    sut.app().import_preview(&bytes, today()).expect("its own export imports");
                assert_eq!(preview.changes, 0, "{preview:?}");
                sut.app().import_apply(&bytes, today()).expect("applied");
            }
            Op::Backup => {
                let day = today() + chrono::Days::new(u64::from(model.day));
                let path = sut
                    .app()
                    .daily_backup(&Ctx::new(
                        day,
                        recert_core::date::start_of_day_utc(day),
                        Locale::En,
                    ))
                    .expect("backup");
                sut.check_backup(path, day);
            }
            Op::TrayPass => {
                let day = today() + chrono::Days::new(u64::from(model.day));
                let at = recert_core::date::start_of_day_utc(day);
                sut.handed_back(|dir| {
                    let tray = recert_core::recovery::open_checked(dir).expect("the tray opens it");
                    let pass = tray
                        .reminder_pass(
                            &Ctx {
                                now_local: at.naive_utc() + chrono::Duration::hours(9),
                                ..Ctx::new(day, at, Locale::En)
                            },
                            true,
                        )
                        .expect("the pass");
                    assert!(pass.backup_failure.is_none(), "{:?}", pass.backup_failure);
                });
                // The pass backs up whatever there is to keep (a team lead's people too).
                let path =
                    recert_core::recovery::backups_dir(&sut.dir).join(format!("recert-{day}.json"));
                assert_eq!(
                    path.exists(),
                    !model.mine.is_empty() || !model.people.is_empty(),
                    "the pass's backup"
                );
                sut.check_backup(path.exists().then_some(path), day);
            }
            Op::TwoProcesses { certs, days_ago } => sut.handed_back(|dir| {
                let start = std::sync::Barrier::new(2);
                std::thread::scope(|s| {
                    for (cert, days_ago) in [(certs.0, days_ago.0), (certs.1, days_ago.1)] {
                        let start = &start;
                        s.spawn(move || {
                            start.wait();
                            let other = Recert::open(dir).expect("opens once the other is done");
                            other
                                .add_holding(&input(cert, days_ago), &ctx(Locale::En))
                                .expect("added");
                        });
                    }
                });
            }),
            Op::Forget => {
                recert_core::forget::forget(&mut sut.app, true, true).expect("forgotten");
                sut.people.clear();
                let left: Vec<String> = std::fs::read_dir(&sut.dir)
                    .expect("list")
                    .flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect();
                assert!(
                    !left.iter().any(|n| n == "backups"
                        || n.starts_with("damaged-")
                        || n == recert_core::store::FORGOTTEN_DB),
                    "{left:?}"
                );
            }
            Op::Reopen => {
                sut.app = None;
                sut.app = Some(Recert::open(&sut.dir).expect("reopened"));
            }
        }
        sut
    }

    fn check_invariants(sut: &Sut, model: &Model) {
        let store = sut.app().store();
        // Nothing acknowledged is lost, nothing appears.
        let mine: Vec<Key> = store.holdings().expect("holdings").iter().map(Sut::key).collect();
        assert_eq!(Model::sorted(&mine), Model::sorted(&model.mine), "the user's own");
        let people = store.people().expect("people");
        let mut theirs: Vec<(String, Vec<Key>)> = people
            .iter()
            .map(|p| {
                (
                    p.name.clone(),
                    Model::sorted(&p.holdings.iter().map(Sut::key).collect::<Vec<_>>()),
                )
            })
            .collect();
        let mut expected: Vec<(String, Vec<Key>)> =
            model.people.iter().map(|(n, k)| (n.clone(), Model::sorted(k))).collect();
        theirs.sort();
        expected.sort();
        assert_eq!(theirs, expected, "the people and theirs");
        // No id is used twice, anywhere in the store.
        let mut ids = BTreeSet::new();
        let all = store
            .holdings()
            .expect("holdings")
            .into_iter()
            .map(|h| h.id)
            .chain(store.plans().expect("plans").into_iter().map(|p| p.id));
        let theirs_ids = people.iter().flat_map(|p| {
            std::iter::once(p.id.clone())
                .chain(p.holdings.iter().map(|h| h.id.clone()))
                .chain(p.plans.iter().map(|x| x.id.clone()))
        });
        for id in all.chain(theirs_ids) {
            assert!(ids.insert(id.clone()), "{id} used twice");
        }
        // What it holds exports and imports back unchanged.
        let bytes = sut.export();
        assert_eq!(
            sut.app().import_preview(&bytes, today()).expect("the export imports").changes,
            0
        );
    }
}

fn cases() -> u32 {
    std::env::var("RECERT_MODEL_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(24)
}

prop_state_machine! {
    #![proptest_config(Config { cases: cases(), max_shrink_iters: 2_000, ..Config::default() })]

    #[test]
    fn the_store_keeps_what_the_model_keeps(sequential 1..40 => StoreMachine);
}
