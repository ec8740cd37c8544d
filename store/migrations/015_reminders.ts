// The scheduler's reminders at a region's size (issue 15): every minute each reminder job asks the
// store for what is due and not yet sent (store/plans.ts followUpsToRemind, sixMonthsToRemind,
// store/participants.ts expiringToRemind) instead of reading every participant, consent and exit.
// consents_valid_until finds the consents whose valid-until falls in the warning window.
export const version = 15;
export const name = 'reminders';
export const sql = `
CREATE INDEX consents_valid_until ON consents (valid_until)
`;
