-- Schema 13: the places of the party's work and the third list. 党群服务站、红色驿站、活动室 (seeds
-- 000–003): a register of venues (阵地), each of an organisation, with its area, hours and what it
-- offers, the place of activities and meetings. 三是建立保障清单 (seed 004): the communities' service
-- facilities against the standard of 每百户居民拥有综合服务设施面积不低于30平方米 (seed 002, computed,
-- SpaceStandard), the work funds allotted and spent per organisation and year (区财政每年安排2000多万元
-- 专项经费), and the inspections of the party-building work (党建工作巡查制度) with the tasks they set.

CREATE TABLE venue (
    id               INTEGER PRIMARY KEY,
    org_id           INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    kind             TEXT NOT NULL CHECK ((kind = 'service_centre' OR kind = 'service_station' OR kind = 'red_post'
                                           OR kind = 'activity_room' OR kind = 'other')),
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    address          TEXT,
    area             INTEGER NOT NULL CHECK (area BETWEEN 0 AND 1000000), -- square metres
    opening_hours    TEXT,
    offers           TEXT,
    -- Counts towards the community's 综合服务设施面积 (a red post in a shop, lent, does not).
    service_facility INTEGER NOT NULL DEFAULT 1 CHECK (service_facility = 0 OR service_facility = 1),
    opened_on        TEXT CHECK (opened_on IS NULL OR date(opened_on) IS opened_on),
    closed_on        TEXT CHECK (closed_on IS NULL OR date(closed_on) IS closed_on),
    created_at       TEXT NOT NULL,
    CHECK (closed_on IS NULL OR opened_on IS NULL OR closed_on >= opened_on)
);

CREATE UNIQUE INDEX venue_name ON venue (org_id, name);

ALTER TABLE activity ADD COLUMN venue_id INTEGER REFERENCES venue (id) ON DELETE RESTRICT;
ALTER TABLE meeting ADD COLUMN venue_id INTEGER REFERENCES venue (id) ON DELETE RESTRICT;
CREATE INDEX activity_venue ON activity (venue_id) WHERE venue_id IS NOT NULL;
CREATE INDEX meeting_venue ON meeting (venue_id) WHERE venue_id IS NOT NULL;

-- Work funds (工作经费): what was allotted to an organisation for a year, and what it spent of it,
-- in fen (a hundredth of a yuan), so that sums are exact.
CREATE TABLE fund_entry (
    id         INTEGER PRIMARY KEY,
    org_id     INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    year       INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    kind       TEXT NOT NULL CHECK ((kind = 'allotted' OR kind = 'spent')),
    entry_on   TEXT NOT NULL CHECK (date(entry_on) IS entry_on),
    amount     INTEGER NOT NULL CHECK (amount BETWEEN 1 AND 100000000000),
    source     TEXT,  -- who allotted it: 区财政专项经费, 街道…
    purpose    TEXT,  -- what it was spent on
    created_at TEXT NOT NULL
);

-- A year's funds of a subtree, summed from one range of this index alone.
CREATE INDEX fund_entry_year ON fund_entry (year, org_id, kind, entry_on, amount);

-- 党建工作巡查: who inspected which organisation when, what they found; the follow-up tasks are
-- tasks of the organisation inspected (task.inspection_id), kept as a meeting's resolutions are.
CREATE TABLE inspection (
    id           INTEGER PRIMARY KEY,
    org_id       INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    inspected_on TEXT NOT NULL CHECK (date(inspected_on) IS inspected_on),
    inspectors   TEXT NOT NULL CHECK (length(trim(inspectors)) > 0),
    findings     TEXT NOT NULL CHECK (length(trim(findings)) > 0),
    created_at   TEXT NOT NULL
);

CREATE INDEX inspection_org ON inspection (org_id, inspected_on);

ALTER TABLE task ADD COLUMN inspection_id INTEGER REFERENCES inspection (id) ON DELETE RESTRICT;
CREATE INDEX task_inspection ON task (inspection_id) WHERE inspection_id IS NOT NULL;
