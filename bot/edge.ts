import { CardFactory, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { refusalCard } from '../cards/common';
import { localeOf, strings } from '../cards/locales';

/**
 * The shape of an activity as Teams sends it, where our code reads identity from it: every id is a
 * string. Anything else is refused before a turn starts: an `aadObjectId` that is an array would
 * otherwise reach SQL, where the driver spreads it into the bind values (`["<anna's id>"]` got
 * Anna's roles). Other fields are not looked at: only whether the activity parses counts, and the
 * parsed copy (of the fields named here, nothing else copied) is thrown away.
 */
const id = z.string().min(1).max(4096);
const optionalId = id.optional().nullable();
const named = z.object({ id });
const optionalNamed = z.object({ id: optionalId, name: z.string().optional().nullable() });

const TeamsActivity = z.object({
  type: z.string().min(1).max(64),
  id: optionalId,
  replyToId: optionalId,
  channelId: id,
  serviceUrl: z.string().url(),
  locale: z.string().max(64).optional().nullable(),
  from: z.object({
    id,
    aadObjectId: optionalId,
    name: z.string().optional().nullable(),
  }),
  recipient: named,
  conversation: z.object({
    id,
    conversationType: z.string().optional().nullable(),
    tenantId: optionalId,
  }),
  channelData: z
    .object({
      tenant: optionalNamed.optional(),
      team: optionalNamed.optional(),
      channel: optionalNamed.optional(),
    })
    .optional()
    .nullable(),
  membersAdded: z.array(named).optional(),
  membersRemoved: z.array(named).optional(),
});

/** Why this activity is refused (a field path, never its value), or null when it may be handled. */
export function activityProblem(activity: unknown): string | null {
  const parsed = TeamsActivity.safeParse(activity);
  if (parsed.success) return null;
  return `activity shape: ${parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ')}`;
}

/**
 * A message whose `text` is not a string (Teams always sends a string, or none with a card submit)
 * is answered with a pointer to the help instead of reaching the router, which reads text as text.
 * Returns true when it answered.
 */
export async function answeredUnreadableText(ctx: TurnContext): Promise<boolean> {
  const a = ctx.activity;
  if (a.type !== 'message' || a.text === undefined || a.text === null) return false;
  if (typeof a.text === 'string') return false;
  const t = strings(localeOf(a.locale));
  await ctx.sendActivity({
    attachments: [CardFactory.adaptiveCard(refusalCard(t.common.errors.notText))],
  });
  return true;
}
