// Participant mode (issue 13): the languages a participant answers rating sessions in (JSON list of
// codes, first = the one a session starts in), and who wrote a session's job-search answer
// ('participant': in their own words; 'caseworker': written by the caseworker in Swedish).
// Dialect-neutral SQL (SQLite and PostgreSQL).
export const version = 9;
export const name = 'languages';
export const sql = `
ALTER TABLE participants ADD COLUMN languages TEXT NOT NULL DEFAULT '[]';
ALTER TABLE rating_sessions ADD COLUMN job_search_words TEXT;
`;
