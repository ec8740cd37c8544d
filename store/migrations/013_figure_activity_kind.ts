// The figures at a region's size (issue 15): the activity's kind in figure_activities, so the change
// theory's "activities by kind and gender" (store/figures-change.ts) is an aggregate over the facts
// joined only to participants for the gender, instead of joining every activity to plan_activities.
// Maintained with the rest of the row (store/figures.ts writeActivities: a changed kind is an
// updated activity, which refreshes it); FACTS_VERSION 5 rebuilds the rows of older databases. The
// index on the start day grows the kind and the participant, so that query reads the index only
// (activitiesStarted counts over the same index as before). Dialect-neutral SQL.
export const version = 13;
export const name = 'figure_activity_kind';
export const sql = `
ALTER TABLE figure_activities ADD COLUMN kind TEXT;
DROP INDEX figure_activities_started;
CREATE INDEX figure_activities_started ON figure_activities (started_on, kind, participant_id)
`;
