import type { DialogModule } from './context';
import { helpModule } from './help';

/** Every dialog area the bot routes to. A new area adds itself here. */
export const MODULES: DialogModule[] = [
  helpModule,
];
