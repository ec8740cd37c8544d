// The minutes of a closed meeting: date and time of closing, who took part, the decisions per case
// and the next meeting. Drawn from the store, so they can be shown again (`protokoll`, a button).
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { MinutesView } from '../../cards/forum';
import { TIME_ZONE, today as todayOf } from '../../domain/dates';
import type { FlowContext } from '../context';
import { actionView, deptNames } from './common';
import type { MeetingOpen } from './load';
import { currentAgenda } from './views';

/** An instant as Stockholm's date and time, YYYY-MM-DD HH:MM. */
export function stockholmMinute(iso: string): string {
  return format(new TZDate(Date.parse(iso), TIME_ZONE), 'yyyy-MM-dd HH:mm');
}

/**
 * The minutes, and the participants they name (for the audit). The cases are those whose consent
 * allowed sharing with the forum on the meeting's date, as when the minutes were first posted.
 */
export async function minutesView(
  ctx: FlowContext,
  m: MeetingOpen,
): Promise<{ view: MinutesView; named: { id: string; code: string }[] }> {
  const { forum, meeting } = m;
  const locale = ctx.actor.locale;
  const today = todayOf(ctx.clock);
  const cases = await currentAgenda(ctx, forum, { ...meeting, status: 'open' });
  const actions = await ctx.store.forums.actionsOfMeeting(meeting.id);
  // Who took part: who started it, brought a case or recorded a decision (staff names only).
  const ids = [
    meeting.startedBy,
    ...cases.map((c) => c.broughtBy),
    ...actions.map((a) => a.createdBy),
  ];
  const names: string[] = [];
  for (const id of new Set(ids)) {
    const name = (await ctx.store.users.get(id))?.name;
    if (name && !names.includes(name)) names.push(name);
  }
  const next = (await ctx.store.forums.openMeetings(forum.id, today)).find(
    (x) => x.id !== meeting.id,
  );
  const view = {
    date: meeting.date,
    closedAt: meeting.closedAt ? stockholmMinute(meeting.closedAt) : null,
    departments: deptNames(ctx, forum.departments, locale),
    tookPart: names,
    nextMeeting: next?.date ?? null,
    cases: cases.map((c) => ({
      code: c.participant.code,
      withdrawn: false,
      actions: actions
        .filter((a) => a.caseId === c.id)
        .map((a) => actionView(ctx, a, today, locale)),
    })),
  };
  return { view, named: cases.map((c) => ({ id: c.participantId, code: c.participant.code })) };
}
