import type { DialogModule } from './context';
import { helpModule } from './help';
import { participantsModule } from './participants';
import { adminModule } from './admin';

/** Every dialog area the bot routes to. A new area adds itself here. */
export const MODULES: DialogModule[] = [
  helpModule,
  participantsModule,
  adminModule,
];
