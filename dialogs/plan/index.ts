// The activity plan (handlingsplan): routes only; each handler lives in the file named for it.
import { planCard } from '../../cards/plan';
import { planActions } from '../../cards/plan-actions';
import type { DialogModule, FlowContext } from '../context';
import { route } from '../route';
import { ownParticipant } from '../shared';
import { addActivity, editActivity, saveActivity } from './activities';
import { catalogueAdd, catalogueSave, showCatalogue } from './catalogue';
import { ownById } from './common';
import { followUpCommand, openFollowUp, saveFollowUp } from './followup';
import { saveGoal } from './goal';
import { followUpJob } from './reminder';
import { planView } from './view';

export { followUpJob };

async function openPlan(ctx: FlowContext, data: { participantId: string }) {
  const owned = await ownById(ctx, data.participantId, 'plan.view');
  if (!owned.ok) return owned.card;
  return planCard(await planView(ctx, owned.value), ctx.t);
}

export const planModule: DialogModule = {
  name: 'plan',
  commands: [
    {
      names: ['plan', 'handlingsplan', 'activity plan'],
      scope: 'personal',
      role: 'caseworker',
      run: async (ctx, args) => {
        const owned = await ownParticipant(ctx, args, 'plan.view');
        if (!owned.ok) return owned.card;
        return planCard(await planView(ctx, owned.value), ctx.t);
      },
    },
    {
      names: ['uppföljning', 'follow-up', 'follow up'],
      scope: 'personal',
      role: 'caseworker',
      run: followUpCommand,
    },
    {
      names: ['insatskatalog', 'activity catalogue', 'activity catalog'],
      scope: 'personal',
      role: 'admin',
      run: showCatalogue,
    },
  ],
  actions: [
    route(planActions.open, { role: 'caseworker' }, openPlan),
    route(planActions.addActivity, { role: 'caseworker' }, addActivity),
    route(planActions.editActivity, { role: 'caseworker' }, editActivity),
    route(planActions.saveActivity, { role: 'caseworker' }, saveActivity),
    route(planActions.saveGoal, { role: 'caseworker' }, saveGoal),
    route(planActions.openFollowUp, { role: 'caseworker' }, openFollowUp),
    route(planActions.saveFollowUp, { role: 'caseworker' }, saveFollowUp),
    route(planActions.catalogueAdd, { role: 'admin' }, catalogueAdd),
    route(planActions.catalogueSave, { role: 'admin' }, catalogueSave),
  ],
  jobs: [followUpJob],
};
