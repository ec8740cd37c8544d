import { helpCard } from '../../cards/help';
import type { DialogModule } from '../context';

export const helpModule: DialogModule = {
  name: 'help',
  commands: [
    {
      names: ['hjälp', 'hjalp', 'help', '?'],
      scope: 'any',
      run: async (ctx) => helpCard(ctx.t, ctx.actor.roles),
    },
  ],
};
