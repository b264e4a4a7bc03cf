-- Schema 17 on a server, in step with SQLite's 0017_structures.sql: the longer lists of kinds of
-- organisation (楼宇党委, 商圈党委, 临时党小组, 党小组), of unit types (业委会) and of roles (书记助理,
-- 居委会主任, the forces sent down to a grid), and the running counts of the new kinds.

ALTER TABLE organisation DROP CONSTRAINT organisation_kind_check;
ALTER TABLE organisation ADD CONSTRAINT organisation_kind_check
    CHECK ((kind = 'district' OR kind = 'subdistrict' OR kind = 'community' OR kind = 'grid'
            OR kind = 'building_group' OR kind = 'household' OR kind = 'functional_branch'
            OR kind = 'temporary_branch' OR kind = 'sector_committee' OR kind = 'building_committee'
            OR kind = 'business_committee' OR kind = 'temporary_group' OR kind = 'party_group'));

INSERT INTO tally (key) VALUES ('org.building_committee'), ('org.business_committee'), ('org.temporary_group'), ('org.party_group');

ALTER TABLE unit DROP CONSTRAINT unit_type_check;
ALTER TABLE unit ADD CONSTRAINT unit_type_check
    CHECK ((type = 'organ' OR type = 'institution' OR type = 'soe' OR type = 'private'
            OR type = 'social' OR type = 'school' OR type = 'property' OR type = 'owners_committee'));

ALTER TABLE role DROP CONSTRAINT role_kind_check;
ALTER TABLE role ADD CONSTRAINT role_kind_check
    CHECK ((kind = 'secretary' OR kind = 'grid_head' OR kind = 'grid_worker' OR kind = 'building_head'
            OR kind = 'informant' OR kind = 'part_time_member' OR kind = 'secretary_assistant'
            OR kind = 'committee_director' OR kind = 'police' OR kind = 'judicial'
            OR kind = 'market_regulation' OR kind = 'urban_management' OR kind = 'property_staff'));
