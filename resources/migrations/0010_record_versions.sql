-- Schema 10: several clerks at once. The records a clerk opens in a form and saves — an
-- organisation, a member, a co-building unit, a ledger item — carry a version that every save
-- counts up and checks (UPDATE … WHERE version = the one the form was opened with), and the name
-- of whoever saved last: a second clerk's save over a change made meanwhile is refused with who
-- made it and when (RecordVersion), never written over it. A unit gets the time of its last
-- change as the others have it.

ALTER TABLE organisation ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE organisation ADD COLUMN modified_by TEXT;
ALTER TABLE member ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE member ADD COLUMN modified_by TEXT;
ALTER TABLE unit ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE unit ADD COLUMN modified_by TEXT;
ALTER TABLE unit ADD COLUMN updated_at TEXT;
ALTER TABLE ledger_item ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE ledger_item ADD COLUMN modified_by TEXT;

UPDATE unit SET updated_at = created_at;

-- The open items of one state, newest first (escalated, dispatched, suspended: a few hundred of a
-- city's million), one range of an index instead of a walk through every open item.
CREATE INDEX ledger_item_open_state ON ledger_item (state, recorded_on, id) WHERE state <> 'closed' AND state <> 'visited';
