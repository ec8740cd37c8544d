// The welcome card, the help card (what this user may do, by role, with buttons for the common
// actions) and the answer to something not understood ("Menade du …?").
import type { Role } from '../domain/types';
import type { Strings } from './locales';
import { card, container, heading, subheading, text, type Action, type AdaptiveCard } from './core';

type CommandKey = keyof Strings['help']['commands'];

/**
 * A button that sends a command as if typed, wherever the bot is used: a messageBack (Action.Submit
 * with `msteams` data). Teams sends `text` to the bot from the card, also in a channel where a typed
 * message reaches the bot only with an @mention, and shows `displayText` in the chat as the user's,
 * so the user still sees, and learns, what the button typed. Not an imBack: that is only the user's
 * own message, which in a channel carries no @mention (docs/teams-behaviour.md, row 12).
 */
export function commandButton(title: string, command: string): Action {
  return {
    type: 'Action.Submit',
    title,
    data: {
      msteams: {
        type: 'messageBack',
        text: command,
        displayText: command,
        value: JSON.stringify({ command }),
      },
    },
  };
}

/** The command as typed, without its placeholders ("skattning [kod]" → "skattning"). */
export const bare = (cmd: string) => cmd.replace(/\s*[[<].*$/, '');

interface Section {
  key: keyof Strings['help']['sections'];
  role: Role | null;
  /** Common actions, as buttons (personal chat and channel; a group chat gets the lines). */
  buttons: CommandKey[];
  /** The rest, as short lines. */
  lines: CommandKey[];
}

const PERSONAL: Section[] = [
  {
    key: 'caseworker',
    role: 'caseworker',
    buttons: ['myParticipants', 'newParticipant', 'resume'],
    lines: [
      'show',
      'search',
      'rate',
      'progression',
      'plan',
      'exit',
      'consent',
      'handover',
      'forum',
    ],
  },
  { key: 'manager', role: 'manager', buttons: ['digest'], lines: [] },
  { key: 'admin', role: 'admin', buttons: ['roles', 'instruments', 'catalogue'], lines: [] },
];

const CHANNEL: Section[] = [
  { key: 'forum', role: null, buttons: ['forum'], lines: [] },
  { key: 'admin', role: 'admin', buttons: ['digestHere'], lines: ['digestOff'] },
];

export function welcomeCard(t: Strings, scope: 'personal' | 'team'): AdaptiveCard {
  return card([
    heading(t.help.welcomeTitle),
    text(scope === 'personal' ? t.help.welcomePersonal : t.help.welcomeTeam),
  ]);
}

/** A section: its common actions as buttons (`buttons`), and lines of what to type (`lines`: the
 * rest; outside personal chat every command, since there it is typed with an @mention). */
function sectionOf(s: Section, t: Strings, o: { buttons: boolean; everyLine: boolean }) {
  const h = t.help;
  const line = (k: CommandKey) => `**${h.commands[k].cmd}** – ${h.commands[k].what}`;
  const buttons = o.buttons ? s.buttons : [];
  const lines = o.buttons && !o.everyLine ? s.lines : [...s.buttons, ...s.lines];
  return container([
    subheading(h.sections[s.key]),
    buttons.length
      ? {
          type: 'ActionSet',
          actions: buttons.map((k) =>
            commandButton(h.buttons[k] ?? h.commands[k].cmd, bare(h.commands[k].cmd)),
          ),
        }
      : null,
    lines.length ? text(lines.map(line).join('\n\n'), { size: 'Small' }) : null,
  ]);
}

/**
 * What this user may do here: the sections of the roles they have (personal chat and channel: with
 * buttons for the common actions; a group chat: what works there). Without a role: what the roles give.
 */
export function helpCard(
  t: Strings,
  roles: Role[],
  where: 'personal' | 'channel' | 'groupChat' = 'personal',
): AdaptiveCard {
  const h = t.help;
  const personal = where === 'personal';
  const sections = (personal ? PERSONAL : CHANNEL).filter((s) => !s.role || roles.includes(s.role));
  // The channel's commands are refused in a group chat: there they are told, not offered.
  const withButtons = where !== 'groupChat';
  return card([
    heading(h.helpTitle, personal ? h.helpIntro : h.helpIntroChannel),
    text(roles.length ? h.yourRoles(roles.map((r) => t.common.roles[r]).join(', ')) : h.noRoles, {
      isSubtle: true,
    }),
    ...sections.map((s) => sectionOf(s, t, { buttons: withButtons, everyLine: !personal })),
    roles.length ? null : text(h.whatRolesGive, { size: 'Small' }),
    text(`**${h.commands.help.cmd}** – ${h.commands.help.what}`, { isSubtle: true, size: 'Small' }),
  ]);
}

/**
 * The answer to text that is no command. In a channel or group chat the text is not repeated (it
 * can be a participant's name); a close command is offered as a button ("Menade du …?").
 */
export function notUnderstoodCard(
  t: Strings,
  v: { typed: string | null; suggestion: string | null },
): AdaptiveCard {
  const h = t.help;
  return card(
    [
      text(v.typed ? h.notUnderstood(v.typed) : h.notUnderstoodHere, { weight: 'Bolder' }),
      v.suggestion ? text(h.didYouMean(v.suggestion)) : null,
      text(h.typeHelp, { isSubtle: true }),
    ],
    [
      v.suggestion ? commandButton(v.suggestion, v.suggestion) : null,
      commandButton(h.commands.help.cmd, bare(h.commands.help.cmd)),
    ],
  );
}
