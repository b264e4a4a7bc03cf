-- Schema 14 on a server, in step with SQLite's 0014_in_service.sql: how long an activity lasted,
-- and the in-service members found by the community they report to.

ALTER TABLE activity ADD COLUMN hours double precision CHECK (hours IS NULL OR (hours > 0 AND hours <= 24));

CREATE INDEX member_in_service ON member (reported_to_id, employer) WHERE category = 'in_service';
