// Rating sessions (skattning, BIP/SKAPA) in the caseworker's personal chat, participant mode, the
// progression card and "Min resa", corrections as new revisions, and the admin's indicator sets.
// This file only lists the routes; each handler is in the file named for what it does.
import { refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import { instrumentActions, ratingActions } from '../../cards/rating-actions';
import { route, type CardPayload } from '../route';
import { cardInput } from '../shared';
import { z } from 'zod';
import type { DialogModule, FlowContext } from '../context';
import { correct } from './correction';
import { addInstrument, instrumentsView, markReviewed, useInstrument } from './instruments';
import { answer, staffTap, startParticipantMode } from './participant';
import { journey, progressionAction, progressionCommand } from './progression';
import { save } from './session';
import { discard, pickerFor, resumeAction, resumeLatest, start } from './start';
import { back, cancel, next } from './steps';

export { progressionFor } from './progression';

const CodeInput = z.object({
  code: z.string().trim().min(1).max(20),
  force: cardInput.bool,
  sameDay: cardInput.bool,
});

async function startAction(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const input = CodeInput.safeParse(raw);
  if (!input.success) return pickerFor(ctx, [ctx.t.rating.errors.codeInvalid]);
  const reply = await start(ctx, input.data.code, input.data);
  if (Array.isArray(reply)) return reply[0]!;
  return reply ?? refusalCard(ctx.t.common.errors.expired);
}

// Sessions hold comments and free text seen by the owner only: every card action is personal chat only.
const own = { scope: 'personal', role: 'caseworker' } as const;
const admin = { role: 'admin' } as const;

/** The handlers read the whole payload (the button's data and the card's inputs) themselves. */
const payloadOf =
  (fn: (ctx: FlowContext, payload: CardPayload) => Promise<AdaptiveCard>) =>
  (ctx: FlowContext, _data: unknown, payload: CardPayload) =>
    fn(ctx, payload);

export const ratingModule: DialogModule = {
  name: 'rating',
  commands: [
    {
      names: ['skattning', 'rate'],
      ...own,
      run: (ctx, args) => start(ctx, args, { force: false }),
    },
    { names: ['fortsätt', 'fortsatt', 'continue'], ...own, run: resumeLatest },
    { names: ['progression'], ...own, run: progressionCommand },
    {
      names: ['skattningsformulär', 'skattningsformular', 'instruments'],
      scope: 'personal',
      role: 'admin',
      run: (ctx) => instrumentsView(ctx),
    },
  ],
  actions: [
    route(ratingActions.start, own, payloadOf(startAction)),
    route(ratingActions.resume, own, payloadOf(resumeAction)),
    route(ratingActions.discard, own, payloadOf(discard)),
    route(ratingActions.next, own, payloadOf(next)),
    route(ratingActions.back, own, payloadOf(back)),
    route(ratingActions.save, own, payloadOf(save)),
    route(ratingActions.cancel, own, payloadOf(cancel)),
    route(ratingActions.correct, own, payloadOf(correct)),
    route(ratingActions.participantMode, own, payloadOf(startParticipantMode)),
    route(ratingActions.answer, own, payloadOf(answer)),
    route(ratingActions.staff, own, payloadOf(staffTap)),
    route(ratingActions.journey, own, payloadOf(journey)),
    route(ratingActions.progression, own, payloadOf(progressionAction)),
    route(instrumentActions.add, admin, payloadOf(addInstrument)),
    route(instrumentActions.use, admin, payloadOf(useInstrument)),
    route(instrumentActions.review, admin, payloadOf(markReviewed)),
  ],
};
