-- Schema 4: co-building (一横) and the lists that drive the work (一清单): resident units and their
-- membership of the 大工委/大党委, agreements and their joint activities, needs, resources and
-- projects (三张清单), joint meetings and the tasks their resolutions become.

-- The categories that needs and resources share, so that one can be matched to the other.
CREATE TABLE cobuild_category (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    position INTEGER NOT NULL DEFAULT 0,
    retired  INTEGER NOT NULL DEFAULT 0 CHECK (retired = 0 OR retired = 1)
);

INSERT INTO cobuild_category (name, position) VALUES
    ('场地阵地', 1), ('志愿服务', 2), ('资金支持', 3), ('专业技能', 4), ('设施设备', 5),
    ('教育培训', 6), ('其他', 7);

-- 驻区单位: a unit resident in a community or sub-district.
CREATE TABLE unit (
    id         INTEGER PRIMARY KEY,
    org_id     INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    type       TEXT NOT NULL CHECK ((type = 'organ' OR type = 'institution' OR type = 'soe' OR type = 'private'
                                    OR type = 'social' OR type = 'school' OR type = 'property')),
    address    TEXT,
    contact    TEXT,
    phone      TEXT,
    party_org  TEXT,
    secretary  TEXT,
    created_at TEXT NOT NULL
);

CREATE INDEX unit_org ON unit (org_id);

-- A unit's seat in a sub-district's 大工委 or a community's 大党委, and the part-time committee
-- member (兼职委员, a role with its term) it sends.
CREATE TABLE unit_membership (
    id        INTEGER PRIMARY KEY,
    unit_id   INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
    org_id    INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    role_id   INTEGER REFERENCES role (id) ON DELETE RESTRICT,
    joined_on TEXT NOT NULL CHECK (date(joined_on) IS joined_on),
    left_on   TEXT CHECK (left_on IS NULL OR date(left_on) IS left_on),
    CHECK (left_on IS NULL OR left_on >= joined_on)
);

CREATE INDEX unit_membership_unit ON unit_membership (unit_id);
CREATE INDEX unit_membership_org ON unit_membership (org_id);

-- 共建协议 between a community or sub-district and a unit.
CREATE TABLE agreement (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    unit_id         INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
    kind            TEXT NOT NULL CHECK ((kind = 'pairing' OR kind = 'contract' OR kind = 'claim')),
    signed_on       TEXT NOT NULL CHECK (date(signed_on) IS signed_on),
    ends_on         TEXT NOT NULL CHECK (date(ends_on) IS ends_on),
    commitments     TEXT,
    target_per_year INTEGER NOT NULL DEFAULT 4 CHECK (target_per_year >= 0),
    created_at      TEXT NOT NULL,
    CHECK (ends_on > signed_on)
);

CREATE INDEX agreement_org ON agreement (org_id);
CREATE INDEX agreement_unit ON agreement (unit_id);
CREATE INDEX agreement_ends ON agreement (ends_on);

-- A joint activity held under an agreement.
CREATE TABLE activity (
    id           INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE RESTRICT,
    held_on      TEXT NOT NULL CHECK (date(held_on) IS held_on),
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    participants INTEGER NOT NULL DEFAULT 0 CHECK (participants >= 0),
    note         TEXT,
    created_at   TEXT NOT NULL
);

CREATE INDEX activity_agreement ON activity (agreement_id, held_on);

-- Members who took part, with the service points it credited them (if any).
CREATE TABLE activity_member (
    activity_id     INTEGER NOT NULL REFERENCES activity (id) ON DELETE RESTRICT,
    member_id       INTEGER NOT NULL REFERENCES member (id) ON DELETE RESTRICT,
    points_entry_id INTEGER REFERENCES points_entry (id) ON DELETE RESTRICT,
    PRIMARY KEY (activity_id, member_id)
) WITHOUT ROWID;

CREATE INDEX activity_member_member ON activity_member (member_id);

-- 需求清单: posted by a community or a grid.
CREATE TABLE need (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    category_id INTEGER NOT NULL REFERENCES cobuild_category (id) ON DELETE RESTRICT,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT,
    posted_on   TEXT NOT NULL CHECK (date(posted_on) IS posted_on),
    state       TEXT NOT NULL DEFAULT 'open'
                CHECK ((state = 'open' OR state = 'matched' OR state = 'fulfilled' OR state = 'withdrawn')),
    state_on    TEXT CHECK (state_on IS NULL OR date(state_on) IS state_on),
    created_at  TEXT NOT NULL,
    CHECK ((state = 'open') = (state_on IS NULL)),
    CHECK (state_on IS NULL OR state_on >= posted_on)
);

CREATE INDEX need_org ON need (org_id);
CREATE INDEX need_category ON need (category_id, state);

-- 资源清单: offered by a unit for a period.
CREATE TABLE resource (
    id             INTEGER PRIMARY KEY,
    unit_id        INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
    category_id    INTEGER NOT NULL REFERENCES cobuild_category (id) ON DELETE RESTRICT,
    title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
    capacity       TEXT,
    available_from TEXT NOT NULL CHECK (date(available_from) IS available_from),
    available_to   TEXT CHECK (available_to IS NULL OR date(available_to) IS available_to),
    withdrawn_on   TEXT CHECK (withdrawn_on IS NULL OR date(withdrawn_on) IS withdrawn_on),
    created_at     TEXT NOT NULL,
    CHECK (available_to IS NULL OR available_to >= available_from)
);

CREATE INDEX resource_unit ON resource (unit_id);
CREATE INDEX resource_category ON resource (category_id);

CREATE TABLE need_resource (
    need_id     INTEGER NOT NULL REFERENCES need (id) ON DELETE RESTRICT,
    resource_id INTEGER NOT NULL REFERENCES resource (id) ON DELETE RESTRICT,
    matched_on  TEXT NOT NULL CHECK (date(matched_on) IS matched_on),
    PRIMARY KEY (need_id, resource_id)
) WITHOUT ROWID;

CREATE INDEX need_resource_resource ON need_resource (resource_id);

-- 项目清单: 书记项目, 共建项目, 民生项目, through the stages 立项 → 推进 → 成效 → 结项.
CREATE TABLE project (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK ((kind = 'secretary' OR kind = 'cobuild' OR kind = 'livelihood')),
    title        TEXT NOT NULL CHECK (length(trim(title)) > 0),
    org_id       INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    secretary    TEXT,
    stage        TEXT NOT NULL DEFAULT 'approved'
                 CHECK ((stage = 'approved' OR stage = 'advancing' OR stage = 'results' OR stage = 'concluded')),
    approved_on  TEXT NOT NULL CHECK (date(approved_on) IS approved_on),
    advancing_on TEXT CHECK (advancing_on IS NULL OR date(advancing_on) IS advancing_on),
    results_on   TEXT CHECK (results_on IS NULL OR date(results_on) IS results_on),
    concluded_on TEXT CHECK (concluded_on IS NULL OR date(concluded_on) IS concluded_on),
    budget       REAL CHECK (budget IS NULL OR budget >= 0),
    description  TEXT,
    created_at   TEXT NOT NULL,
    CHECK (advancing_on IS NULL OR advancing_on >= approved_on),
    CHECK (results_on IS NULL OR (advancing_on IS NOT NULL AND results_on >= advancing_on)),
    CHECK (concluded_on IS NULL OR (results_on IS NOT NULL AND concluded_on >= results_on))
);

CREATE INDEX project_org ON project (org_id);

-- 认领: a unit or a member claims a project.
CREATE TABLE project_claim (
    id         INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE RESTRICT,
    unit_id    INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
    member_id  INTEGER REFERENCES member (id) ON DELETE RESTRICT,
    claimed_on TEXT NOT NULL CHECK (date(claimed_on) IS claimed_on),
    CHECK ((unit_id IS NULL) <> (member_id IS NULL))
);

CREATE INDEX project_claim_project ON project_claim (project_id);

CREATE TABLE project_need (
    project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE RESTRICT,
    need_id    INTEGER NOT NULL REFERENCES need (id) ON DELETE RESTRICT,
    PRIMARY KEY (project_id, need_id)
) WITHOUT ROWID;

CREATE TABLE project_resource (
    project_id  INTEGER NOT NULL REFERENCES project (id) ON DELETE RESTRICT,
    resource_id INTEGER NOT NULL REFERENCES resource (id) ON DELETE RESTRICT,
    PRIMARY KEY (project_id, resource_id)
) WITHOUT ROWID;

-- The rhythm of a project: 周调度、月通报、季点评、年考核.
CREATE TABLE project_review (
    id         INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project (id) ON DELETE RESTRICT,
    kind       TEXT NOT NULL CHECK ((kind = 'weekly' OR kind = 'monthly' OR kind = 'quarterly' OR kind = 'annual')),
    held_on    TEXT NOT NULL CHECK (date(held_on) IS held_on),
    note       TEXT NOT NULL CHECK (length(trim(note)) > 0),
    created_at TEXT NOT NULL
);

CREATE INDEX project_review_project ON project_review (project_id, held_on);

-- 党建联席会议 of a district (monthly), a sub-district or a community (quarterly).
CREATE TABLE meeting (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    held_on     TEXT NOT NULL CHECK (date(held_on) IS held_on),
    attendees   TEXT,
    topics      TEXT NOT NULL CHECK (length(trim(topics)) > 0),
    resolutions TEXT,
    created_at  TEXT NOT NULL
);

CREATE INDEX meeting_org ON meeting (org_id, held_on);

CREATE TABLE meeting_unit (
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE RESTRICT,
    unit_id    INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
    PRIMARY KEY (meeting_id, unit_id)
) WITHOUT ROWID;

-- 任务清单: a resolution of a meeting (or an annual task) owned by an organisation.
CREATE TABLE task (
    id         INTEGER PRIMARY KEY,
    org_id     INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    meeting_id INTEGER REFERENCES meeting (id) ON DELETE RESTRICT,
    title      TEXT NOT NULL CHECK (length(trim(title)) > 0),
    set_on     TEXT NOT NULL CHECK (date(set_on) IS set_on),
    due_on     TEXT NOT NULL CHECK (date(due_on) IS due_on),
    state      TEXT NOT NULL DEFAULT 'open' CHECK ((state = 'open' OR state = 'done' OR state = 'cancelled')),
    done_on    TEXT CHECK (done_on IS NULL OR date(done_on) IS done_on),
    created_at TEXT NOT NULL,
    CHECK (due_on >= set_on),
    CHECK ((state = 'open') = (done_on IS NULL)),
    CHECK (done_on IS NULL OR done_on >= set_on)
);

CREATE INDEX task_org ON task (org_id);
CREATE INDEX task_open_due ON task (due_on) WHERE state = 'open';
CREATE INDEX task_meeting ON task (meeting_id) WHERE meeting_id IS NOT NULL;
