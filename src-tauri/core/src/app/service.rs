//! What the app can do, as plain functions over the store and the catalog. Tauri commands and
//! CLI subcommands call these; `today`/`now` are always passed in.

use crate::backup::{self, ImportPreview};
use crate::catalog::Catalog;
use crate::catalog_refresh::{self, CatalogChanges};
use crate::ctx::Ctx;
use crate::date::parse_date;
use crate::engine::{evaluate, preview_renewal, Field};
use crate::error::{ErrorKind, Failure, Outcome};
use crate::i18n::Catalogs;
use crate::kind::CertKind;
use crate::locale::Locale;
use crate::message::{Message, Problem, RenewalEvidence};
use crate::model::{AccountType, CertificationProfile, HoldingRecord, LearnProfile, Settings};
use crate::store::{CatalogSource, Store};
use crate::validate::{email_field, mcid_field, text_field};
use crate::views::{
    self, CatalogEntry, CatalogInfo, Dashboard, HoldingView, ProfilesView, ReasonView,
    RenewalPreview,
};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;
use std::path::Path;
use ts_rs::TS;

pub use crate::validate::{validate_settings, MAX_TEXT};

/// The add/edit form as the UI sends it: strings, so every mistake gets a translated message.
#[derive(Clone, Debug, Default, Deserialize, TS)]
#[ts(export)]
pub struct HoldingInput {
    pub certification: Option<String>,
    pub custom_title: Option<String>,
    pub kind: Option<String>,
    pub earned_on: String,
    /// The certificate's number (R22), optional.
    #[serde(default)]
    pub certification_number: Option<String>,
}

#[derive(Clone, Debug, Default, Deserialize, TS)]
#[ts(export)]
pub struct CertificationProfileInput {
    pub mcid: String,
    pub legal_name: String,
    pub contact_email: String,
    pub account_email: String,
}

#[derive(Clone, Debug, Deserialize, TS)]
#[ts(export)]
pub struct LearnProfileInput {
    pub sign_in_email: String,
    pub account_type: AccountType,
}

pub struct Recert {
    store: Store,
    catalog: Catalog,
    catalog_source: CatalogSource,
    pub catalogs: Catalogs,
    /// The team dashboard's evaluated rows (`people.rs`), valid for one store generation.
    pub(crate) team_cache: std::sync::Mutex<crate::people::TeamCache>,
}

fn date_field(field: &str, value: &str) -> Outcome<NaiveDate> {
    let v = value.trim();
    if v.is_empty() {
        return Err(Failure::invalid(field, Problem::Required));
    }
    parse_date(v).ok_or_else(|| Failure::invalid(field, Problem::NotADate { value: v.to_owned() }))
}

fn engine_failure(fp: crate::engine::FieldProblem) -> Failure {
    let field = match fp.field {
        Field::Kind => "kind",
        Field::EarnedOn => "earned_on",
        Field::RenewedOn(_) => "renewed_on",
        Field::FailedAttempt(_) => "assessment_attempts",
    };
    Failure::invalid(field, fp.problem)
}

impl Recert {
    pub fn open(dir: &Path) -> Outcome<Recert> {
        Ok(Recert::from_store(Store::open(dir)?)?)
    }

    pub fn from_store(store: Store) -> Result<Recert, crate::store::StoreError> {
        let (catalog, catalog_source) = store.catalog()?;
        Ok(Recert {
            store,
            catalog,
            catalog_source,
            catalogs: Catalogs::new(),
            team_cache: std::sync::Mutex::new(None),
        })
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn into_store(self) -> Store {
        self.store
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The language in use: the user's choice, else the OS's.
    pub fn locale(&self, os_tag: &str) -> Locale {
        self.store
            .settings()
            .ok()
            .and_then(|s| s.language)
            .unwrap_or_else(|| Locale::from_os_tag(os_tag))
    }

    fn record(&self, id: &str) -> Outcome<HoldingRecord> {
        self.store
            .holding(id)?
            .ok_or_else(|| Failure::new(ErrorKind::NotFound, Problem::HoldingNotFound))
    }

    /// Refuses a write that would take the store past `limits::MAX_RECORDS` records (holdings,
    /// plans, people and theirs): beyond it an export might not import back.
    pub(crate) fn room_for(&self, more: usize) -> Outcome<()> {
        if more == 0 {
            return Ok(());
        }
        let people: usize =
            self.store.people()?.iter().map(|p| 1 + p.holdings.len() + p.plans.len()).sum();
        let held = self.store.holdings()?.len() + self.store.plans()?.len() + people;
        if held + more > crate::limits::MAX_RECORDS {
            return Err(Failure::new(
                ErrorKind::Invalid,
                Problem::StoreFull { max: crate::limits::MAX_RECORDS as i64 },
            ));
        }
        Ok(())
    }

    pub(crate) fn offsets(&self) -> Outcome<Vec<u32>> {
        Ok(self.store.settings()?.reminder_offsets)
    }

    fn view(&self, record: &HoldingRecord, ctx: &Ctx) -> Outcome<HoldingView> {
        let Ctx { today, now, .. } = *ctx;
        let profiles = self.store.profiles()?;
        let ev = evaluate(&record.to_holding(&self.catalog), &self.offsets()?, today, now)
            .map_err(engine_failure)?;
        Ok(views::holding_view(record, ev, &self.catalog, ctx, profiles.connected_on.is_some()))
    }

    /// `records` (the user's or someone else's) in the dashboard's urgency order: the first `limit`
    /// (all when `None`), extended to include `focus`, as views, with every record's status for the
    /// counts. Every record is evaluated (cheap); only the listed ones get views.
    // The day, the instant and the language are what every view takes; the rest is the page.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn urgent_views(
        &self,
        records: &[HoldingRecord],
        ctx: &Ctx,
        connected: bool,
        limit: Option<usize>,
        focus: Option<&str>,
    ) -> Outcome<(Vec<HoldingView>, Vec<crate::engine::Status>)> {
        let Ctx { today, now, locale, .. } = *ctx;
        let offsets = self.offsets()?;
        let evaluated: Vec<_> = records
            .iter()
            .map(|r| evaluate(&r.to_holding(&self.catalog), &offsets, today, now))
            .collect();
        let keys: Vec<views::UrgencyKey> = records
            .iter()
            .zip(&evaluated)
            .map(|(r, ev)| match ev {
                Ok(ev) => views::UrgencyKey::of(
                    ev.status,
                    ev.can_renew_now,
                    ev.expires_on,
                    views::title_of(r, &self.catalog, locale).0,
                ),
                Err(_) => {
                    views::UrgencyKey::broken(r.kind, views::title_of(r, &self.catalog, locale).0)
                }
            })
            .collect();
        let mut order: Vec<usize> = (0..records.len()).collect();
        order.sort_by(|&a, &b| keys[a].cmp(&keys[b]));
        let mut take = limit.unwrap_or(records.len()).min(records.len());
        if let Some(pos) = focus.and_then(|f| order.iter().position(|&i| records[i].id == f)) {
            take = take.max(pos + 1);
        }
        let list = order[..take]
            .iter()
            .map(|&i| match &evaluated[i] {
                // A record that no longer evaluates (a catalog import retired it before its
                // renewal, say) still shows, with its problem as the reason, rather than vanishing.
                Ok(ev) => {
                    views::holding_view(&records[i], ev.clone(), &self.catalog, ctx, connected)
                }
                Err(_) => views::broken_view(&records[i], &self.catalog, ctx),
            })
            .collect();
        Ok((list, keys.into_iter().map(|k| k.status).collect()))
    }

    /// What a card's "Why?" shows, asked for when it is opened (the dashboard sends none).
    pub fn holding_reasons(&self, id: &str, ctx: &Ctx) -> Outcome<Vec<ReasonView>> {
        let Ctx { today, now, locale, .. } = *ctx;
        let record = self.record(id)?;
        let connected = self.store.profiles()?.connected_on.is_some();
        let evaluated = evaluate(&record.to_holding(&self.catalog), &self.offsets()?, today, now);
        Ok(views::reasons_of(
            evaluated.as_ref().map_err(|fp| &fp.problem),
            &self.catalogs,
            locale,
            connected,
        ))
    }

    pub fn dashboard(&self, ctx: &Ctx) -> Outcome<Dashboard> {
        self.dashboard_page(ctx, None, None)
    }

    /// The dashboard's first `limit` certifications in urgency order (all when `None`), extended
    /// to include `focus`, with counts over all of them. Every holding is evaluated (cheap); only
    /// the listed ones get their views built and their reasons translated, so a 10,000-holding
    /// store opens as fast as a small one.
    pub fn dashboard_page(
        &self,
        ctx: &Ctx,
        limit: Option<usize>,
        focus: Option<&str>,
    ) -> Outcome<Dashboard> {
        let Ctx { today, now, locale, .. } = *ctx;
        let records = self.store.holdings()?;
        let connected = self.store.profiles()?.connected_on.is_some();
        let (list, statuses) = self.urgent_views(&records, ctx, connected, limit, focus)?;
        Ok(Dashboard {
            today,
            locale,
            counts: views::counts_of(statuses.into_iter()),
            total: records.len() as u32,
            holdings: list,
            profiles_connected: connected,
            catalog: self.catalog_info(),
            paused_until: self.store.settings()?.paused_until.filter(|&until| until > now),
        })
    }

    pub fn catalog_info(&self) -> CatalogInfo {
        CatalogInfo {
            source: self.catalog_source,
            described_on: self.catalog.described_on,
            certifications: self.catalog.certifications.len() as u32,
            exams: self.catalog.exams.len() as u32,
        }
    }

    pub fn search_catalog(&self, query: &str, locale: Locale) -> Vec<CatalogEntry> {
        let q: String = query.chars().take(MAX_TEXT).collect();
        self.catalog
            .search(&q)
            .into_iter()
            .take(50)
            .map(|c| views::catalog_entry(c, &self.catalog, locale))
            .collect()
    }

    /// Validates the add/edit form into a record (renewals and attempts kept from `base`).
    pub(crate) fn holding_from_input(
        &self,
        id: String,
        input: &HoldingInput,
        base: Option<&HoldingRecord>,
        ctx: &Ctx,
    ) -> Outcome<HoldingRecord> {
        let Ctx { today, now, .. } = *ctx;
        let uid = input.certification.as_deref().map(str::trim).filter(|s| !s.is_empty());
        let (certification, custom_title, kind) = match uid {
            Some(uid) => {
                let cert = self.catalog.certification(uid).ok_or_else(|| {
                    Failure::invalid(
                        "certification",
                        Problem::UnknownCertification { value: uid.to_owned() },
                    )
                })?;
                (Some(cert.uid.clone()), None, cert.kind)
            }
            None => {
                let title = input.custom_title.as_deref().unwrap_or("");
                if title.trim().is_empty() {
                    return Err(Failure::invalid(
                        "certification",
                        Problem::NeedTitleOrCertification,
                    ));
                }
                let title = text_field("custom_title", title)?;
                let kind_text = input.kind.as_deref().map(str::trim).unwrap_or("");
                if kind_text.is_empty() {
                    return Err(Failure::invalid("kind", Problem::Required));
                }
                let kind = CertKind::parse(kind_text).ok_or_else(|| {
                    Failure::invalid("kind", Problem::UnknownKind { value: kind_text.to_owned() })
                })?;
                (None, Some(title), kind)
            }
        };
        let earned_on = if input.earned_on.trim().is_empty() && !kind.expires() {
            None
        } else {
            Some(date_field("earned_on", &input.earned_on)?)
        };
        let record = HoldingRecord {
            id,
            certification,
            custom_title,
            kind,
            earned_on,
            renewed_on: base.map(|b| b.renewed_on.clone()).unwrap_or_default(),
            failed_attempts: base.map(|b| b.failed_attempts.clone()).unwrap_or_default(),
            muted: base.is_some_and(|b| b.muted),
            microsoft_expires_on: base.and_then(|b| b.microsoft_expires_on),
            learn_status: base.and_then(|b| b.learn_status),
            certification_number: match input
                .certification_number
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
            {
                Some(n) => Some(text_field("certification_number", n)?),
                None => None,
            },
        };
        evaluate(&record.to_holding(&self.catalog), &self.offsets()?, today, now)
            .map_err(engine_failure)?;
        Ok(record)
    }

    pub fn add_holding(&self, input: &HoldingInput, ctx: &Ctx) -> Outcome<HoldingView> {
        // Validate before taking an id, so a refused form leaves no trace.
        self.holding_from_input(String::new(), input, None, ctx)?;
        self.room_for(1)?;
        let record = self.holding_from_input(self.store.new_id()?, input, None, ctx)?;
        self.store.put_holding(&record)?;
        self.view(&record, ctx)
    }

    pub fn update_holding(
        &self,
        id: &str,
        input: &HoldingInput,
        ctx: &Ctx,
    ) -> Outcome<HoldingView> {
        let base = self.record(id)?;
        let record = self.holding_from_input(base.id.clone(), input, Some(&base), ctx)?;
        self.store.put_holding(&record)?;
        self.view(&record, ctx)
    }

    pub fn remove_holding(&self, id: &str) -> Outcome<()> {
        if self.store.remove_holding(id)? {
            Ok(())
        } else {
            Err(Failure::new(ErrorKind::NotFound, Problem::HoldingNotFound))
        }
    }

    pub fn preview_renewal(
        &self,
        id: &str,
        on: &str,
        evidence: RenewalEvidence,
        today: NaiveDate,
    ) -> Outcome<RenewalPreview> {
        let record = self.record(id)?;
        let on = date_field("renewed_on", on)?;
        let (from, to) = preview_renewal(&record.to_holding(&self.catalog), evidence, on, today)
            .map_err(|p| Failure::invalid("renewed_on", p))?;
        Ok(RenewalPreview { from, to })
    }

    /// R5/R6: records a passed renewal assessment. The failed attempts of the closed window go.
    pub fn record_renewal(
        &self,
        id: &str,
        on: &str,
        evidence: RenewalEvidence,
        ctx: &Ctx,
    ) -> Outcome<HoldingView> {
        let Ctx { today, .. } = *ctx;
        self.preview_renewal(id, on, evidence, today)?;
        let mut record = self.record(id)?;
        record.renewed_on.push(date_field("renewed_on", on)?);
        record.renewed_on.sort_unstable();
        record.failed_attempts.clear();
        // The user's own record is newer than the transcript's expiry; a new import brings
        // Microsoft's again.
        record.microsoft_expires_on = None;
        self.store.put_holding(&record)?;
        self.view(&record, ctx)
    }

    /// R9: records a failed attempt at `now`, if an attempt is allowed now.
    pub fn record_failed_attempt(&self, id: &str, ctx: &Ctx) -> Outcome<HoldingView> {
        let Ctx { today, now, .. } = *ctx;
        let mut record = self.record(id)?;
        let before = evaluate(&record.to_holding(&self.catalog), &self.offsets()?, today, now)
            .map_err(engine_failure)?;
        if !before.can_renew_now {
            return Err(Failure::invalid("assessment_attempts", Problem::RenewalNotOpen));
        }
        if let Some(next) = before.next_attempt_at {
            return Err(Failure::invalid("assessment_attempts", Problem::AttemptNotYet { next }));
        }
        record.failed_attempts.push(now);
        evaluate(&record.to_holding(&self.catalog), &self.offsets()?, today, now)
            .map_err(engine_failure)?;
        self.store.put_holding(&record)?;
        self.view(&record, ctx)
    }

    pub fn profiles_view(&self, locale: Locale) -> Outcome<ProfilesView> {
        Ok(views::profiles_view(self.store.profiles()?, &self.catalogs, locale))
    }

    pub fn save_certification_profile(
        &self,
        input: &CertificationProfileInput,
        locale: Locale,
    ) -> Outcome<ProfilesView> {
        let mcid = input.mcid.trim();
        if mcid.is_empty() {
            return Err(Failure::invalid("mcid", Problem::Required));
        }
        mcid_field("mcid", mcid)?;
        let profile = CertificationProfile {
            mcid: mcid.to_owned(),
            legal_name: text_field("legal_name", &input.legal_name)?,
            contact_email: email_field("contact_email", &input.contact_email)?,
            account_email: email_field("account_email", &input.account_email)?,
        };
        let mut profiles = self.store.profiles()?;
        if profiles.connected_on.is_some() {
            // R16: the connection cannot change, so neither can the account or the MCID behind it.
            if let Some(old) = &profiles.certification {
                if !old.account_email.eq_ignore_ascii_case(&profile.account_email)
                    || old.mcid != profile.mcid
                {
                    return Err(Failure::new(ErrorKind::Conflict, Problem::ProfilesConnected));
                }
            }
        }
        profiles.certification = Some(profile);
        self.store.put_profiles(&profiles)?;
        self.profiles_view(locale)
    }

    pub fn save_learn_profile(
        &self,
        input: &LearnProfileInput,
        locale: Locale,
    ) -> Outcome<ProfilesView> {
        let profile = LearnProfile {
            sign_in_email: email_field("sign_in_email", &input.sign_in_email)?,
            account_type: input.account_type,
        };
        let mut profiles = self.store.profiles()?;
        if profiles.connected_on.is_some() && profiles.learn.as_ref() != Some(&profile) {
            return Err(Failure::new(ErrorKind::Conflict, Problem::ProfilesConnected));
        }
        profiles.learn = Some(profile);
        self.store.put_profiles(&profiles)?;
        self.profiles_view(locale)
    }

    pub fn set_several_profiles(&self, several: bool, locale: Locale) -> Outcome<ProfilesView> {
        let mut profiles = self.store.profiles()?;
        if profiles.connected_on.is_some() {
            return Err(Failure::new(ErrorKind::Conflict, Problem::ProfilesConnected));
        }
        profiles.several_certification_profiles = several;
        self.store.put_profiles(&profiles)?;
        self.profiles_view(locale)
    }

    /// R15/R16: connects the two profiles, once and for ever. `confirmed` is the user's answer to
    /// the confirmation that says so.
    pub fn connect_profiles(&self, confirmed: bool, ctx: &Ctx) -> Outcome<ProfilesView> {
        let Ctx { today, locale, .. } = *ctx;
        let mut profiles = self.store.profiles()?;
        if profiles.connected_on.is_some() {
            return Err(Failure::new(ErrorKind::Conflict, Problem::ProfilesConnected));
        }
        if profiles.several_certification_profiles {
            return Err(Failure::new(ErrorKind::Invalid, Problem::MergeProfilesFirst));
        }
        if profiles.certification.is_none() || profiles.learn.is_none() {
            return Err(Failure::new(ErrorKind::Invalid, Problem::ProfilesIncomplete));
        }
        if !confirmed {
            return Err(Failure::new(ErrorKind::Invalid, Problem::ConfirmIrreversible));
        }
        profiles.connected_on = Some(today);
        self.store.put_profiles(&profiles)?;
        self.profiles_view(locale)
    }

    pub fn settings(&self) -> Outcome<Settings> {
        Ok(self.store.settings()?)
    }

    /// Recert talks to the update server only after the user turned updates on.
    pub fn updates_allowed(&self) -> Outcome<()> {
        if self.settings()?.updates {
            Ok(())
        } else {
            Err(Failure::new(ErrorKind::Conflict, Problem::UpdatesOff))
        }
    }

    /// The Settings form's save. The pause and start-at-login have commands of their own (the pause
    /// is always `PAUSE_HOURS` from the click; start-at-login follows the OS entry), so what the form
    /// sends of them is ignored.
    pub fn set_settings(&self, settings: &Settings) -> Outcome<Settings> {
        let stored = self.store.settings()?;
        let latest = stored.paused_until.unwrap_or(DateTime::<Utc>::MIN_UTC);
        let clean = validate_settings(
            &Settings {
                paused_until: stored.paused_until,
                autostart: stored.autostart,
                ..settings.clone()
            },
            latest,
        )?;
        self.store.put_settings(&clean)?;
        Ok(clean)
    }

    /// Records that the OS start-at-login entry was made or removed (the shell does that first).
    pub fn record_autostart(&self, enabled: bool) -> Outcome<Settings> {
        let settings = Settings { autostart: enabled, ..self.store.settings()? };
        self.store.put_settings(&settings)?;
        Ok(settings)
    }

    pub fn export(&self, now: DateTime<Utc>) -> Outcome<String> {
        backup::export(&self.store, now)
    }

    pub fn import_preview(&self, bytes: &[u8], today: NaiveDate) -> Outcome<ImportPreview> {
        let file = backup::parse(bytes, &self.catalog, today)?;
        backup::preview(&self.store, &file)
    }

    /// Validates everything, then replaces holdings, plans, people, profiles and settings in one
    /// atomic write.
    pub fn import_apply(&self, bytes: &[u8], today: NaiveDate) -> Outcome<ImportPreview> {
        let file = backup::parse(bytes, &self.catalog, today)?;
        let preview = backup::preview(&self.store, &file)?;
        if preview.changes > 0 {
            let plans = match &file.plans {
                Some(plans) => plans.clone(),
                None => self.store.plans()?,
            };
            let settings = backup::settings_for_import(&file, &self.store.settings()?);
            // A file from before version 3 has no people: those Recert follows stay.
            self.store.replace_all(
                &file.holdings,
                &plans,
                file.people.as_deref(),
                &file.profiles,
                &settings,
            )?;
        }
        Ok(preview)
    }

    /// Replaces the catalog with a saved Learn Catalog API response, atomically.
    pub fn import_catalog(&mut self, bytes: &[u8]) -> Outcome<CatalogInfo> {
        let catalog = Catalog::import(bytes).map_err(|e| Failure::invalid(e.path, e.problem))?;
        self.store.put_catalog(&catalog, CatalogSource::Imported)?;
        self.catalog = catalog;
        self.catalog_source = CatalogSource::Imported;
        Ok(self.catalog_info())
    }

    /// What Microsoft's catalog answer `fetched` (read on `today`) would change in the catalog in
    /// use ("Check Microsoft Learn for catalog changes"). Nothing is written.
    pub fn catalog_check(
        &self,
        fetched: Result<Vec<u8>, Failure>,
        today: NaiveDate,
    ) -> Outcome<CatalogChanges> {
        Ok(self.catalog_merged(fetched, today)?.1)
    }

    /// Applies Microsoft's catalog answer when it changes exactly `expected`, what the user was
    /// shown (the answer is read again for this: Recert keeps no preview between the two).
    pub fn catalog_apply(
        &mut self,
        fetched: Result<Vec<u8>, Failure>,
        expected: &CatalogChanges,
        today: NaiveDate,
    ) -> Outcome<CatalogInfo> {
        let (catalog, changes) = self.catalog_merged(fetched, today)?;
        if changes != *expected {
            return Err(Failure::new(ErrorKind::Conflict, Problem::CatalogChangedSincePreview));
        }
        self.store.put_catalog(&catalog, CatalogSource::Learn)?;
        self.catalog = catalog;
        self.catalog_source = CatalogSource::Learn;
        Ok(self.catalog_info())
    }

    fn catalog_merged(
        &self,
        fetched: Result<Vec<u8>, Failure>,
        today: NaiveDate,
    ) -> Outcome<(Catalog, CatalogChanges)> {
        let fresh = Catalog::import_answer(&fetched?).map_err(|e| match e.problem {
            // A web page where the API answered: the address is no longer the catalog's.
            Problem::NotJson { .. } => {
                Failure::new(ErrorKind::Network, Problem::CatalogEndpointGone)
            }
            problem => Failure::invalid(format!("(Microsoft's answer) {}", e.path), problem),
        })?;
        catalog_refresh::merge(&self.catalog, &fresh, today)
            .map_err(|p| Failure::invalid("(Microsoft's answer)", p))
    }

    /// Text of any message in `locale` (for the shell's notifications and the CLI).
    pub fn text(&self, locale: Locale, msg: &dyn Message) -> String {
        self.catalogs.message(locale, msg)
    }
}
