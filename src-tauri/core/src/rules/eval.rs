//! The `recert eval` contract (README, "recert eval"): one JSON request in, one JSON answer out,
//! every refusal naming the field path. The parser walks a `serde_json::Value` by hand so each
//! problem carries its exact path (`holdings[3].earned_on`).

use crate::catalog::Catalog;
use crate::date::{format_date, format_instant, parse_date, parse_instant, start_of_day_utc};
use crate::engine::{evaluate, validate_offsets, Evaluation, Field, Holding, DEFAULT_OFFSETS};
use crate::i18n::Catalogs;
use crate::kind::CertKind;
use crate::locale::Locale;
use crate::message::{Arg, Message, Problem};
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde_json::{Map, Value};

/// Requests larger than this are refused before parsing.
pub const MAX_REQUEST_BYTES: usize = 256 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq)]
pub struct InputError {
    pub path: String,
    pub problem: Problem,
}

impl InputError {
    /// `holdings[3].earned_on: 2025-02-30 is not a date`
    pub fn line(&self, catalogs: &Catalogs, locale: Locale) -> String {
        format!("{}: {}", self.path, catalogs.message(locale, &self.problem))
    }
}

fn err<T>(path: impl Into<String>, problem: Problem) -> Result<T, InputError> {
    Err(InputError { path: path.into(), problem })
}

#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    pub today: NaiveDate,
    pub now: DateTime<Utc>,
    pub offsets: Vec<u32>,
    pub holdings: Vec<(String, Holding)>,
}

const TOP_FIELDS: &[&str] = &["today", "now", "holdings", "reminder_offsets"];
const HOLDING_FIELDS: &[&str] = &[
    "id",
    "certification_type",
    "certification",
    "earned_on",
    "renewed_on",
    "assessment_attempts",
    "renewal_available_from",
    "retired_on",
];

fn object<'a>(
    value: &'a Value,
    path: &str,
    known: &[&str],
) -> Result<&'a Map<String, Value>, InputError> {
    let Some(map) = value.as_object() else {
        return err(path, Problem::WrongType { expected: "an object" });
    };
    if let Some(unknown) = map.keys().find(|k| !known.contains(&k.as_str())) {
        return err(join(path, unknown), Problem::UnknownField);
    }
    Ok(map)
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_owned()
    } else {
        format!("{path}.{field}")
    }
}

/// A present, non-null field; `null` counts as absent.
fn field<'a>(map: &'a Map<String, Value>, name: &str) -> Option<&'a Value> {
    map.get(name).filter(|v| !v.is_null())
}

fn string<'a>(value: &'a Value, path: &str) -> Result<&'a str, InputError> {
    value.as_str().map_or_else(|| err(path, Problem::WrongType { expected: "a string" }), Ok)
}

fn date(value: &Value, path: &str) -> Result<NaiveDate, InputError> {
    let text = string(value, path)?;
    parse_date(text).map_or_else(|| err(path, Problem::NotADate { value: text.to_owned() }), Ok)
}

fn instant(value: &Value, path: &str) -> Result<DateTime<Utc>, InputError> {
    let text = string(value, path)?;
    parse_instant(text)
        .map_or_else(|| err(path, Problem::NotAnInstant { value: text.to_owned() }), Ok)
}

fn array<'a>(value: &'a Value, path: &str) -> Result<&'a Vec<Value>, InputError> {
    value.as_array().map_or_else(|| err(path, Problem::WrongType { expected: "an array" }), Ok)
}

fn optional_date(
    map: &Map<String, Value>,
    name: &str,
    path: &str,
) -> Result<Option<NaiveDate>, InputError> {
    field(map, name).map(|v| date(v, &join(path, name))).transpose()
}

/// Parses and validates a request. `catalog` resolves `certification` uids.
pub fn parse_request(bytes: &[u8], catalog: &Catalog) -> Result<Request, InputError> {
    if bytes.len() > MAX_REQUEST_BYTES {
        return err("(input)", Problem::TooLong { max: MAX_REQUEST_BYTES as i64 });
    }
    let root: Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => return err("(input)", Problem::NotJson { detail: e.to_string() }),
    };
    let top = object(&root, "", TOP_FIELDS).map_err(|e| match e.path.as_str() {
        "" => InputError { path: "(input)".into(), ..e },
        _ => e,
    })?;
    let today = match field(top, "today") {
        Some(v) => date(v, "today")?,
        None => return err("today", Problem::Required),
    };
    let now = field(top, "now")
        .map(|v| instant(v, "now"))
        .transpose()?
        .unwrap_or_else(|| start_of_day_utc(today));
    let offsets = match field(top, "reminder_offsets") {
        None => DEFAULT_OFFSETS.to_vec(),
        Some(v) => {
            let items = array(v, "reminder_offsets")?;
            let mut numbers = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                let path = format!("reminder_offsets[{i}]");
                match item.as_i64() {
                    Some(n) => numbers.push(n),
                    None => return err(path, Problem::WrongType { expected: "a whole number" }),
                }
            }
            validate_offsets(&numbers).map_err(|(i, problem)| match problem {
                Problem::Required => InputError { path: "reminder_offsets".into(), problem },
                _ => InputError { path: format!("reminder_offsets[{i}]"), problem },
            })?
        }
    };
    let Some(list) = field(top, "holdings") else { return err("holdings", Problem::Required) };
    let list = array(list, "holdings")?;
    let mut holdings = Vec::with_capacity(list.len());
    for (i, item) in list.iter().enumerate() {
        holdings.push(parse_holding(item, &format!("holdings[{i}]"), catalog)?);
    }
    Ok(Request { today, now, offsets, holdings })
}

fn parse_holding(
    value: &Value,
    path: &str,
    catalog: &Catalog,
) -> Result<(String, Holding), InputError> {
    let map = object(value, path, HOLDING_FIELDS)?;
    let id = match field(map, "id") {
        Some(v) => string(v, &join(path, "id"))?.to_owned(),
        None => return err(join(path, "id"), Problem::Required),
    };
    let mut holding = Holding::default();
    if let Some(v) = field(map, "certification") {
        let p = join(path, "certification");
        let uid = string(v, &p)?;
        let Some(facts) = catalog.holding_facts(uid) else {
            return err(p, Problem::UnknownCertification { value: uid.to_owned() });
        };
        holding = facts;
    }
    if let Some(v) = field(map, "certification_type") {
        let p = join(path, "certification_type");
        let text = string(v, &p)?;
        holding.kind = Some(
            CertKind::parse(text)
                .map_or_else(|| err(&p, Problem::UnknownKind { value: text.to_owned() }), Ok)?,
        );
    }
    if holding.kind.is_none() {
        return err(join(path, "certification_type"), Problem::Required);
    }
    holding.earned_on = optional_date(map, "earned_on", path)?;
    if let Some(v) = field(map, "renewed_on") {
        let p = join(path, "renewed_on");
        for (j, item) in array(v, &p)?.iter().enumerate() {
            holding.renewed_on.push(date(item, &format!("{p}[{j}]"))?);
        }
    }
    if let Some(v) = field(map, "assessment_attempts") {
        let p = join(path, "assessment_attempts");
        for (j, item) in array(v, &p)?.iter().enumerate() {
            holding.failed_attempts.push(instant(item, &format!("{p}[{j}]"))?);
        }
    }
    if let Some(d) = optional_date(map, "renewal_available_from", path)? {
        holding.renewal_available_from = Some(d);
    }
    if let Some(d) = optional_date(map, "retired_on", path)? {
        holding.retired_on = Some(d);
    }
    Ok((id, holding))
}

#[derive(Serialize)]
pub struct ReasonOut {
    pub id: &'static str,
    pub args: Map<String, Value>,
    pub text: String,
}

#[derive(Serialize)]
pub struct HoldingOut {
    pub id: String,
    pub status: &'static str,
    pub expires_on: Option<String>,
    pub renewal_window_opens_on: Option<String>,
    pub can_renew_now: bool,
    pub next_attempt_at: Option<String>,
    pub reminders: Vec<String>,
    pub reasons: Vec<ReasonOut>,
}

#[derive(Serialize)]
pub struct Response {
    pub holdings: Vec<HoldingOut>,
}

pub fn arg_json(arg: &Arg) -> Value {
    match arg {
        Arg::Date(d) => Value::String(format_date(*d)),
        Arg::Instant(t) => Value::String(format_instant(*t)),
        Arg::Local(t) => Value::String(t.format("%Y-%m-%dT%H:%M").to_string()),
        Arg::Number(n) => Value::from(*n),
        Arg::Text(s) => Value::String(s.to_string()),
    }
}

fn holding_out(id: String, ev: Evaluation, catalogs: &Catalogs, locale: Locale) -> HoldingOut {
    HoldingOut {
        id,
        status: ev.status.as_str(),
        expires_on: ev.expires_on.map(format_date),
        renewal_window_opens_on: ev.window_opens_on.map(format_date),
        can_renew_now: ev.can_renew_now,
        next_attempt_at: ev.next_attempt_at.map(format_instant),
        reminders: ev.reminders.into_iter().map(format_date).collect(),
        reasons: ev
            .reasons
            .iter()
            .map(|r| {
                let args = r.args();
                ReasonOut {
                    id: r.id(),
                    text: catalogs.text(locale, r.id(), &args),
                    args: args.iter().map(|(k, v)| ((*k).to_owned(), arg_json(v))).collect(),
                }
            })
            .collect(),
    }
}

fn field_path(holding_path: &str, field: Field) -> String {
    match field {
        Field::Kind => join(holding_path, "certification_type"),
        Field::EarnedOn => join(holding_path, "earned_on"),
        Field::RenewedOn(j) => format!("{holding_path}.renewed_on[{j}]"),
        Field::FailedAttempt(j) => format!("{holding_path}.assessment_attempts[{j}]"),
    }
}

/// Evaluates every holding of a parsed request; the first invalid holding refuses the request.
pub fn evaluate_request(
    request: Request,
    catalogs: &Catalogs,
    locale: Locale,
) -> Result<Response, InputError> {
    let mut out = Vec::with_capacity(request.holdings.len());
    for (i, (id, holding)) in request.holdings.into_iter().enumerate() {
        let ev =
            evaluate(&holding, &request.offsets, request.today, request.now).map_err(|fp| {
                InputError {
                    path: field_path(&format!("holdings[{i}]"), fp.field),
                    problem: fp.problem,
                }
            })?;
        out.push(holding_out(id, ev, catalogs, locale));
    }
    Ok(Response { holdings: out })
}

/// The whole contract: request bytes to the JSON text of the answer (English reason texts).
pub fn run(bytes: &[u8], catalog: &Catalog, catalogs: &Catalogs) -> Result<String, InputError> {
    let request = parse_request(bytes, catalog)?;
    let response = evaluate_request(request, catalogs, Locale::En)?;
    serde_json::to_string(&response).map_err(|e| InputError {
        path: "(output)".into(),
        problem: Problem::NotJson { detail: e.to_string() },
    })
}
