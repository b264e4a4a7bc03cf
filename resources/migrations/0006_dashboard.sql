-- Schema 6: the overview's charts read the ledger of a period by month, by sub-district,
-- community or grid, by category and state from this index alone, without visiting the rows:
-- a city's year (a third of a million items) is one range of it.
CREATE INDEX ledger_item_dashboard ON ledger_item
    (recorded_on, subdistrict_id, community_id, org_id, category_id, state, satisfaction, due_on);
