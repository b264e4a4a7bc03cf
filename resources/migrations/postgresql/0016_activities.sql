-- Schema 16 on a server, in step with SQLite's 0016_activities.sql: an activity is held by an
-- organisation, under an agreement or without one, and has a kind; a meeting has a kind, and only
-- joint meetings keep the rhythm.

ALTER TABLE activity ADD COLUMN org_id bigint REFERENCES organisation (id) ON DELETE RESTRICT DEFERRABLE;
ALTER TABLE activity ADD COLUMN kind TEXT NOT NULL DEFAULT 'joint'
    CHECK ((kind = 'joint' OR kind = 'organisational_life' OR kind = 'theme' OR kind = 'volunteer_service'));
UPDATE activity t SET org_id = a.org_id FROM agreement a WHERE a.id = t.agreement_id;
ALTER TABLE activity ALTER COLUMN org_id SET NOT NULL;
ALTER TABLE activity ALTER COLUMN agreement_id DROP NOT NULL;
ALTER TABLE activity ADD CONSTRAINT activity_joint_has_agreement CHECK ((kind = 'joint') = (agreement_id IS NOT NULL));

DROP INDEX activity_agreement;
CREATE INDEX activity_agreement ON activity (agreement_id, held_on) WHERE agreement_id IS NOT NULL;
CREATE INDEX activity_org ON activity (org_id, held_on);
CREATE INDEX activity_held ON activity (held_on, kind);

ALTER TABLE meeting ADD COLUMN kind TEXT NOT NULL DEFAULT 'joint'
    CHECK ((kind = 'joint' OR kind = 'long_bench' OR kind = 'party_mass' OR kind = 'grid_party_mass' OR kind = 'red_hall' OR kind = 'tripartite'));

DROP INDEX meeting_org;
CREATE INDEX meeting_org ON meeting (org_id, kind, held_on);
