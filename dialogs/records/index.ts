// Records and rights: log review (loggkontroll) and its monthly sample, access requests
// (registerutdrag) and erasure on request. Only the route table; handlers in the files beside it.
import { recordsActions } from '../../cards/records';
import type { DialogModule } from '../context';
import { route } from '../route';
import { accessRequest } from './access';
import { openCorrection, saveCorrection } from './correct';
import { erase, openErasure } from './erase';
import { openLog, showLog } from './log';
import { checkRead, sampleJob } from './sample';

export const recordsModule: DialogModule = {
  name: 'records',
  commands: [
    // Admin or log reviewer: checked in the handler (domain/records.ts mayReviewLog).
    { names: ['loggkontroll', 'log review'], scope: 'personal', run: openLog },
    // The case owner or an admin: checked in the handler (mayExportParticipant).
    { names: ['registerutdrag', 'access request'], scope: 'personal', run: accessRequest },
    { names: ['radera', 'erase'], scope: 'personal', role: 'admin', run: openErasure },
    {
      names: ['rätta', 'ratta', 'correct'],
      scope: 'personal',
      role: 'caseworker',
      run: openCorrection,
    },
  ],
  actions: [
    route(recordsActions.showLog, { scope: 'personal' }, showLog),
    route(recordsActions.check, { scope: 'personal' }, checkRead),
    route(recordsActions.erase, { scope: 'personal', role: 'admin' }, erase),
    route(recordsActions.openCorrection, { scope: 'personal', role: 'caseworker' }, (ctx, data) =>
      openCorrection(ctx, data.code),
    ),
    route(recordsActions.correct, { scope: 'personal', role: 'caseworker' }, saveCorrection),
  ],
  jobs: [sampleJob],
};
