import { helpCard, welcomeCard } from '../../../cards/help';
import type { CardSample } from './types';

export const samples: CardSample[] = [
  { name: 'help.welcome.personal', build: (t) => welcomeCard(t, 'personal') },
  { name: 'help.welcome.team', build: (t) => welcomeCard(t, 'team') },
  { name: 'help.help', build: (t) => helpCard(t, ['caseworker', 'admin']) },
];
