import type { DialogModule } from './context';
import { digestModule } from './digest';
import { exitModule } from './exit';
import { forumModule } from './forum';
import { helpModule } from './help';
import { journalModule } from './journal';
import { planModule } from './plan';
import { participantsModule } from './participants';
import { adminModule } from './admin';
import { ratingModule } from './rating';
import { recordsModule } from './records';
import { retentionModule } from './retention';

/** Every dialog area the bot routes to. A new area adds itself here. */
export const MODULES: DialogModule[] = [
  ratingModule,
  helpModule,
  forumModule,
  planModule,
  exitModule,
  journalModule,
  digestModule,
  participantsModule,
  adminModule,
  retentionModule,
  recordsModule,
];
