-- Schema 8: a schema any SQLite tool can write. The sqlite3 shell, DB Browser or a repair script
-- can add a ledger item with the columns a person would fill and the item is found by search:
-- the search index no longer calls a function of the program, the columns the program always
-- wrote have defaults, and an item's community and sub-district follow from its organisation.

DROP TRIGGER IF EXISTS ledger_search_insert;
DROP TRIGGER IF EXISTS ledger_search_update;
DROP TRIGGER IF EXISTS ledger_search_delete;
DROP TABLE IF EXISTS ledger_search;

-- The text searched: title, description and location, each followed by two spaces, so that every
-- character of the text begins a trigram of the index (a search of one or two characters is the
-- trigrams that begin with them) and no trigram spans two fields.
CREATE VIEW ledger_search_text (id, body) AS
    SELECT id, title || '  ' || coalesce(description, '') || '  ' || coalesce(location, '') || '  ' FROM ledger_item;

-- FTS5's own trigram tokenizer over that text (external content: the index keeps no copy).
-- 'rebuild' rebuilds it from the items; 'integrity-check' compares it with them.
CREATE VIRTUAL TABLE ledger_search USING fts5 (
    body, content = 'ledger_search_text', content_rowid = 'id', tokenize = 'trigram');

-- The index's terms with the number of items holding each: the trigrams a search of one or two
-- characters stands for, and how many items a word can match at most.
CREATE VIRTUAL TABLE ledger_search_terms USING fts5vocab (ledger_search, 'row');

-- The old text leaves the index before a change, the new one enters after it.
CREATE TRIGGER ledger_search_insert AFTER INSERT ON ledger_item
BEGIN
    INSERT INTO ledger_search (rowid, body) SELECT id, body FROM ledger_search_text WHERE id = NEW.id;
END;

CREATE TRIGGER ledger_search_unindex BEFORE UPDATE OF title, description, location ON ledger_item
BEGIN
    INSERT INTO ledger_search (ledger_search, rowid, body)
        SELECT 'delete', id, body FROM ledger_search_text WHERE id = OLD.id;
END;

CREATE TRIGGER ledger_search_update AFTER UPDATE OF title, description, location ON ledger_item
BEGIN
    INSERT INTO ledger_search (rowid, body) SELECT id, body FROM ledger_search_text WHERE id = NEW.id;
END;

CREATE TRIGGER ledger_search_delete BEFORE DELETE ON ledger_item
BEGIN
    INSERT INTO ledger_search (ledger_search, rowid, body)
        SELECT 'delete', id, body FROM ledger_search_text WHERE id = OLD.id;
END;

INSERT INTO ledger_search (ledger_search) VALUES ('rebuild');

-- An item added without its community and sub-district gets them from its organisation, as the
-- program works them out: a grid's community is its parent, anything else is its own.
CREATE TRIGGER ledger_item_places AFTER INSERT ON ledger_item
WHEN NEW.community_id IS NULL AND NEW.subdistrict_id IS NULL
BEGIN
    UPDATE ledger_item
    SET community_id = (SELECT CASE o.kind WHEN 'grid' THEN o.parent_id ELSE o.id END
                        FROM organisation o WHERE o.id = NEW.org_id),
        subdistrict_id = (SELECT CASE o.kind WHEN 'grid' THEN p.parent_id ELSE o.parent_id END
                          FROM organisation o LEFT JOIN organisation p ON p.id = o.parent_id WHERE o.id = NEW.org_id)
    WHERE id = NEW.id;
END;

-- Defaults for what the program always wrote itself. SQLite changes a column's default without
-- rewriting the table by editing the table's text in the schema (the procedure of "ALTER TABLE",
-- section "Making Other Kinds Of Table Schema Changes"): the rows on disk are untouched.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(replace(replace(replace(replace(replace(sql,
        'source           TEXT NOT NULL CHECK', 'source           TEXT NOT NULL DEFAULT ''diary'' CHECK'),
        'urgency          TEXT NOT NULL CHECK', 'urgency          TEXT NOT NULL DEFAULT ''ordinary'' CHECK'),
        'recorded_on      TEXT NOT NULL CHECK', 'recorded_on      TEXT NOT NULL DEFAULT (date(''now'', ''localtime'')) CHECK'),
        'state            TEXT NOT NULL CHECK', 'state            TEXT NOT NULL DEFAULT ''recorded'' CHECK'),
        'created_at       TEXT NOT NULL,', 'created_at       TEXT NOT NULL DEFAULT (strftime(''%Y-%m-%dT%H:%M:%SZ'', ''now'')),'),
        'updated_at       TEXT NOT NULL,', 'updated_at       TEXT NOT NULL DEFAULT (strftime(''%Y-%m-%dT%H:%M:%SZ'', ''now'')),')
WHERE type = 'table' AND name = 'ledger_item';
PRAGMA writable_schema = RESET;
-- A change of the schema's text alone does not tell other connections; a table made and dropped does.
CREATE TABLE schema_8_changed (x);
DROP TABLE schema_8_changed;
