// The figures at a region's size (issue 15), third round: indexes for the digest's one pass over the
// participants (store/figures-read.ts peopleQueries). figure_latest_date finds the few participants
// with a session after a period's end (the rest read their latest point and need no lookup of an
// older one); figure_self_latest is each participant's latest self-rating facts (next_date NULL),
// which the risen figures read for those; figure_activities_by_participant lets "activities by kind"
// over a long period probe each participant's activities by start day from the index alone, instead
// of looking up the participant of every activity (store/figures-change.ts changeQueries).
// Dialect-neutral SQL (SQLite and PostgreSQL both have partial indexes).
export const version = 14;
export const name = 'figures_region';
export const sql = `
CREATE INDEX figure_latest_date ON figure_latest (date);
CREATE INDEX figure_self_latest ON figure_self (participant_id) WHERE next_date IS NULL;
CREATE INDEX figure_activities_by_participant ON figure_activities (participant_id, started_on, kind)
`;
