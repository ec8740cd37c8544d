// One click is one row: what the handlers checked before inserting ("is there an open draft, an open
// meeting that day, a pending handover?") is now a unique index, so two requests at once (to one
// instance or to two on PostgreSQL) cannot both insert. Dialect-neutral SQL (SQLite and PostgreSQL
// both have partial unique indexes and ON CONFLICT on them).
//
// Existing duplicates do not stop the migration: they are resolved first, and nothing is deleted.
// - Two open meetings of one forum on one date: the first started stays open; the later ones are
//   closed by 'migration:006' (their agenda items and decisions stay with them, readable as before).
// - Two pending handovers of one participant: the newest stays offered (what a new offer has always
//   meant), the older ones are cancelled.
// - Drafts get `open_key`, NULL on every existing row, so no existing draft conflicts.
export const version = 6;
export const name = 'unique';
export const sql = `
UPDATE forum_meetings SET status = 'closed', closed_at = created_at, closed_by = 'migration:006'
WHERE status = 'open' AND EXISTS (
  SELECT 1 FROM forum_meetings k
  WHERE k.forum_id = forum_meetings.forum_id AND k.date = forum_meetings.date AND k.status = 'open'
    AND (k.created_at < forum_meetings.created_at
      OR (k.created_at = forum_meetings.created_at AND k.id < forum_meetings.id))
);
CREATE UNIQUE INDEX forum_meetings_open_date ON forum_meetings (forum_id, date) WHERE status = 'open';
UPDATE ownership_changes SET status = 'cancelled', decided_at = offered_at
WHERE status = 'offered' AND EXISTS (
  SELECT 1 FROM ownership_changes n
  WHERE n.participant_id = ownership_changes.participant_id AND n.status = 'offered'
    AND (n.offered_at > ownership_changes.offered_at
      OR (n.offered_at = ownership_changes.offered_at AND n.id > ownership_changes.id))
);
CREATE UNIQUE INDEX ownership_changes_pending ON ownership_changes (participant_id) WHERE status = 'offered';
ALTER TABLE flows ADD COLUMN open_key TEXT;
CREATE UNIQUE INDEX flows_open_key ON flows (kind, owner_id, open_key) WHERE status = 'open'
`;
