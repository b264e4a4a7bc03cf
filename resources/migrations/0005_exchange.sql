-- Schema 5: what a district database keeps of the quarterly packages it merged.

-- One row per sub-district and quarter: the package merged last (a newer one replaces it).
CREATE TABLE import_package (
    id          INTEGER PRIMARY KEY,
    source      TEXT NOT NULL,  -- the sending organisation's path of names (迎江区/新河路街道)
    quarter     TEXT NOT NULL,  -- 2026Q3
    created_at  TEXT NOT NULL,  -- when the sub-district wrote it
    fingerprint TEXT NOT NULL,  -- SHA-256 over the manifest's table checksums
    file_name   TEXT NOT NULL,
    row_count   INTEGER NOT NULL,
    personal    INTEGER NOT NULL CHECK (personal = 0 OR personal = 1),
    imported_at TEXT NOT NULL,
    UNIQUE (source, quarter)
);

-- Which local row a row of a sub-district's database became, so that a later package updates it
-- instead of adding it twice.
CREATE TABLE import_key (
    source     TEXT NOT NULL,
    table_name TEXT NOT NULL,
    source_id  INTEGER NOT NULL,
    local_id   INTEGER NOT NULL,
    PRIMARY KEY (source, table_name, source_id)
) WITHOUT ROWID;

-- Member figures of the organisations merged from packages (the members themselves stay with
-- their sub-district); the latest quarter's figures.
CREATE TABLE member_figures (
    org_id       INTEGER PRIMARY KEY REFERENCES organisation (id) ON DELETE RESTRICT,
    quarter      TEXT NOT NULL,
    active       INTEGER NOT NULL CHECK (active >= 0),
    probationary INTEGER NOT NULL CHECK (probationary >= 0),
    flowing      INTEGER NOT NULL CHECK (flowing >= 0),
    in_service   INTEGER NOT NULL CHECK (in_service >= 0)
);
