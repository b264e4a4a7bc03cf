-- Schema 1: the database's own facts and the organisation tree (一纵).
-- (CHECK constraints list allowed values with OR, not IN (...): for an IN list of more than two
-- constants SQLite builds a temporary index on every row written.)

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE organisation (
    id             INTEGER PRIMARY KEY,
    parent_id      INTEGER REFERENCES organisation (id) ON DELETE RESTRICT,
    kind           TEXT NOT NULL CHECK ((kind = 'district' OR kind = 'subdistrict' OR kind = 'community' OR kind = 'grid' OR kind = 'building_group' OR kind = 'household' OR kind = 'functional_branch' OR kind = 'temporary_branch' OR kind = 'sector_committee')),
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
    CHECK (dissolved_on IS NULL OR established_on IS NULL OR dissolved_on >= established_on),
    CHECK ((parent_id IS NULL) = (kind = 'district'))
);

CREATE UNIQUE INDEX organisation_sibling_name ON organisation (parent_id, name);
CREATE UNIQUE INDEX organisation_single_root ON organisation (kind) WHERE parent_id IS NULL;
CREATE UNIQUE INDEX organisation_lineage ON organisation (lineage);
CREATE INDEX organisation_kind ON organisation (kind);

-- Running counts kept by triggers, so that the overview and `stats` never count whole tables.
-- key: 'org.<kind>' counts organisations of that kind that are not dissolved.
CREATE TABLE tally (
    key   TEXT PRIMARY KEY NOT NULL,
    value INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

INSERT INTO tally (key)
VALUES ('org.district'), ('org.subdistrict'), ('org.community'), ('org.grid'), ('org.building_group'),
       ('org.household'), ('org.functional_branch'), ('org.temporary_branch'), ('org.sector_committee');

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
