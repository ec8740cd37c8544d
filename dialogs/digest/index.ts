import type { DialogModule } from '../context';
import { digestJob } from './job';
import { digestNow } from './now';
import {
  askStop,
  enableHere,
  saveSchedule,
  showSchedule,
  stopFromCard,
  stopHere,
} from './schedule';

/** The weekly digest: the digest channel and its schedule (admin), the digest now (manager). */
export const digestModule: DialogModule = {
  name: 'digest',
  commands: [
    {
      names: ['veckosammanfattning här', 'veckosammanfattning har', 'weekly digest here'],
      scope: 'channel',
      role: 'admin',
      run: (ctx) => enableHere(ctx),
    },
    {
      names: ['veckosammanfattning av', 'weekly digest off'],
      scope: 'channel',
      role: 'admin',
      run: (ctx) => stopHere(ctx),
    },
    {
      names: ['sammanfattning', 'digest'],
      scope: 'personal',
      role: 'manager',
      run: (ctx, args) => digestNow(ctx, args),
    },
  ],
  actions: [
    { verb: 'digest.schedule', role: 'admin', run: saveSchedule },
    { verb: 'digest.schedule.show', role: 'admin', run: showSchedule },
    { verb: 'digest.stop.ask', role: 'admin', run: askStop },
    { verb: 'digest.stop', role: 'admin', run: stopFromCard },
  ],
  jobs: [digestJob],
};
