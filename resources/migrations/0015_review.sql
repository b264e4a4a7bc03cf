-- Schema 15: the year-end review (述职评议, 双述双评, seed 004): 年底向上级党组织进行述职，接受评议考核;
-- 提高服务对象、基层党员评议得分的权重. For each organisation and year its report (述职报告) and the
-- scores, 0–100, given by the level above, by the service objects (the co-building units; the
-- residents' satisfaction comes from the ledger) and by the members; the weights of the three as a
-- sub-district or the district sets them (ReviewWeights: by default the larger share to service
-- objects and members).

CREATE TABLE review (
    id            INTEGER PRIMARY KEY,
    org_id        INTEGER NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
    year          INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    report        TEXT,
    score_above   REAL CHECK (score_above IS NULL OR (score_above >= 0 AND score_above <= 100)),
    score_units   REAL CHECK (score_units IS NULL OR (score_units >= 0 AND score_units <= 100)),
    score_members REAL CHECK (score_members IS NULL OR (score_members >= 0 AND score_members <= 100)),
    reviewed_on   TEXT CHECK (reviewed_on IS NULL OR date(reviewed_on) IS reviewed_on),
    version       INTEGER NOT NULL DEFAULT 1,
    modified_by   TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (org_id, year)
);

CREATE INDEX review_year ON review (year, org_id);

CREATE TABLE review_weight (
    org_id INTEGER NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    source TEXT NOT NULL CHECK ((source = 'above' OR source = 'service' OR source = 'members')),
    weight INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 100),
    PRIMARY KEY (org_id, source)
);
