import { forumActions as a } from '../../cards/forum-actions';
import type { DialogModule } from '../context';
import { route } from '../route';
import { addCase, openCase, showCase } from './cases';
import { addAction, markDone } from './decide';
import { forumReminderJob } from './job';
import { forCase, forMeeting } from './load';
import {
  askClose,
  closeMeeting,
  minutesCommand,
  showAgenda,
  showMinutes,
  startMeeting,
} from './meeting';
import { forumCommand, setup } from './setup';

/**
 * The joint case forum (ärendeforum) in a team channel. Roles are not checked by the router
 * here: every handler asks Teams whether the user is a member of the forum's team and then
 * applies domain/forum.ts `forumAllows` (forum_member, or the caseworker of the case).
 */
export const forumModule: DialogModule = {
  name: 'forum',
  commands: [
    { names: ['ärendeforum', 'arendeforum', 'case forum'], scope: 'any', run: forumCommand },
    { names: ['protokoll', 'minutes'], scope: 'channel', run: (ctx) => minutesCommand(ctx) },
  ],
  actions: [
    route(a.setup, {}, setup),
    route(a.startMeeting, {}, startMeeting),
    route(a.askClose, {}, forMeeting('closeMeeting', askClose)),
    route(a.closeMeeting, {}, forMeeting('closeMeeting', closeMeeting)),
    route(a.showAgenda, {}, forMeeting('view', showAgenda)),
    route(a.refreshAgenda, {}, forMeeting('view', showAgenda)),
    route(a.showMinutes, {}, forMeeting('view', showMinutes)),
    route(a.addCase, {}, addCase),
    route(a.openCase, {}, forCase('view', openCase)),
    route(a.refreshCase, {}, forCase('viewCase', showCase)),
    route(a.addAction, {}, (ctx, data, payload) =>
      forCase('decide', (c, open, raw) => addAction(c, open, raw, data.rev))(ctx, data, payload),
    ),
    route(a.markDone, {}, markDone),
  ],
  jobs: [forumReminderJob],
};
