-- Schema 16: activities and meetings of every kind (issue 14, item 6). 功能性党支部…开展主题活动8次
-- (seed 003), 组织生活, volunteer service: an activity is held by an organisation of the tree, under a
-- co-building agreement or without one. 长板凳议事会, 党群议事会, 网格党群议事会, 红色议事厅 (seeds 001,
-- 002), 三方议事会: a meeting has a kind; only the joint meetings (联席会议) keep the rhythm, and grids
-- may hold deliberation meetings (议事会) whose resolutions become tasks as a joint meeting's do.
--
-- SQLite cannot loosen a NOT NULL column in place, so the activity table is built anew under the
-- same name (its columns in the order the server's table has them). Renaming a table that others
-- refer to would carry their references along (foreign keys are on, and cannot be turned off
-- inside the upgrade's transaction), so the one table that refers to it, activity_member, is set
-- aside first and built again after, with the same rows. The upgrade's foreign-key check runs
-- before it commits.

CREATE TEMP TABLE activity_member_before_16 AS SELECT activity_id, member_id, points_entry_id FROM activity_member;
DROP TABLE activity_member;
ALTER TABLE activity RENAME TO activity_before_16;

CREATE TABLE activity (
    id           INTEGER PRIMARY KEY,
    agreement_id INTEGER REFERENCES agreement (id) ON DELETE RESTRICT,
    held_on      TEXT NOT NULL CHECK (date(held_on) IS held_on),
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    participants INTEGER NOT NULL DEFAULT 0 CHECK (participants >= 0),
    note         TEXT,
    created_at   TEXT NOT NULL,
    venue_id     INTEGER REFERENCES venue (id) ON DELETE RESTRICT,
    hours        REAL CHECK (hours IS NULL OR (hours > 0 AND hours <= 24)),
    org_id       INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    kind         TEXT NOT NULL DEFAULT 'joint' CHECK ((kind = 'joint' OR kind = 'organisational_life' OR kind = 'theme' OR kind = 'volunteer_service')),
    -- A joint activity (联建活动) is one held under an agreement, and an activity under an
    -- agreement is a joint one (it counts towards the agreement's target).
    CHECK ((kind = 'joint') = (agreement_id IS NOT NULL))
);

INSERT INTO activity (id, agreement_id, held_on, title, participants, note, created_at, venue_id, hours, org_id, kind)
    SELECT t.id, t.agreement_id, t.held_on, t.title, t.participants, t.note, t.created_at, t.venue_id, t.hours, a.org_id, 'joint'
    FROM activity_before_16 t LEFT JOIN agreement a ON a.id = t.agreement_id; -- one without its agreement is refused (org_id)

DROP TABLE activity_before_16;

-- Members who took part, with the service points it credited them (if any), as schema 4 made it.
CREATE TABLE activity_member (
    activity_id     INTEGER NOT NULL REFERENCES activity (id) ON DELETE RESTRICT,
    member_id       INTEGER NOT NULL REFERENCES member (id) ON DELETE RESTRICT,
    points_entry_id INTEGER REFERENCES points_entry (id) ON DELETE RESTRICT,
    PRIMARY KEY (activity_id, member_id)
) WITHOUT ROWID;

INSERT INTO activity_member (activity_id, member_id, points_entry_id)
    SELECT activity_id, member_id, points_entry_id FROM activity_member_before_16;
DROP TABLE activity_member_before_16;
CREATE INDEX activity_member_member ON activity_member (member_id);

CREATE INDEX activity_agreement ON activity (agreement_id, held_on) WHERE agreement_id IS NOT NULL;
CREATE INDEX activity_venue ON activity (venue_id) WHERE venue_id IS NOT NULL;
CREATE INDEX activity_org ON activity (org_id, held_on);
CREATE INDEX activity_held ON activity (held_on, kind);

ALTER TABLE meeting ADD COLUMN kind TEXT NOT NULL DEFAULT 'joint'
    CHECK ((kind = 'joint' OR kind = 'long_bench' OR kind = 'party_mass' OR kind = 'grid_party_mass' OR kind = 'red_hall' OR kind = 'tripartite'));

-- The rhythm reads an organisation's last joint meeting.
DROP INDEX meeting_org;
CREATE INDEX meeting_org ON meeting (org_id, kind, held_on);
