#!/usr/bin/python3
"""The plain alternative to the district merge, for bench_exchange: the ledger items and events of
the packages inserted into the same tables of a district database, with their indexes, in one
transaction, one prepared statement per table, with Python's executemany. Ids are the packages'
own, offset per package; no matching, no checks, no import keys.

Usage: merge_python.py DISTRICT.db [--no-triggers] PACKAGE.zhq...
With the triggers kept, the search index is kept by them (plain SQL since schema 8).
Prints the rows inserted and the seconds taken."""
import sqlite3
import sys
import time


ITEM_COLUMNS = ("id, org_id, community_id, subdistrict_id, source, category_id, title, description, location, resident_name, "
                "resident_phone, urgency, recorded_on, due_on, state, holder, suspended_since, closed_on, close_days, result, "
                "visited_on, satisfaction, reopened, created_at, updated_at")
EVENT_COLUMNS = "id, item_id, happened_on, who, action, from_state, to_state, detail, note, created_at"


def main():
    args = sys.argv[1:]
    district = args.pop(0)
    keep_triggers = True
    if args and args[0] == "--no-triggers":
        keep_triggers = False
        args.pop(0)
    db = sqlite3.connect(district, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA cache_size = -65536")
    db.execute("PRAGMA temp_store = MEMORY")
    if not keep_triggers:
        for (name,) in db.execute("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name IN ('ledger_item', 'ledger_event')").fetchall():
            db.execute(f"DROP TRIGGER {name}")
    # Read first, so that only the inserting is timed.
    batches = []
    for n, path in enumerate(args):
        package = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        offset = (n + 1) * 10_000_000
        now = "2026-11-20T00:00:00.000Z"
        items = [(offset + r[0], offset + r[1], None, None) + tuple(r[2:]) + (now, now) for r in package.execute(
            "SELECT id, org_id, source, category_id, title, description, location, resident_name, resident_phone, urgency, "
            "recorded_on, due_on, state, holder, suspended_since, closed_on, close_days, result, visited_on, satisfaction, "
            "reopened FROM ledger_item ORDER BY id")]
        events = [(offset + r[0], offset + r[1]) + tuple(r[2:]) + (now,) for r in package.execute(
            "SELECT id, item_id, happened_on, who, action, from_state, to_state, detail, note FROM ledger_event ORDER BY id")]
        package.close()
        batches.append((items, events))
    rows = sum(len(i) + len(e) for i, e in batches)
    start = time.perf_counter()
    db.execute("BEGIN IMMEDIATE")
    for items, events in batches:
        db.executemany(f"INSERT INTO ledger_item ({ITEM_COLUMNS}) VALUES ({', '.join('?' * 25)})", items)
        db.executemany(f"INSERT INTO ledger_event ({EVENT_COLUMNS}) VALUES ({', '.join('?' * 10)})", events)
    db.execute("COMMIT")
    took = time.perf_counter() - start
    print(rows, f"{took:.3f}")


main()
