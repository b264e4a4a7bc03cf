-- Schema 14: in-service members and their employers (双联双管, seed 004). 推进在职党员到社区报到
-- (seed 001): what an in-service member did in the community each quarter goes back to the party
-- organisation of their employer on a feedback card — the activities they took part in and for
-- how long, the ledger items they took on, their service points. An activity records how long it
-- lasted (hours; NULL where not recorded), which each member taking part is credited with.

ALTER TABLE activity ADD COLUMN hours REAL CHECK (hours IS NULL OR (hours > 0 AND hours <= 24));

-- The in-service members of a community, or of an employer, without reading every member.
CREATE INDEX member_in_service ON member (reported_to_id, employer) WHERE category = 'in_service';
