// Participant mode (issue 13): the language the participant answered a session's own questions in,
// on their own cards (a code of domain/languages). Empty for a session held together, where the
// questions are read in the conversation, and for sessions saved before this migration.
// Dialect-neutral SQL (SQLite and PostgreSQL).
export const version = 12;
export const name = 'session_language';
export const sql = `
ALTER TABLE rating_sessions ADD COLUMN language TEXT;
`;
