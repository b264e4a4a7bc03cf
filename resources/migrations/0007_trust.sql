-- Schema 7: signing keys, and what a district keeps of the steps it merged. Every office signs
-- its quarterly packages with a key pair of its own; a district keeps a registry of the keys its
-- senders sign with.

-- The office's own key pairs (SM2). One is current; a key replaced by a newer one keeps its row,
-- retired, and the newer one carries the older one's signature over it (endorsement), so that
-- the district can take the change without a phone call. The private key never leaves this file.
CREATE TABLE office_key (
    id          INTEGER PRIMARY KEY,
    public_key  BLOB NOT NULL,
    private_key BLOB NOT NULL,
    fingerprint TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL,
    retired_at  TEXT,
    previous_id INTEGER REFERENCES office_key (id) ON DELETE RESTRICT,
    endorsement BLOB,
    CHECK ((previous_id IS NULL) = (endorsement IS NULL))
);
CREATE UNIQUE INDEX office_key_current ON office_key (retired_at) WHERE retired_at IS NULL;

-- The senders' public keys a district accepts packages under, each confirmed once (the two
-- clerks compare the fingerprint by phone) or taken over from an endorsed newer key. One key may
-- serve several senders; a sender has one current key.
CREATE TABLE sender_key (
    id            INTEGER PRIMARY KEY,
    sender        TEXT NOT NULL,  -- the sending organisation's path of names (迎江区/新河路街道)
    public_key    BLOB NOT NULL,
    fingerprint   TEXT NOT NULL,
    registered_at TEXT NOT NULL,
    how           TEXT NOT NULL CHECK (how = 'file' OR how = 'rotation'),
    retired_at    TEXT,
    UNIQUE (sender, fingerprint)
);
CREATE UNIQUE INDEX sender_key_current ON sender_key (sender) WHERE retired_at IS NULL;

-- Which key signed each merged package.
ALTER TABLE import_package ADD COLUMN signer TEXT;

-- The steps of a merged item are never edited and come in the order of their ids: a district
-- keeps, per item, the last step it merged, instead of one import_key row for every step.
CREATE TABLE import_event_mark (
    source         TEXT NOT NULL,    -- the sending organisation's path of names
    item_source_id INTEGER NOT NULL, -- the item's id in the sender's database
    last_event_id  INTEGER NOT NULL, -- the sender's id of the last step merged
    PRIMARY KEY (source, item_source_id)
) WITHOUT ROWID;

-- Marks for the steps merged before this version, then their import_key rows go.
INSERT INTO import_event_mark (source, item_source_id, last_event_id)
SELECT ki.source, ki.source_id, max(ke.source_id)
FROM import_key ke
JOIN ledger_event e ON e.id = ke.local_id
JOIN import_key ki ON ki.source = ke.source AND ki.table_name = 'ledger_item' AND ki.local_id = e.item_id
WHERE ke.table_name = 'ledger_event'
GROUP BY ki.source, ki.source_id;
DELETE FROM import_key WHERE table_name = 'ledger_event';
