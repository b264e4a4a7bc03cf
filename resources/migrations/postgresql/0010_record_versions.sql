-- Schema 10 on a server, in step with SQLite's 0010_record_versions.sql: the records' versions
-- and who saved them last; and a notice to every connected program when a table's rows change,
-- so that the other clerks' open pages are read again (ChangeNotices: LISTEN zongheng). One
-- notice per statement and table; PostgreSQL sends them at the commit, and only then.

ALTER TABLE organisation ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE organisation ADD COLUMN modified_by text;
ALTER TABLE member ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE member ADD COLUMN modified_by text;
ALTER TABLE unit ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE unit ADD COLUMN modified_by text;
ALTER TABLE unit ADD COLUMN updated_at text;
ALTER TABLE ledger_item ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE ledger_item ADD COLUMN modified_by text;

UPDATE unit SET updated_at = created_at;

-- The open items of one state, newest first (escalated, dispatched, suspended: a few hundred of a
-- city's million), one range of an index instead of a walk through every open item.
CREATE INDEX ledger_item_open_state ON ledger_item (state, recorded_on, id) WHERE state <> 'closed' AND state <> 'visited';

CREATE FUNCTION zongheng_notice() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('zongheng', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;

-- Every table of the program's data but the running counts (kept by the others' triggers).
DO $$
DECLARE
    t text;
BEGIN
    FOR t IN SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                  AND table_name NOT IN ('tally', 'zongheng_schema')
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION zongheng_notice()', t || '_notice', t);
    END LOOP;
END;
$$;

-- The running counts kept row by row, but for a bulk change that recounts them once at its end
-- (a district's merge, DeferredBookkeeping): inside its transaction zongheng.tally is 'deferred'.
-- Row by row, a transaction of half a million inserts would rewrite each count half a million
-- times, and each rewrite walks the versions the transaction made before it.
-- Clerks changing ledger items at once take the ledger's counts in one order, by key, so that one
-- waits for the other rather than both for each other: an UPDATE … WHERE key IN (…) takes the rows
-- in the order it comes across them, and that order changes as the rows are rewritten.
CREATE OR REPLACE FUNCTION ledger_item_tally() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('zongheng.tally', true) = 'deferred' THEN
        RETURN NULL;
    END IF;
    PERFORM 1 FROM tally WHERE key IN ('ledger.close_days', 'ledger.close_days_items', 'ledger.done', 'ledger.items',
                                       'ledger.rated', 'ledger.satisfied')
        ORDER BY key FOR UPDATE;
    UPDATE tally SET value = value
        + CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN ledger_item_share(NEW, key) ELSE 0 END
        - CASE WHEN TG_OP IN ('DELETE', 'UPDATE') THEN ledger_item_share(OLD, key) ELSE 0 END
    WHERE key IN ('ledger.items', 'ledger.done', 'ledger.rated', 'ledger.satisfied', 'ledger.close_days',
                  'ledger.close_days_items');
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION organisation_tally() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('zongheng.tally', true) = 'deferred' THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') AND OLD.dissolved_on IS NULL THEN
        UPDATE tally SET value = value - 1 WHERE key = 'org.' || OLD.kind;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.dissolved_on IS NULL THEN
        UPDATE tally SET value = value + 1 WHERE key = 'org.' || NEW.kind;
    END IF;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION member_tally() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('zongheng.tally', true) = 'deferred' THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') AND OLD.status = 'active' THEN
        UPDATE tally SET value = value - 1 WHERE key = 'member.active';
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'active' THEN
        UPDATE tally SET value = value + 1 WHERE key = 'member.active';
    END IF;
    RETURN NULL;
END;
$$;
