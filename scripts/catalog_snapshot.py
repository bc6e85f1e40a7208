#!/usr/bin/env python3
"""Makes Recert's bundled catalog (src-tauri/core/catalog/snapshot.json) from a catalog response.

    python3 scripts/catalog_snapshot.py RESPONSE.json [--date YYYY-MM-DD] [--out FILE]

RESPONSE is a Learn catalog response with `certifications` and `exams` arrays (the form of the
Learn Catalog API and of the file the scheduled workflow assembles from the Learn Platform API), or
a snapshot itself. The script:

1. keeps the fields Recert reads from each record (others are dropped, unknown ones included);
2. carries over Recert's own `recert` object (renewal availability, localized titles, former
   titles) from the current snapshot, following uids the corrections rename or merge;
3. keeps certifications the response no longer lists (Microsoft removes retired ones, and
   holders must still find theirs) and names them on standard error, for a maintainer to confirm
   a retirement in corrections.json;
4. applies src-tauri/core/catalog/corrections.json (shared/catalog-facts.md as data), adding the
   certifications and exams launched since (its `added`) until a response lists them;
5. writes the snapshot, dated --date (default: corrections.json's described_on).

Standard library only, so the workflow needs nothing installed. Tested on fixtures by
tests/integration/catalog_snapshot.rs.
"""

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "src-tauri/core/catalog"

CERT_FIELDS = ["uid", "type", "title", "subtitle", "url", "icon_url", "certification_type", "exams", "levels", "roles",
               "products", "renewal_frequency_in_days", "prerequisites", "skills", "study_guide"]
EXAM_FIELDS = ["uid", "type", "title", "display_name", "url", "icon_url", "locales", "levels", "roles", "products",
               "providers"]
NOTE = ("Bundled snapshot in Learn Catalog API form. renewal_available_from follows the first renewal schedules of the "
        "renewal guide (early February 2021; mid-February to March 2021). Corrected from shared/catalog-facts.md "
        "(checked 2025-06 to 2026-12): confirmed retirements as retired_on, reported ones as retirement_reported, "
        "certifications launched since added (uids starting recert. are Recert's own until Learn's is seen), "
        "renamed certifications as one record with former_titles and former_uids, Learn uids where known.")


def fail(message):
    print(f"catalog_snapshot: {message}", file=sys.stderr)
    sys.exit(2)


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        fail(f"{path}: {e}")


def pick(record, fields):
    return {k: record[k] for k in fields if k in record and record[k] is not None}


def add_unique(values, more):
    for v in more:
        if v not in values:
            values.append(v)
    return values


def build(response, snapshot, corrections, date):
    if not isinstance(response, dict) or not isinstance(response.get("certifications"), list) or not isinstance(response.get("exams"), list):
        fail("the response needs `certifications` and `exams` arrays")
    aliases = {**corrections.get("renamed_uids", {}), **corrections.get("merged", {})}
    current = {}
    for c in snapshot.get("certifications", []):
        current.setdefault(aliases.get(c["uid"], c["uid"]), []).append(c)
    current_exams = {e["uid"]: e for e in snapshot.get("exams", [])}

    certs = {}
    for i, raw in enumerate(response["certifications"]):
        if not isinstance(raw, dict) or not raw.get("uid") or not raw.get("title"):
            fail(f"certifications[{i}] has no uid or title")
        uid = aliases.get(raw["uid"], raw["uid"])
        if uid in certs and raw["uid"] != uid:
            continue  # an old record of one that is already there under its new uid
        record = pick(raw, CERT_FIELDS)
        record["uid"] = uid
        certs[uid] = record
    # Launched after the snapshot (corrections' `added`): kept until the response has them, by uid
    # or, for a record under Recert's own uid, by title.
    titles = {c["title"].casefold() for c in certs.values()}
    for raw in corrections.get("added", {}).get("certifications", []):
        if raw["uid"] not in certs and raw["uid"] not in current and raw["title"].casefold() not in titles:
            certs[raw["uid"]] = pick(raw, CERT_FIELDS)
            if raw.get("recert"):
                certs[raw["uid"]]["recert"] = dict(raw["recert"])
    missing = [uid for uid in current if uid not in certs]
    for uid in missing:
        record = pick(current[uid][0], CERT_FIELDS)
        record["uid"] = uid
        certs[uid] = record
    if missing:
        print("catalog_snapshot: not in the response (retired?): " + ", ".join(sorted(missing)), file=sys.stderr)

    # Recert's own data, from every record that is now this one.
    for uid, record in certs.items():
        ext = {}
        for old in current.get(uid, []):
            old_ext = old.get("recert", {})
            for k, v in old_ext.items():
                if k in ("former_titles", "former_uids"):
                    add_unique(ext.setdefault(k, []), v)
                elif k not in ext:
                    ext[k] = v
            if old["uid"] != uid:
                add_unique(ext.setdefault("former_uids", []), [old["uid"]])
                if old["uid"] in corrections.get("merged", {}) and old["title"] != record["title"]:
                    add_unique(ext.setdefault("former_titles", []), [old["title"]])
            for k in ("levels", "roles", "products"):
                if not record.get(k) and old.get(k):
                    record[k] = old[k]
        for old, new in aliases.items():
            if new == uid:
                add_unique(ext.setdefault("former_uids", []), [old])
        fix = corrections.get("certifications", {}).get(uid, {})
        for k, v in fix.items():
            if k == "title":
                record[k] = v
            elif k == "exams":
                record["exams"] = v
                record["study_guide"] = [{"uid": e, "type": "exam"} for e in v]
            elif k in ("former_titles", "former_uids"):
                add_unique(ext.setdefault(k, []), v)
            elif v is None:
                ext.pop(k, None)
            else:
                ext[k] = v
        if "former_titles" in ext:
            ext["former_titles"] = [t for t in ext["former_titles"] if t != record["title"]]
        if uid in corrections.get("renamed_uids", {}).values():
            record["url"] = f"https://learn.microsoft.com/credentials/certifications/{uid.removeprefix('certification.')}/"
        if ext:
            record["recert"] = ext
    for old, new in corrections.get("merged", {}).items():
        if new not in certs:
            fail(f"corrections merge {old} into {new}, which is in neither the response nor the snapshot")
        certs.pop(old, None)
    for uid, record in certs.items():
        record["prerequisites"] = [aliases.get(p, p) if isinstance(p, str) else p for p in record.get("prerequisites", [])]

    exams = {}
    for i, raw in enumerate(response["exams"]):
        if not isinstance(raw, dict) or not raw.get("uid") or not raw.get("title"):
            fail(f"exams[{i}] has no uid or title")
        exams[raw["uid"]] = pick(raw, EXAM_FIELDS)
    for uid, old in current_exams.items():
        exams.setdefault(uid, pick(old, EXAM_FIELDS))
    for raw in corrections.get("added", {}).get("exams", []):
        exams.setdefault(raw["uid"], pick(raw, EXAM_FIELDS))
    for uid, record in exams.items():
        ext = dict(current_exams.get(uid, {}).get("recert", {}))
        ext.update(corrections.get("exams", {}).get(uid, {}))
        if ext:
            record["recert"] = ext

    return {
        "recert": {"described_on": date, "note": NOTE},
        "certifications": list(certs.values()),
        "exams": list(exams.values()),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("response")
    parser.add_argument("--date")
    parser.add_argument("--snapshot", default=str(CATALOG / "snapshot.json"))
    parser.add_argument("--corrections", default=str(CATALOG / "corrections.json"))
    parser.add_argument("--out", default=str(CATALOG / "snapshot.json"))
    args = parser.parse_args()
    corrections = load(args.corrections)
    result = build(load(args.response), load(args.snapshot), corrections, args.date or corrections["described_on"])
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1)
        f.write("\n")
    print(f"{args.out}: {len(result['certifications'])} certifications, {len(result['exams'])} exams, as of {result['recert']['described_on']}")


if __name__ == "__main__":
    main()
