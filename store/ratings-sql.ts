// The condition every read of rating sessions shares (store/ratings.ts, figures-rows.ts,
// participants.ts), apart from ratings.ts so the figure facts can use it without an import cycle.

/** The newest revision of each session only: rating_sessions joined as `r`. */
export const LATEST =
  'r.revision = (SELECT MAX(x.revision) FROM rating_sessions x WHERE x.id = r.id)';
