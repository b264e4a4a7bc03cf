-- Schema 9: the whole ledger's figures as running counts, so that `stats` and the overview read
-- five numbers instead of scanning a city's million items: the items done (closed or visited),
-- those with a visit's satisfaction and those satisfied, and the working days to close (their sum
-- and how many items have one, for the average). Kept by the ledger's tally triggers, counted
-- afresh after a bulk load (Tally::recount), checked by `check`.

INSERT INTO tally (key, value) VALUES
    ('ledger.done', (SELECT count(*) FROM ledger_item WHERE state IN ('closed', 'visited'))),
    ('ledger.rated', (SELECT count(*) FROM ledger_item WHERE satisfaction IS NOT NULL)),
    ('ledger.satisfied', (SELECT count(*) FROM ledger_item WHERE satisfaction IN ('satisfied', 'basically_satisfied'))),
    ('ledger.close_days', (SELECT coalesce(sum(close_days), 0) FROM ledger_item)),
    ('ledger.close_days_items', (SELECT count(close_days) FROM ledger_item));

DROP TRIGGER ledger_item_tally_insert;
DROP TRIGGER ledger_item_tally_delete;

-- What one item adds to each count, as Tally::definitions counts it from the rows.
CREATE TRIGGER ledger_item_tally_insert AFTER INSERT ON ledger_item
BEGIN
    UPDATE tally SET value = value + CASE key
        WHEN 'ledger.items' THEN 1
        WHEN 'ledger.done' THEN NEW.state IN ('closed', 'visited')
        WHEN 'ledger.rated' THEN NEW.satisfaction IS NOT NULL
        WHEN 'ledger.satisfied' THEN coalesce(NEW.satisfaction IN ('satisfied', 'basically_satisfied'), 0)
        WHEN 'ledger.close_days' THEN coalesce(NEW.close_days, 0)
        ELSE NEW.close_days IS NOT NULL END
    WHERE key IN ('ledger.items', 'ledger.done', 'ledger.rated', 'ledger.satisfied', 'ledger.close_days',
                  'ledger.close_days_items');
END;

CREATE TRIGGER ledger_item_tally_delete AFTER DELETE ON ledger_item
BEGIN
    UPDATE tally SET value = value - CASE key
        WHEN 'ledger.items' THEN 1
        WHEN 'ledger.done' THEN OLD.state IN ('closed', 'visited')
        WHEN 'ledger.rated' THEN OLD.satisfaction IS NOT NULL
        WHEN 'ledger.satisfied' THEN coalesce(OLD.satisfaction IN ('satisfied', 'basically_satisfied'), 0)
        WHEN 'ledger.close_days' THEN coalesce(OLD.close_days, 0)
        ELSE OLD.close_days IS NOT NULL END
    WHERE key IN ('ledger.items', 'ledger.done', 'ledger.rated', 'ledger.satisfied', 'ledger.close_days',
                  'ledger.close_days_items');
END;

CREATE TRIGGER ledger_item_tally_update AFTER UPDATE OF state, satisfaction, close_days ON ledger_item
BEGIN
    UPDATE tally SET value = value + CASE key
        WHEN 'ledger.done' THEN (NEW.state IN ('closed', 'visited')) - (OLD.state IN ('closed', 'visited'))
        WHEN 'ledger.rated' THEN (NEW.satisfaction IS NOT NULL) - (OLD.satisfaction IS NOT NULL)
        WHEN 'ledger.satisfied' THEN coalesce(NEW.satisfaction IN ('satisfied', 'basically_satisfied'), 0)
                                     - coalesce(OLD.satisfaction IN ('satisfied', 'basically_satisfied'), 0)
        WHEN 'ledger.close_days' THEN coalesce(NEW.close_days, 0) - coalesce(OLD.close_days, 0)
        ELSE (NEW.close_days IS NOT NULL) - (OLD.close_days IS NOT NULL) END
    WHERE key IN ('ledger.done', 'ledger.rated', 'ledger.satisfied', 'ledger.close_days', 'ledger.close_days_items');
END;
