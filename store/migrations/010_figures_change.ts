// The change theory's figures (issue 16, domain/figures-change.ts): per participant and session date,
// whether the participant's own ratings of `control` ("power over my situation") and of
// `job_belief`/`next_steps` ("closer to work") were counted at least twice up to that date and rose
// from the first to the latest. Maintained with figure_points (store/figures.ts writePoints →
// store/figures-change.ts) and rebuilt with them; read by store/figures-change.ts. The point in force
// on day D is the one with date <= D < next_date. Dialect-neutral SQL (SQLite and PostgreSQL).
export const version = 10;
export const name = 'figures_change';
export const sql = `
CREATE TABLE figure_self (
  participant_id TEXT NOT NULL,
  date TEXT NOT NULL,
  next_date TEXT,
  control_rated INTEGER NOT NULL,
  control_risen INTEGER NOT NULL,
  closer_rated INTEGER NOT NULL,
  closer_risen INTEGER NOT NULL,
  PRIMARY KEY (participant_id, date)
)
`;
