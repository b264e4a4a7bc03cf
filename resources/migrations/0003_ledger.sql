-- Schema 3: the people's ledger (民情账本) on the working-day calendar.

-- Official holidays and make-up working days; days not listed follow the week.
CREATE TABLE calendar_day (
    day  TEXT PRIMARY KEY NOT NULL CHECK (date(day) IS day),
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name TEXT NOT NULL
) WITHOUT ROWID;

-- The State Council's arrangements for 2025 and 2026 (resources/calendars/cn-official-holidays.csv);
-- later years are imported by the clerk.
INSERT INTO calendar_day (day, kind, name) VALUES
    ('2025-01-01', 'holiday', '元旦'),
    ('2025-01-26', 'workday', '春节调休上班'),
    ('2025-01-28', 'holiday', '春节'),
    ('2025-01-29', 'holiday', '春节'),
    ('2025-01-30', 'holiday', '春节'),
    ('2025-01-31', 'holiday', '春节'),
    ('2025-02-01', 'holiday', '春节'),
    ('2025-02-02', 'holiday', '春节'),
    ('2025-02-03', 'holiday', '春节'),
    ('2025-02-04', 'holiday', '春节'),
    ('2025-02-08', 'workday', '春节调休上班'),
    ('2025-04-04', 'holiday', '清明节'),
    ('2025-04-05', 'holiday', '清明节'),
    ('2025-04-06', 'holiday', '清明节'),
    ('2025-04-27', 'workday', '劳动节调休上班'),
    ('2025-05-01', 'holiday', '劳动节'),
    ('2025-05-02', 'holiday', '劳动节'),
    ('2025-05-03', 'holiday', '劳动节'),
    ('2025-05-04', 'holiday', '劳动节'),
    ('2025-05-05', 'holiday', '劳动节'),
    ('2025-05-31', 'holiday', '端午节'),
    ('2025-06-01', 'holiday', '端午节'),
    ('2025-06-02', 'holiday', '端午节'),
    ('2025-09-28', 'workday', '国庆节调休上班'),
    ('2025-10-01', 'holiday', '国庆节、中秋节'),
    ('2025-10-02', 'holiday', '国庆节、中秋节'),
    ('2025-10-03', 'holiday', '国庆节、中秋节'),
    ('2025-10-04', 'holiday', '国庆节、中秋节'),
    ('2025-10-05', 'holiday', '国庆节、中秋节'),
    ('2025-10-06', 'holiday', '国庆节、中秋节'),
    ('2025-10-07', 'holiday', '国庆节、中秋节'),
    ('2025-10-08', 'holiday', '国庆节、中秋节'),
    ('2025-10-11', 'workday', '国庆节调休上班'),
    ('2026-01-01', 'holiday', '元旦'),
    ('2026-01-02', 'holiday', '元旦'),
    ('2026-01-03', 'holiday', '元旦'),
    ('2026-01-04', 'workday', '元旦调休上班'),
    ('2026-02-14', 'workday', '春节调休上班'),
    ('2026-02-15', 'holiday', '春节'),
    ('2026-02-16', 'holiday', '春节'),
    ('2026-02-17', 'holiday', '春节'),
    ('2026-02-18', 'holiday', '春节'),
    ('2026-02-19', 'holiday', '春节'),
    ('2026-02-20', 'holiday', '春节'),
    ('2026-02-21', 'holiday', '春节'),
    ('2026-02-22', 'holiday', '春节'),
    ('2026-02-23', 'holiday', '春节'),
    ('2026-02-28', 'workday', '春节调休上班'),
    ('2026-04-04', 'holiday', '清明节'),
    ('2026-04-05', 'holiday', '清明节'),
    ('2026-04-06', 'holiday', '清明节'),
    ('2026-05-01', 'holiday', '劳动节'),
    ('2026-05-02', 'holiday', '劳动节'),
    ('2026-05-03', 'holiday', '劳动节'),
    ('2026-05-04', 'holiday', '劳动节'),
    ('2026-05-05', 'holiday', '劳动节'),
    ('2026-05-09', 'workday', '劳动节调休上班'),
    ('2026-06-19', 'holiday', '端午节'),
    ('2026-06-20', 'holiday', '端午节'),
    ('2026-06-21', 'holiday', '端午节'),
    ('2026-09-20', 'workday', '国庆节调休上班'),
    ('2026-09-25', 'holiday', '中秋节'),
    ('2026-09-26', 'holiday', '中秋节'),
    ('2026-09-27', 'holiday', '中秋节'),
    ('2026-10-01', 'holiday', '国庆节'),
    ('2026-10-02', 'holiday', '国庆节'),
    ('2026-10-03', 'holiday', '国庆节'),
    ('2026-10-04', 'holiday', '国庆节'),
    ('2026-10-05', 'holiday', '国庆节'),
    ('2026-10-06', 'holiday', '国庆节'),
    ('2026-10-07', 'holiday', '国庆节'),
    ('2026-10-10', 'workday', '国庆节调休上班');

-- The categories the clerk can edit, with the working days allowed per urgency and the service
-- points a member earns for completing an item of the category.
CREATE TABLE ledger_category (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    position       INTEGER NOT NULL DEFAULT 0,
    retired        INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    days_ordinary  INTEGER NOT NULL DEFAULT 10 CHECK (days_ordinary BETWEEN 1 AND 250),
    days_urgent    INTEGER NOT NULL DEFAULT 3 CHECK (days_urgent BETWEEN 1 AND 250),
    days_emergency INTEGER NOT NULL DEFAULT 1 CHECK (days_emergency BETWEEN 1 AND 250),
    points         INTEGER NOT NULL DEFAULT 5 CHECK (points BETWEEN 0 AND 1000)
);

INSERT INTO ledger_category (name, position) VALUES
    ('环境卫生', 1), ('设施维修', 2), ('物业矛盾', 3), ('邻里纠纷', 4), ('安全隐患', 5),
    ('养老助残', 6), ('就业创业', 7), ('政策咨询', 8), ('其他', 9);

CREATE TABLE ledger_item (
    id               INTEGER PRIMARY KEY,
    org_id           INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    -- The item's community and sub-district, kept with it so that a page of a community's or a
    -- sub-district's items is one index range, as fast on a city as on a small office.
    community_id     INTEGER REFERENCES organisation (id) ON DELETE RESTRICT,
    subdistrict_id   INTEGER REFERENCES organisation (id) ON DELETE RESTRICT,
    source           TEXT NOT NULL CHECK ((source = 'diary' OR source = 'visit' OR source = 'order' OR source = 'hotline' OR source = 'walk_in')),
    category_id      INTEGER NOT NULL REFERENCES ledger_category (id) ON DELETE RESTRICT,
    title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description      TEXT,
    location         TEXT,
    resident_name    TEXT,
    resident_phone   TEXT,
    urgency          TEXT NOT NULL CHECK ((urgency = 'ordinary' OR urgency = 'urgent' OR urgency = 'emergency')),
    recorded_on      TEXT NOT NULL CHECK (date(recorded_on) IS recorded_on),
    due_on           TEXT NOT NULL CHECK (date(due_on) IS due_on),
    state            TEXT NOT NULL CHECK ((state = 'recorded' OR state = 'accepted' OR state = 'dispatched' OR state = 'escalated' OR state = 'in_progress' OR state = 'suspended' OR state = 'closed' OR state = 'visited')),
    holder           TEXT,                -- who holds it now: the office, a member, a unit, a department
    holder_member_id INTEGER REFERENCES member (id) ON DELETE RESTRICT,
    suspended_since  TEXT,
    closed_on        TEXT,
    close_days       INTEGER, -- working days from recorded to closed, for the average
    result           TEXT,
    visited_on       TEXT,
    satisfaction     TEXT CHECK ((satisfaction = 'satisfied' OR satisfaction = 'basically_satisfied' OR satisfaction = 'dissatisfied')),
    reopened         INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    CHECK (due_on >= recorded_on),
    CHECK ((state = 'suspended') = (suspended_since IS NOT NULL))
);

-- Every page is read in the order of one of these, so that the first rows come without a sort.
CREATE INDEX ledger_item_org ON ledger_item (org_id, recorded_on, id);
CREATE INDEX ledger_item_community ON ledger_item (community_id, recorded_on, id);
CREATE INDEX ledger_item_subdistrict ON ledger_item (subdistrict_id, recorded_on, id);
CREATE INDEX ledger_item_recorded ON ledger_item (recorded_on, id);
CREATE INDEX ledger_item_category ON ledger_item (category_id, recorded_on, id);
-- The few items still open (not closed or visited), newest first and by due date (overdue first).
CREATE INDEX ledger_item_open ON ledger_item (recorded_on, id) WHERE state <> 'closed' AND state <> 'visited';
CREATE INDEX ledger_item_open_due ON ledger_item (due_on, id) WHERE state <> 'closed' AND state <> 'visited';
CREATE INDEX ledger_item_member ON ledger_item (holder_member_id) WHERE holder_member_id IS NOT NULL;

-- Every step of an item, never edited.
CREATE TABLE ledger_event (
    id         INTEGER PRIMARY KEY,
    item_id    INTEGER NOT NULL REFERENCES ledger_item (id) ON DELETE RESTRICT,
    happened_on TEXT NOT NULL CHECK (date(happened_on) IS happened_on),
    who        TEXT NOT NULL,
    action     TEXT NOT NULL CHECK ((action = 'record' OR action = 'accept' OR action = 'dispatch' OR action = 'take' OR action = 'escalate' OR action = 'report' OR action = 'progress' OR action = 'suspend' OR action = 'resume' OR action = 'close' OR action = 'visit')),
    from_state TEXT,
    to_state   TEXT NOT NULL,
    detail     TEXT,   -- to whom, which whistle, which satisfaction
    note       TEXT,
    created_at TEXT NOT NULL
);

CREATE INDEX ledger_event_item ON ledger_event (item_id, id);

CREATE TRIGGER ledger_event_never_edited BEFORE UPDATE ON ledger_event
BEGIN
    SELECT RAISE(ABORT, 'ledger events are never edited');
END;

CREATE TRIGGER ledger_event_never_deleted BEFORE DELETE ON ledger_event
BEGIN
    SELECT RAISE(ABORT, 'ledger events are never deleted');
END;

-- Full-text search over title, description and location. Chinese has no spaces between words, so
-- the text is indexed as overlapping pairs of characters (bigrams(), a function of the program):
-- a search of any length, two characters included, is a phrase of pairs found through the index.
CREATE VIRTUAL TABLE ledger_search USING fts5 (grams, content = '', tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER ledger_search_insert AFTER INSERT ON ledger_item
BEGIN
    INSERT INTO ledger_search (rowid, grams) VALUES (NEW.id, bigrams(NEW.title, NEW.description, NEW.location));
END;

CREATE TRIGGER ledger_search_update AFTER UPDATE OF title, description, location ON ledger_item
BEGIN
    INSERT INTO ledger_search (ledger_search, rowid, grams)
        VALUES ('delete', OLD.id, bigrams(OLD.title, OLD.description, OLD.location));
    INSERT INTO ledger_search (rowid, grams) VALUES (NEW.id, bigrams(NEW.title, NEW.description, NEW.location));
END;

CREATE TRIGGER ledger_search_delete AFTER DELETE ON ledger_item
BEGIN
    INSERT INTO ledger_search (ledger_search, rowid, grams)
        VALUES ('delete', OLD.id, bigrams(OLD.title, OLD.description, OLD.location));
END;

-- A grid or community that moves takes its items' community and sub-district along. (The kind
-- rules put a grid under a community and a community under a sub-district.)
CREATE TRIGGER organisation_moves_ledger AFTER UPDATE OF lineage ON organisation
WHEN NEW.kind = 'grid' OR NEW.kind = 'community'
BEGIN
    UPDATE ledger_item
    SET community_id = CASE NEW.kind WHEN 'grid' THEN NEW.parent_id ELSE NEW.id END,
        subdistrict_id = CASE NEW.kind WHEN 'grid' THEN (SELECT parent_id FROM organisation WHERE id = NEW.parent_id)
                                       ELSE NEW.parent_id END
    WHERE org_id = NEW.id;
END;

INSERT INTO tally (key) VALUES ('ledger.items');

CREATE TRIGGER ledger_item_tally_insert AFTER INSERT ON ledger_item
BEGIN
    UPDATE tally SET value = value + 1 WHERE key = 'ledger.items';
END;

CREATE TRIGGER ledger_item_tally_delete AFTER DELETE ON ledger_item
BEGIN
    UPDATE tally SET value = value - 1 WHERE key = 'ledger.items';
END;
