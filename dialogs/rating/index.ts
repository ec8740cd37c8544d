// Rating sessions (skattning, BIP/SKAPA) in the caseworker's personal chat, participant mode, the
// progression card and "Min resa", corrections as new revisions, and the admin's indicator sets.
// This file only lists the routes; each handler is in the file named for what it does.
import { refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
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
    { verb: 'rating.start', ...own, run: startAction },
    { verb: 'rating.resume', ...own, run: resumeAction },
    { verb: 'rating.discard', ...own, run: discard },
    { verb: 'rating.next', ...own, run: next },
    { verb: 'rating.back', ...own, run: back },
    { verb: 'rating.save', ...own, run: save },
    { verb: 'rating.cancel', ...own, run: cancel },
    { verb: 'rating.correct', ...own, run: correct },
    { verb: 'rating.participant', ...own, run: startParticipantMode },
    { verb: 'rating.answer', ...own, run: answer },
    { verb: 'rating.staff', ...own, run: staffTap },
    { verb: 'rating.journey', ...own, run: journey },
    { verb: 'rating.progression', ...own, run: progressionAction },
    { verb: 'instruments.add', role: 'admin', run: addInstrument },
    { verb: 'instruments.use', role: 'admin', run: useInstrument },
    { verb: 'instruments.review', role: 'admin', run: markReviewed },
  ],
};
