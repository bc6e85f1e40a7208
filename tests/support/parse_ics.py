"""Reads an .ics file with the independent `icalendar` parser and prints its events as JSON.

Also checks what RFC 5545 asks of the bytes (CRLF line ends, lines of at most 75 octets) and
that the calendar survives a round trip: parsed, written again by icalendar, parsed again, the
events are the same. Exit status 1 with a message on stderr when any of that fails.
Used by the WebDriver journey (tests/e2e/earning.test.mjs) and the Rust integration tests.
"""
import json
import sys

import icalendar


def events(cal):
    out = []
    for ev in cal.walk("VEVENT"):
        start = ev.decoded("DTSTART")
        end = ev.decoded("DTEND")
        out.append({
            "uid": str(ev["UID"]),
            "sequence": int(ev.get("SEQUENCE", 0)),
            "summary": str(ev["SUMMARY"]),
            "description": str(ev.get("DESCRIPTION", "")),
            "start": start.isoformat(),
            "end": end.isoformat(),
            "all_day": not hasattr(start, "hour"),
            "floating": hasattr(start, "hour") and start.tzinfo is None,
            "alarms": [str(a["TRIGGER"].to_ical().decode()) for a in ev.walk("VALARM")],
        })
    return out


def main(path):
    raw = open(path, "rb").read()
    lines = raw.split(b"\r\n")
    if lines[-1] != b"":
        sys.exit("the file does not end with CRLF")
    for i, line in enumerate(lines[:-1]):
        if b"\n" in line or b"\r" in line:
            sys.exit(f"line {i + 1}: bare LF or CR")
        if len(line) > 75:
            sys.exit(f"line {i + 1}: {len(line)} octets (more than 75)")
    cal = icalendar.Calendar.from_ical(raw)
    if str(cal["VERSION"]) != "2.0" or "PRODID" not in cal:
        sys.exit("VERSION 2.0 and PRODID are required")
    first = events(cal)
    again = events(icalendar.Calendar.from_ical(cal.to_ical()))
    if first != again:
        sys.exit("the round trip changed the events")
    uids = [e["uid"] for e in first]
    if len(uids) != len(set(uids)):
        sys.exit("duplicate UIDs")
    json.dump({"name": str(cal.get("X-WR-CALNAME", "")), "events": first}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
