import { digestActions } from '../../cards/digest-schedule';
import type { DialogModule } from '../context';
import { route } from '../route';
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
    // The handlers read the channel and revision from the whole payload (openSchedule).
    route(digestActions.save, { role: 'admin' }, (ctx, _d, payload) => saveSchedule(ctx, payload)),
    route(digestActions.show, { role: 'admin' }, (ctx, _d, payload) => showSchedule(ctx, payload)),
    route(digestActions.askStop, { role: 'admin' }, (ctx, _d, payload) => askStop(ctx, payload)),
    route(digestActions.stop, { role: 'admin' }, (ctx, _d, payload) => stopFromCard(ctx, payload)),
  ],
  jobs: [digestJob],
};
