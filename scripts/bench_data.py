#!/usr/bin/env python3
"""Writes a Recert data file (docs/data-format.md) with N role-based certifications for the
benchmarks: catalog certifications earned on days spread over the last year, so the dashboard
shows every status but expired, and every holding has reminders.

Usage: bench_data.py N > file.json"""
import datetime, json, sys

CERTS = ["certification.azure-administrator", "certification.azure-developer", "certification.azure-security-engineer", "certification.azure-data-scientist",
         "certification.azure-ai-engineer", "certification.devops-engineer"]

def main():
    n = int(sys.argv[1])
    today = datetime.date(2026, 11, 22)
    holdings = [{
        "id": f"b{i:05d}",
        "certification": CERTS[i % len(CERTS)],
        "custom_title": None,
        "kind": "role-based",
        "earned_on": (today - datetime.timedelta(days=1 + i % 360)).isoformat(),
        "renewed_on": [],
        "failed_attempts": [],
    } for i in range(n)]
    json.dump({"format": "recert-data", "version": 2, "exported_at": "2026-11-22T09:00:00Z", "holdings": holdings,
               "plans": [], "profiles": {"certification": None, "learn": None, "several_certification_profiles": False,
                                         "connected_on": None},
               "settings": {"language": "en", "theme": "system", "reminder_offsets": [180, 90, 30, 7]}}, sys.stdout)

if __name__ == "__main__":
    main()
