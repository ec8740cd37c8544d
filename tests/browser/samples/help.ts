import { helpCard, notUnderstoodCard, welcomeCard } from '../../../cards/help';
import type { CardSample } from './types';

export const samples: CardSample[] = [
  { name: 'help.welcome.personal', build: (t) => welcomeCard(t, 'personal') },
  { name: 'help.welcome.team', build: (t) => welcomeCard(t, 'team') },
  { name: 'help.help', build: (t) => helpCard(t, ['caseworker', 'admin']) },
  { name: 'help.help.none', build: (t) => helpCard(t, []) },
  { name: 'help.help.channel', build: (t) => helpCard(t, ['caseworker', 'admin'], 'channel') },
  {
    name: 'help.typo',
    build: (t) =>
      notUnderstoodCard(t, {
        typed: 'mina deltagre',
        suggestion: 'mina deltagare',
      }),
  },
  {
    name: 'help.typo.channel',
    build: (t) => notUnderstoodCard(t, { typed: null, suggestion: 'ärendeforum' }),
  },
];
