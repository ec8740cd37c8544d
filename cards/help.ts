import type { Role } from '../domain/types';
import type { Strings } from './locales';
import { card, heading, subheading, table, text, type AdaptiveCard } from './core';

type CommandKey = keyof Strings['help']['commands'];

const SECTIONS: { key: keyof Strings['help']['sections']; commands: CommandKey[] }[] = [
  {
    key: 'caseworker',
    commands: [
      'newParticipant',
      'myParticipants',
      'rate',
      'resume',
      'progression',
      'plan',
      'exit',
      'consent',
      'handover',
    ],
  },
  { key: 'forum', commands: ['forum'] },
  { key: 'manager', commands: ['digest', 'digestHere', 'digestOff'] },
  { key: 'admin', commands: ['roles', 'instruments', 'catalogue'] },
];

export function welcomeCard(t: Strings, scope: 'personal' | 'team'): AdaptiveCard {
  return card([
    heading(t.help.welcomeTitle),
    text(scope === 'personal' ? t.help.welcomePersonal : t.help.welcomeTeam),
  ]);
}

export function helpCard(t: Strings, roles: Role[]): AdaptiveCard {
  const h = t.help;
  return card([
    heading(h.helpTitle),
    text(h.helpIntro),
    text(roles.length ? h.yourRoles(roles.map((r) => t.common.roles[r]).join(', ')) : h.noRoles, {
      isSubtle: true,
    }),
    ...SECTIONS.flatMap((s) => [
      subheading(h.sections[s.key]),
      table(
        [h.commandHeader, h.whatHeader],
        s.commands.map((c) => [h.commands[c].cmd, h.commands[c].what]),
        { firstColumnWidth: 1 },
      ),
    ]),
    text(`**${h.commands.help.cmd}** – ${h.commands.help.what}`, { isSubtle: true }),
  ]);
}
