// The exit (avslut) and the six-month question: routes only; handlers in the files named for them.
import { exitCard } from '../../cards/exit';
import { exitActions } from '../../cards/plan-actions';
import { route } from '../route';
import type { DialogModule, FlowContext } from '../context';
import { ownParticipant } from '../shared';
import { correctExit } from './correct';
import { saveExit } from './record';
import { saveSelfSupport, sixMonthJob } from './sixmonths';
import { doneCard, formView } from './view';

export { sixMonthJob };

/** `avslut <kod>`: the exit form, or the exit as recorded (with its correction form). */
async function openExit(ctx: FlowContext, args: string) {
  const owned = await ownParticipant(ctx, args, 'exit.view');
  if (!owned.ok) return owned.card;
  const p = owned.value;
  const existing = await ctx.store.exits.exitFor(p.id);
  if (existing) return doneCard(ctx, p.id, ctx.t.exit.alreadyExited(p.code, existing.date));
  return exitCard(formView(ctx, p), ctx.t);
}

export const exitModule: DialogModule = {
  name: 'exit',
  commands: [{ names: ['avslut', 'exit'], scope: 'personal', role: 'caseworker', run: openExit }],
  actions: [
    route(exitActions.open, { role: 'caseworker', scope: 'personal' }, (ctx, d) =>
      openExit(ctx, d.code),
    ),
    route(exitActions.save, { role: 'caseworker' }, saveExit),
    route(exitActions.correct, { role: 'caseworker' }, correctExit),
    route(exitActions.selfSupport, { role: 'caseworker' }, saveSelfSupport),
  ],
  jobs: [sixMonthJob],
};
