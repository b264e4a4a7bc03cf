-- zongheng: rebuilds tables (foreign keys off around the step, all checked before it commits)
-- Schema 17: the structures and roles the seeds name (issue 14, item 3), the first step: kinds of
-- organisation for 紫峰大厦党委 (楼宇党委) and 人民路商圈党委 (商圈党委, seeds 000, 004), 临时党小组
-- (seed 004: 临时党小组156个) and the 党小组 of a functional branch (三缘 branches, seed 004); 业委会
-- as a unit type (the owners' committee in the 大党委 and the 联席会议, seeds 003, 004); the roles
-- 书记助理 (sent down by the sub-district, seed 004), 居委会主任 (the secretary holding both is
-- "一肩挑", seeds 002, 003), and the forces sent down to a grid — 民警, 司法, 市场监管, 城管, 物业
-- ("1+3+X", seeds 001, 003).
--
-- SQLite keeps a column's CHECK in the table's text; the three tables are built anew with the
-- longer lists, their columns, indexes and triggers as they were. Renamed in the legacy way: only
-- the table's own text changes, the triggers of other tables that name it are not parsed while it
-- is away (they refer to it by name, and it is back under its name before the step ends).

PRAGMA legacy_alter_table = ON;

CREATE TABLE organisation_upgraded (
    id             INTEGER PRIMARY KEY,
    parent_id      INTEGER REFERENCES organisation (id) ON DELETE RESTRICT,
    kind           TEXT NOT NULL CHECK ((kind = 'district' OR kind = 'subdistrict' OR kind = 'community' OR kind = 'grid'
                                         OR kind = 'building_group' OR kind = 'household' OR kind = 'functional_branch'
                                         OR kind = 'temporary_branch' OR kind = 'sector_committee' OR kind = 'building_committee'
                                         OR kind = 'business_committee' OR kind = 'temporary_group' OR kind = 'party_group')),
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0 AND instr(name, '/') = 0),
    -- The ids from the root down to this one, '/1/5/23/': a subtree is one index range.
    lineage        TEXT NOT NULL,
    code           TEXT,
    secretary      TEXT,
    phone          TEXT,
    address        TEXT,
    households     INTEGER CHECK (households IS NULL OR households >= 0),
    established_on TEXT CHECK (established_on IS NULL OR date(established_on) IS established_on),
    dissolved_on   TEXT CHECK (dissolved_on IS NULL OR date(dissolved_on) IS dissolved_on),
    notes          TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    member_id      INTEGER REFERENCES member (id) ON DELETE SET NULL,
    version        INTEGER NOT NULL DEFAULT 1,
    modified_by    TEXT,
    CHECK (dissolved_on IS NULL OR established_on IS NULL OR dissolved_on >= established_on),
    CHECK ((parent_id IS NULL) = (kind = 'district'))
);
INSERT INTO organisation_upgraded (id, parent_id, kind, name, lineage, code, secretary, phone, address, households, established_on,
                                   dissolved_on, notes, created_at, updated_at, member_id, version, modified_by)
    SELECT id, parent_id, kind, name, lineage, code, secretary, phone, address, households, established_on,
           dissolved_on, notes, created_at, updated_at, member_id, version, modified_by FROM organisation;
DROP TABLE organisation;
ALTER TABLE organisation_upgraded RENAME TO organisation;

CREATE UNIQUE INDEX organisation_sibling_name ON organisation (parent_id, name);
CREATE UNIQUE INDEX organisation_single_root ON organisation (kind) WHERE parent_id IS NULL;
CREATE UNIQUE INDEX organisation_lineage ON organisation (lineage);
CREATE INDEX organisation_kind ON organisation (kind);
CREATE INDEX organisation_member ON organisation (member_id) WHERE member_id IS NOT NULL;

CREATE TRIGGER organisation_tally_insert AFTER INSERT ON organisation
WHEN NEW.dissolved_on IS NULL
BEGIN
    UPDATE tally SET value = value + 1 WHERE key = 'org.' || NEW.kind;
END;

CREATE TRIGGER organisation_tally_delete AFTER DELETE ON organisation
WHEN OLD.dissolved_on IS NULL
BEGIN
    UPDATE tally SET value = value - 1 WHERE key = 'org.' || OLD.kind;
END;

CREATE TRIGGER organisation_tally_update AFTER UPDATE OF kind, dissolved_on ON organisation
BEGIN
    UPDATE tally SET value = value - 1 WHERE key = 'org.' || OLD.kind AND OLD.dissolved_on IS NULL;
    UPDATE tally SET value = value + 1 WHERE key = 'org.' || NEW.kind AND NEW.dissolved_on IS NULL;
END;

-- A grid or community that moves takes its items' community and sub-district along.
CREATE TRIGGER organisation_moves_ledger AFTER UPDATE OF lineage ON organisation
WHEN NEW.kind = 'grid' OR NEW.kind = 'community'
BEGIN
    UPDATE ledger_item
    SET community_id = CASE NEW.kind WHEN 'grid' THEN NEW.parent_id ELSE NEW.id END,
        subdistrict_id = CASE NEW.kind WHEN 'grid' THEN (SELECT parent_id FROM organisation WHERE id = NEW.parent_id)
                                       ELSE NEW.parent_id END
    WHERE org_id = NEW.id;
END;

INSERT INTO tally (key) VALUES ('org.building_committee'), ('org.business_committee'), ('org.temporary_group'), ('org.party_group');

CREATE TABLE unit_upgraded (
    id         INTEGER PRIMARY KEY,
    org_id     INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    type       TEXT NOT NULL CHECK ((type = 'organ' OR type = 'institution' OR type = 'soe' OR type = 'private'
                                    OR type = 'social' OR type = 'school' OR type = 'property' OR type = 'owners_committee')),
    address    TEXT,
    contact    TEXT,
    phone      TEXT,
    party_org  TEXT,
    secretary  TEXT,
    created_at TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    modified_by TEXT,
    updated_at TEXT
);
INSERT INTO unit_upgraded (id, org_id, name, type, address, contact, phone, party_org, secretary, created_at, version, modified_by, updated_at)
    SELECT id, org_id, name, type, address, contact, phone, party_org, secretary, created_at, version, modified_by, updated_at FROM unit;
DROP TABLE unit;
ALTER TABLE unit_upgraded RENAME TO unit;
CREATE INDEX unit_org ON unit (org_id);

CREATE TABLE role_upgraded (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    kind        TEXT NOT NULL CHECK ((kind = 'secretary' OR kind = 'grid_head' OR kind = 'grid_worker' OR kind = 'building_head'
                                      OR kind = 'informant' OR kind = 'part_time_member' OR kind = 'secretary_assistant'
                                      OR kind = 'committee_director' OR kind = 'police' OR kind = 'judicial'
                                      OR kind = 'market_regulation' OR kind = 'urban_management' OR kind = 'property_staff')),
    person_name TEXT NOT NULL CHECK (length(trim(person_name)) > 0),
    phone       TEXT,
    member_id   INTEGER REFERENCES member (id) ON DELETE RESTRICT,
    unit_name   TEXT,
    started_on  TEXT CHECK (started_on IS NULL OR date(started_on) IS started_on),
    ended_on    TEXT CHECK (ended_on IS NULL OR date(ended_on) IS ended_on),
    created_at  TEXT NOT NULL,
    CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on)
);
INSERT INTO role_upgraded (id, org_id, kind, person_name, phone, member_id, unit_name, started_on, ended_on, created_at)
    SELECT id, org_id, kind, person_name, phone, member_id, unit_name, started_on, ended_on, created_at FROM role;
DROP TABLE role;
ALTER TABLE role_upgraded RENAME TO role;
CREATE INDEX role_org ON role (org_id, kind);
CREATE INDEX role_member ON role (member_id) WHERE member_id IS NOT NULL;

PRAGMA legacy_alter_table = OFF;
