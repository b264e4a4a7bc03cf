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

-- Clerks changing ledger items at once take the ledger's running counts in one order, by key, so
-- that one waits for the other rather than both for each other: an UPDATE … WHERE key IN (…) takes
-- the rows in the order it comes across them, and that order changes as the rows are rewritten.
CREATE OR REPLACE FUNCTION ledger_item_tally() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
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
