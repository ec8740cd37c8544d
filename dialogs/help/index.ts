// Help and what was not understood. Only the routes: the handlers live in show.ts and unknown.ts
// (the router in bot/app.ts calls unknown.ts when no command matches).
import type { DialogModule } from '../context';
import { showHelp } from './show';

export const helpModule: DialogModule = {
  name: 'help',
  commands: [{ names: ['hjälp', 'hjalp', 'help', '?'], scope: 'any', run: showHelp }],
};
