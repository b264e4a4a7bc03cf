-- Schema 11: handling as the seeds run it. 乡街吹哨、部门报到 (seed 002): a catalogue of the matters
-- a sub-district may whistle for, each with its whistle (快捷哨, 应急哨, 攻坚哨) and the departments
-- it summons ("1+N": the sub-district leads, N departments support); an escalated item keeps a
-- summons per department, which reports in (报到) and reports done, and the item cannot close
-- while one has not (事不完、人不撤). A dispatch to a unit names the unit of the register, with a
-- time limit (转交相关成员单位限时进行办理, seed 003). A category may require a leader's sign-off
-- before an item closes (领导销号): closing then waits for it. Escalation is allowed from 办理中 as
-- well (基层解决不了的及时上报, seed 000: the grid tried and could not).

-- The departments a whistle summons (区城管局, 区市场监管局, 派出所 …).
CREATE TABLE department (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    position INTEGER NOT NULL DEFAULT 0,
    retired  INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
);

-- The catalogue of whistle matters: what, which whistle, and the working days the summoned
-- departments have to report done.
CREATE TABLE whistle_matter (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    whistle  TEXT NOT NULL CHECK ((whistle = 'quick' OR whistle = 'emergency' OR whistle = 'tough')),
    days     INTEGER NOT NULL DEFAULT 5 CHECK (days BETWEEN 1 AND 250),
    position INTEGER NOT NULL DEFAULT 0,
    retired  INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
);

-- The N of "1+N": the departments a matter summons.
CREATE TABLE whistle_matter_department (
    matter_id     INTEGER NOT NULL REFERENCES whistle_matter (id) ON DELETE CASCADE,
    department_id INTEGER NOT NULL REFERENCES department (id) ON DELETE RESTRICT,
    PRIMARY KEY (matter_id, department_id)
);

CREATE INDEX whistle_matter_department_department ON whistle_matter_department (department_id);

-- A department summoned to an item: when, by when it is to report done, when it reported in and
-- when it reported done. An item escalated again (sent back, then whistled once more) summons
-- afresh; the earlier summons stay as they ended.
CREATE TABLE ledger_summons (
    id            INTEGER PRIMARY KEY,
    item_id       INTEGER NOT NULL REFERENCES ledger_item (id) ON DELETE RESTRICT,
    department_id INTEGER NOT NULL REFERENCES department (id) ON DELETE RESTRICT,
    summoned_on   TEXT NOT NULL CHECK (date(summoned_on) IS summoned_on),
    due_on        TEXT NOT NULL CHECK (date(due_on) IS due_on),
    reported_on   TEXT CHECK (reported_on IS NULL OR date(reported_on) IS reported_on),
    done_on       TEXT CHECK (done_on IS NULL OR date(done_on) IS done_on),
    CHECK (due_on >= summoned_on),
    CHECK (done_on IS NULL OR (reported_on IS NOT NULL AND done_on >= reported_on))
);

CREATE INDEX ledger_summons_item ON ledger_summons (item_id, id);
CREATE INDEX ledger_summons_department ON ledger_summons (department_id);

-- The matter an item was whistled for, the unit it is dispatched to and the unit's time limit.
ALTER TABLE ledger_item ADD COLUMN whistle_matter_id INTEGER REFERENCES whistle_matter (id) ON DELETE RESTRICT;
ALTER TABLE ledger_item ADD COLUMN holder_unit_id INTEGER REFERENCES unit (id) ON DELETE RESTRICT;
ALTER TABLE ledger_item ADD COLUMN holder_due_on TEXT CHECK (holder_due_on IS NULL OR date(holder_due_on) IS holder_due_on);

CREATE INDEX ledger_item_unit ON ledger_item (holder_unit_id) WHERE holder_unit_id IS NOT NULL;

-- The categories whose items close only when a leader signs them off.
ALTER TABLE ledger_category ADD COLUMN needs_signoff INTEGER NOT NULL DEFAULT 0 CHECK (needs_signoff IN (0, 1));

-- A new state (awaiting_signoff: 待销号) and three new steps (report_done: a department reports
-- done; sign_off: 领导销号; send_back: the leader sends the item back to be handled again). The
-- checks only admit more values, which every row already meets: the table's text in the schema
-- is changed as in schema 8, the rows on disk untouched.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
SET sql = replace(sql, 'state = ''closed'' OR state = ''visited''))',
                       'state = ''closed'' OR state = ''visited'' OR state = ''awaiting_signoff''))')
WHERE type = 'table' AND name = 'ledger_item';
UPDATE sqlite_schema
SET sql = replace(sql, 'action = ''close'' OR action = ''visit''))',
                       'action = ''close'' OR action = ''visit'' OR action = ''report_done'' OR action = ''sign_off'' OR action = ''send_back''))')
WHERE type = 'table' AND name = 'ledger_event';
PRAGMA writable_schema = RESET;
-- A change of the schema's text alone does not tell other connections; a table made and dropped does.
CREATE TABLE schema_11_changed (x);
DROP TABLE schema_11_changed;
