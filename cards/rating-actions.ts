// The card actions of rating sessions, participant mode, progression and the admin's indicator sets,
// each defined once (verb + the data its button carries), used by the cards and by the routes in
// dialogs/rating/index.ts. The card's input values (scores, comments, language) come with the data
// and are read by the handlers.
import { z } from 'zod';
import { cardAction } from './actions';

/** Which draft, which step, which revision: every step of a session carries it. */
const Token = z.object({
  flowId: z.string().min(1).max(100),
  step: z.string().min(1).max(40),
  rev: z.coerce.number().int().min(1),
});
const Flag = z.string().optional();
const Score = z.string().max(10);

export const ratingActions = {
  start: cardAction(
    'rating.start',
    z.object({ code: z.string().optional(), force: Flag, sameDay: Flag }),
  ),
  resume: cardAction('rating.resume', z.object({ flowId: z.string().min(1).max(100) })),
  discard: cardAction('rating.discard', z.object({ flowId: z.string().min(1).max(100) })),
  next: cardAction('rating.next', Token),
  back: cardAction('rating.back', Token),
  save: cardAction('rating.save', Token),
  cancel: cardAction('rating.cancel', Token),
  participantMode: cardAction('rating.participant', Token),
  answer: cardAction('rating.answer', Token.extend({ value: Score })),
  staff: cardAction(
    'rating.staff',
    Token.extend({ indicatorId: z.string().max(64), value: Score }),
  ),
  correct: cardAction('rating.correct', z.object({ sessionId: z.string().max(100).optional() })),
  journey: cardAction('rating.journey', z.object({ participantId: z.string().min(1).max(100) })),
  progression: cardAction(
    'rating.progression',
    z.object({ participantId: z.string().min(1).max(100) }),
  ),
} as const;

export const instrumentActions = {
  add: cardAction('instruments.add', z.object({})),
  use: cardAction('instruments.use', z.object({})),
  review: cardAction(
    'instruments.review',
    z.object({
      id: z.string().min(1).max(64),
      version: z.coerce.number().int().min(1),
      lang: z.string().min(2).max(3),
    }),
  ),
} as const;
