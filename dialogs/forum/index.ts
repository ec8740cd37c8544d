import type { ActionRoute, DialogModule } from '../context';
import {
  addAction,
  addCase,
  closeMeeting,
  forumCommand,
  markDone,
  openCase,
  setup,
  showAgenda,
  showCase,
  startMeeting,
} from './handlers';
import { forumReminderJob } from './job';

/**
 * The joint case forum (ärendeforum) in a team channel. Roles are not checked by the router
 * here: every handler asks Teams whether the user is a member of the forum's team and then
 * applies domain/forum.ts `forumAllows` (forum_member, or the caseworker of the case).
 */
export const forumModule: DialogModule = {
  name: 'forum',
  commands: [
    { names: ['ärendeforum', 'arendeforum', 'case forum'], scope: 'any', run: forumCommand },
  ],
  actions: [
    { verb: 'forum.setup', run: setup },
    { verb: 'forum.meeting.start', run: startMeeting },
    { verb: 'forum.meeting.close', run: closeMeeting },
    { verb: 'forum.agenda.show', run: showAgenda },
    { verb: 'forum.agenda.refresh', run: showAgenda },
    { verb: 'forum.case.add', run: addCase },
    { verb: 'forum.case.open', run: openCase },
    { verb: 'forum.case.refresh', run: showCase },
    { verb: 'forum.action.add', run: addAction },
    { verb: 'forum.action.done', run: markDone },
  ] satisfies ActionRoute[],
  jobs: [forumReminderJob],
};
