-- Schema 12: who reports, and the grid staff's work. 网格员每天都要做的工作: 记录民情日记 (seed 000);
-- 86名党员中心户连续13年走记民情日记 (seed 004): an item records who reported it — a grid worker or
-- an informant (a role), a party member, or a party-member household — and may belong to a
-- household. 每周下沉走访不少于5小时 (seed 002): the grid staff log their visits (date, time,
-- households visited). 完善网格人员考核评价体系 (seed 001): a sub-district weighs the criteria of
-- the grid staff's assessment (GridStaffAssessment) as it sees fit.

ALTER TABLE ledger_item ADD COLUMN reporter_role_id INTEGER REFERENCES role (id) ON DELETE RESTRICT;
ALTER TABLE ledger_item ADD COLUMN reporter_member_id INTEGER REFERENCES member (id) ON DELETE RESTRICT;
ALTER TABLE ledger_item ADD COLUMN household_id INTEGER REFERENCES organisation (id) ON DELETE RESTRICT;

-- The items the grid staff raised in a quarter, with how they went, from one range of this index
-- alone (the assessment); a household's items.
CREATE INDEX ledger_item_reported ON ledger_item (recorded_on, reporter_role_id, due_on, closed_on, satisfaction, state)
    WHERE reporter_role_id IS NOT NULL;
CREATE INDEX ledger_item_household ON ledger_item (household_id) WHERE household_id IS NOT NULL;
CREATE INDEX ledger_item_reporter_member ON ledger_item (reporter_member_id) WHERE reporter_member_id IS NOT NULL;

-- A visit of a grid's staff (下沉走访): who, in which grid, when, for how long, how many households.
CREATE TABLE grid_visit (
    id         INTEGER PRIMARY KEY,
    role_id    INTEGER NOT NULL REFERENCES role (id) ON DELETE RESTRICT,
    org_id     INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    visited_on TEXT NOT NULL CHECK (date(visited_on) IS visited_on),
    minutes    INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    households INTEGER NOT NULL DEFAULT 0 CHECK (households BETWEEN 0 AND 10000),
    note       TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE INDEX grid_visit_date ON grid_visit (visited_on, role_id);
CREATE INDEX grid_visit_role ON grid_visit (role_id, visited_on);
CREATE INDEX grid_visit_org ON grid_visit (org_id, visited_on);
-- Each person's visits week by week (Monday to Sunday), kept by the triggers below whoever writes
-- the visits (the sqlite3 shell as well): the weekly rule of a city's quarter — a million visits —
-- is then read as one row per person and week, in the order of its groups.
CREATE TABLE grid_visit_week (
    role_id    INTEGER NOT NULL REFERENCES role (id) ON DELETE RESTRICT,
    week_of    TEXT NOT NULL CHECK (date(week_of) IS week_of), -- the Monday
    minutes    INTEGER NOT NULL DEFAULT 0,
    visits     INTEGER NOT NULL DEFAULT 0,
    households INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (role_id, week_of)
);

-- A quarter's weeks, one range, whatever the years kept.
CREATE INDEX grid_visit_week_range ON grid_visit_week (week_of, role_id, minutes, visits, households);

CREATE TRIGGER grid_visit_week_insert AFTER INSERT ON grid_visit
BEGIN
    INSERT INTO grid_visit_week (role_id, week_of, minutes, visits, households)
        VALUES (NEW.role_id, date(NEW.visited_on, '-6 days', 'weekday 1'), NEW.minutes, 1, NEW.households)
        ON CONFLICT (role_id, week_of) DO UPDATE SET minutes = minutes + excluded.minutes, visits = visits + 1,
                                                      households = households + excluded.households;
END;

CREATE TRIGGER grid_visit_week_delete AFTER DELETE ON grid_visit
BEGIN
    UPDATE grid_visit_week SET minutes = minutes - OLD.minutes, visits = visits - 1, households = households - OLD.households
        WHERE role_id = OLD.role_id AND week_of = date(OLD.visited_on, '-6 days', 'weekday 1');
END;

CREATE TRIGGER grid_visit_week_update AFTER UPDATE OF role_id, visited_on, minutes, households ON grid_visit
BEGIN
    UPDATE grid_visit_week SET minutes = minutes - OLD.minutes, visits = visits - 1, households = households - OLD.households
        WHERE role_id = OLD.role_id AND week_of = date(OLD.visited_on, '-6 days', 'weekday 1');
    INSERT INTO grid_visit_week (role_id, week_of, minutes, visits, households)
        VALUES (NEW.role_id, date(NEW.visited_on, '-6 days', 'weekday 1'), NEW.minutes, 1, NEW.households)
        ON CONFLICT (role_id, week_of) DO UPDATE SET minutes = minutes + excluded.minutes, visits = visits + 1,
                                                      households = households + excluded.households;
END;

-- The weights of the assessment's criteria a sub-district sets (a district's: the default of its
-- sub-districts): the weekly hours rule, items raised, items handled on time, satisfaction.
CREATE TABLE assessment_weight (
    org_id    INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    criterion TEXT NOT NULL CHECK ((criterion = 'hours' OR criterion = 'raised' OR criterion = 'on_time' OR criterion = 'satisfaction')),
    weight    INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 100),
    PRIMARY KEY (org_id, criterion)
);
