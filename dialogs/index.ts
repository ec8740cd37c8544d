import type { DialogModule } from './context';
import { helpModule } from './help';
import { participantsModule } from './participants';
import { adminModule } from './admin';
import { ratingModule } from './rating';

/** Every dialog area the bot routes to. A new area adds itself here. */
export const MODULES: DialogModule[] = [
  ratingModule,
  helpModule,
  participantsModule,
  adminModule,
];
