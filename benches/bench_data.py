#!/usr/bin/env python3
"""Writes a Recert data file (docs/data-format.md) with N role-based certifications for the
benchmarks: catalog certifications earned on days spread over the last year, so the dashboard
shows every status but expired, and every holding has reminders.

With --people P, P other people follow, each with 10 such certifications (format version 3: the
team dashboard's benchmark).

Usage: bench_data.py N [--people P] > file.json"""
import datetime, json, sys

# None retired in 2026: a certification cannot be earned after its retirement (benches/engine.rs: the same).
CERTS = ["certification.azure-administrator", "certification.azure-network-engineer-associate", "certification.azure-database-administrator-associate",
         "certification.security-operations-analyst", "certification.azure-solutions-architect", "certification.devops-engineer"]

TODAY = datetime.date(2026, 11, 22)

def holdings(n, prefix="b", offset=0):
    return [{
        "id": f"{prefix}{i:05d}",
        "certification": CERTS[i % len(CERTS)],
        "custom_title": None,
        "kind": "role-based",
        "earned_on": (TODAY - datetime.timedelta(days=1 + (i + offset) % 360)).isoformat(),
        "renewed_on": [],
        "failed_attempts": [],
    } for i in range(n)]

def main():
    n = int(sys.argv[1])
    people_count = int(sys.argv[sys.argv.index("--people") + 1]) if "--people" in sys.argv else 0
    people = [{"id": f"u{p:04d}", "name": f"Person {p:03d}", "remind": p % 4 == 0, "holdings": holdings(10, f"p{p:04d}x", p * 37), "plans": []}
              for p in range(people_count)]
    json.dump({"format": "recert-data", "version": 3, "exported_at": "2026-11-22T09:00:00Z", "holdings": holdings(n),
               "plans": [], "people": people, "profiles": {"certification": None, "learn": None, "several_certification_profiles": False,
                                         "connected_on": None},
               "settings": {"language": "en", "theme": "system", "reminder_offsets": [180, 90, 30, 7]}}, sys.stdout)

if __name__ == "__main__":
    main()
