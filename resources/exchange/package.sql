-- A quarterly package (.zhq): the quarter's data of one organisation's subtree, self-contained.
-- Ids are those of the sending database; references point inside the package only.

CREATE TABLE manifest (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Row count and SHA-256 of each data table's content in canonical order (see PackageChecksum).
CREATE TABLE manifest_table (
    name      TEXT PRIMARY KEY NOT NULL,
    row_count INTEGER NOT NULL,
    sha256    TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE organisation (
    id             INTEGER PRIMARY KEY,
    parent_id      INTEGER REFERENCES organisation (id),
    kind           TEXT NOT NULL,
    name           TEXT NOT NULL,
    code           TEXT,
    secretary      TEXT,
    households     INTEGER,
    established_on TEXT,
    dissolved_on   TEXT
);

CREATE TABLE member_figures (
    org_id       INTEGER PRIMARY KEY REFERENCES organisation (id),
    active       INTEGER NOT NULL,
    probationary INTEGER NOT NULL,
    flowing      INTEGER NOT NULL,
    in_service   INTEGER NOT NULL,
    joined       INTEGER NOT NULL,
    left_party   INTEGER NOT NULL
);

CREATE TABLE ledger_category (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE ledger_item (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES organisation (id),
    source          TEXT NOT NULL,
    category_id     INTEGER NOT NULL REFERENCES ledger_category (id),
    title           TEXT NOT NULL,
    description     TEXT,
    location        TEXT,
    resident_name   TEXT,
    resident_phone  TEXT,
    urgency         TEXT NOT NULL,
    recorded_on     TEXT NOT NULL,
    due_on          TEXT NOT NULL,
    state           TEXT NOT NULL,
    holder          TEXT,
    suspended_since TEXT,
    closed_on       TEXT,
    close_days      INTEGER,
    result          TEXT,
    visited_on      TEXT,
    satisfaction    TEXT,
    reopened        INTEGER NOT NULL
);

CREATE TABLE ledger_event (
    id          INTEGER PRIMARY KEY,
    item_id     INTEGER NOT NULL REFERENCES ledger_item (id),
    happened_on TEXT NOT NULL,
    who         TEXT NOT NULL,
    action      TEXT NOT NULL,
    from_state  TEXT,
    to_state    TEXT NOT NULL,
    detail      TEXT,
    note        TEXT
);

CREATE TABLE cobuild_category (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE unit (
    id        INTEGER PRIMARY KEY,
    org_id    INTEGER NOT NULL REFERENCES organisation (id),
    name      TEXT NOT NULL,
    type      TEXT NOT NULL,
    address   TEXT,
    contact   TEXT,
    phone     TEXT,
    party_org TEXT,
    secretary TEXT
);

CREATE TABLE agreement (
    id              INTEGER PRIMARY KEY,
    org_id          INTEGER NOT NULL REFERENCES organisation (id),
    unit_id         INTEGER NOT NULL REFERENCES unit (id),
    kind            TEXT NOT NULL,
    signed_on       TEXT NOT NULL,
    ends_on         TEXT NOT NULL,
    commitments     TEXT,
    target_per_year INTEGER NOT NULL
);

CREATE TABLE activity (
    id                  INTEGER PRIMARY KEY,
    agreement_id        INTEGER NOT NULL REFERENCES agreement (id),
    held_on             TEXT NOT NULL,
    title               TEXT NOT NULL,
    participants        INTEGER NOT NULL,
    members_taking_part INTEGER NOT NULL
);

CREATE TABLE need (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisation (id),
    category_id INTEGER NOT NULL REFERENCES cobuild_category (id),
    title       TEXT NOT NULL,
    description TEXT,
    posted_on   TEXT NOT NULL,
    state       TEXT NOT NULL,
    state_on    TEXT
);

CREATE TABLE resource (
    id             INTEGER PRIMARY KEY,
    unit_id        INTEGER NOT NULL REFERENCES unit (id),
    category_id    INTEGER NOT NULL REFERENCES cobuild_category (id),
    title          TEXT NOT NULL,
    capacity       TEXT,
    available_from TEXT NOT NULL,
    available_to   TEXT,
    withdrawn_on   TEXT
);

CREATE TABLE need_resource (
    need_id     INTEGER NOT NULL REFERENCES need (id),
    resource_id INTEGER NOT NULL REFERENCES resource (id),
    matched_on  TEXT NOT NULL,
    PRIMARY KEY (need_id, resource_id)
) WITHOUT ROWID;

CREATE TABLE project (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,
    title        TEXT NOT NULL,
    org_id       INTEGER NOT NULL REFERENCES organisation (id),
    secretary    TEXT,
    stage        TEXT NOT NULL,
    approved_on  TEXT NOT NULL,
    advancing_on TEXT,
    results_on   TEXT,
    concluded_on TEXT,
    budget       REAL,
    description  TEXT
);

CREATE TABLE project_claim (
    id         INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project (id),
    unit_id    INTEGER REFERENCES unit (id),
    by_member  INTEGER NOT NULL,
    claimed_on TEXT NOT NULL
);

CREATE TABLE project_review (
    id         INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES project (id),
    kind       TEXT NOT NULL,
    held_on    TEXT NOT NULL,
    note       TEXT NOT NULL
);

CREATE TABLE meeting (
    id          INTEGER PRIMARY KEY,
    org_id      INTEGER NOT NULL REFERENCES organisation (id),
    held_on     TEXT NOT NULL,
    attendees   TEXT,
    topics      TEXT NOT NULL,
    resolutions TEXT
);

CREATE TABLE task (
    id         INTEGER PRIMARY KEY,
    org_id     INTEGER NOT NULL REFERENCES organisation (id),
    meeting_id INTEGER REFERENCES meeting (id),
    title      TEXT NOT NULL,
    set_on     TEXT NOT NULL,
    due_on     TEXT NOT NULL,
    state      TEXT NOT NULL,
    done_on    TEXT
);
