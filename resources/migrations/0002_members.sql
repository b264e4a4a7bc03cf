-- Schema 2: party members, the roles people hold in organisations, and service points.

CREATE TABLE member (
    id                    INTEGER PRIMARY KEY,
    org_id                INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    name                  TEXT NOT NULL CHECK (length(trim(name)) > 0),
    gender                TEXT NOT NULL CHECK (gender IN ('male', 'female')),
    birth_date            TEXT NOT NULL CHECK (date(birth_date) IS birth_date),
    ethnicity             TEXT,
    education             TEXT,
    id_number             TEXT CHECK (id_number IS NULL OR length(id_number) = 18),
    joined_on             TEXT NOT NULL CHECK (date(joined_on) IS joined_on),
    -- 转正: NULL while the member is probationary (预备党员).
    full_member_on        TEXT CHECK (full_member_on IS NULL OR date(full_member_on) IS full_member_on),
    phone                 TEXT,
    category              TEXT NOT NULL CHECK ((category = 'registered' OR category = 'flowing' OR category = 'in_service')),
    flowing_where         TEXT,
    flowing_since         TEXT CHECK (flowing_since IS NULL OR date(flowing_since) IS flowing_since),
    employer              TEXT,
    reported_to_id        INTEGER REFERENCES organisation (id) ON DELETE RESTRICT,
    reported_on           TEXT CHECK (reported_on IS NULL OR date(reported_on) IS reported_on),
    service_hours         REAL CHECK (service_hours IS NULL OR service_hours >= 0),
    status                TEXT NOT NULL DEFAULT 'active'
                          CHECK ((status = 'active' OR status = 'transferred_out' OR status = 'deceased')),
    status_on             TEXT CHECK (status_on IS NULL OR date(status_on) IS status_on),
    notes                 TEXT,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    CHECK (joined_on > birth_date),
    CHECK (full_member_on IS NULL OR full_member_on > joined_on),
    CHECK ((status = 'active') = (status_on IS NULL))
);

CREATE INDEX member_org ON member (org_id, id);
CREATE INDEX member_name ON member (name, birth_date);
CREATE INDEX member_joined ON member (joined_on, id);
CREATE INDEX member_birth ON member (birth_date, id);
CREATE UNIQUE INDEX member_id_number ON member (id_number) WHERE id_number IS NOT NULL;

-- A party-member central household is a member's home.
ALTER TABLE organisation ADD COLUMN member_id INTEGER REFERENCES member (id) ON DELETE SET NULL;
CREATE INDEX organisation_member ON organisation (member_id) WHERE member_id IS NOT NULL;

INSERT INTO tally (key) VALUES ('member.active');

CREATE TRIGGER member_tally_insert AFTER INSERT ON member
WHEN NEW.status = 'active'
BEGIN
    UPDATE tally SET value = value + 1 WHERE key = 'member.active';
END;

CREATE TRIGGER member_tally_delete AFTER DELETE ON member
WHEN OLD.status = 'active'
BEGIN
    UPDATE tally SET value = value - 1 WHERE key = 'member.active';
END;

CREATE TRIGGER member_tally_update AFTER UPDATE OF status ON member
WHEN (OLD.status = 'active') <> (NEW.status = 'active')
BEGIN
    UPDATE tally SET value = value + (CASE WHEN NEW.status = 'active' THEN 1 ELSE -1 END)
    WHERE key = 'member.active';
END;

-- Roles people hold in an organisation, members or not: 书记, 网格长, 网格员, 楼栋长, 信息员, 兼职委员.
CREATE TABLE role (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    kind        TEXT NOT NULL CHECK ((kind = 'secretary' OR kind = 'grid_head' OR kind = 'grid_worker' OR kind = 'building_head' OR kind = 'informant' OR kind = 'part_time_member')),
    person_name TEXT NOT NULL CHECK (length(trim(person_name)) > 0),
    phone       TEXT,
    member_id   INTEGER REFERENCES member (id) ON DELETE RESTRICT,
    unit_name   TEXT,
    started_on  TEXT CHECK (started_on IS NULL OR date(started_on) IS started_on),
    ended_on    TEXT CHECK (ended_on IS NULL OR date(ended_on) IS ended_on),
    created_at  TEXT NOT NULL,
    CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on)
);

CREATE INDEX role_org ON role (org_id, kind);
CREATE INDEX role_member ON role (member_id) WHERE member_id IS NOT NULL;

-- Service points (党员服务积分): append-only. A mistake is undone by a reversing entry.
CREATE TABLE points_entry (
    id          INTEGER PRIMARY KEY,
    member_id   INTEGER NOT NULL REFERENCES member (id) ON DELETE RESTRICT,
    entered_on  TEXT NOT NULL CHECK (date(entered_on) IS entered_on),
    points      INTEGER NOT NULL CHECK (points <> 0),
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    source      TEXT NOT NULL CHECK ((source = 'ledger' OR source = 'activity' OR source = 'manual' OR source = 'redemption' OR source = 'reversal')),
    source_ref  INTEGER,
    reverses_id INTEGER UNIQUE REFERENCES points_entry (id) ON DELETE RESTRICT,
    created_at  TEXT NOT NULL,
    CHECK ((source = 'reversal') = (reverses_id IS NOT NULL))
);

CREATE INDEX points_entry_member ON points_entry (member_id, entered_on);
CREATE INDEX points_entry_date ON points_entry (entered_on);

CREATE TRIGGER points_entry_never_edited BEFORE UPDATE ON points_entry
BEGIN
    SELECT RAISE(ABORT, 'service points entries are never edited; add a reversing entry');
END;

CREATE TRIGGER points_entry_never_deleted BEFORE DELETE ON points_entry
BEGIN
    SELECT RAISE(ABORT, 'service points entries are never deleted; add a reversing entry');
END;
