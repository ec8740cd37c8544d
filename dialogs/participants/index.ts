import type { DialogModule } from '../context';
import * as consent from './consent';
import * as handover from './handover';
import { myParticipants } from './list';
import * as registration from './registration';

/**
 * The caseworker's own work with participants: register, list, consent, handover.
 * `samtycke` / `överlämna` without a code answer with "mina deltagare", where each row has the buttons.
 */
export const participantsModule: DialogModule = {
  name: 'participants',
  commands: [
    { names: ['ny deltagare', 'new participant'], scope: 'personal', role: 'caseworker', run: (ctx) => registration.start(ctx) },
    { names: ['mina deltagare', 'my participants'], scope: 'personal', role: 'caseworker', run: (ctx) => myParticipants(ctx) },
    { names: ['samtycke', 'consent'], scope: 'personal', role: 'caseworker', run: (ctx, args) => (args ? consent.open(ctx, args) : myParticipants(ctx)) },
    { names: ['överlämna', 'overlamna', 'handover', 'hand over'], scope: 'personal', role: 'caseworker', run: (ctx, args) => (args ? handover.open(ctx, args) : myParticipants(ctx)) },
  ],
  actions: [
    { verb: 'registration.save', role: 'caseworker', run: registration.save },
    { verb: 'registration.cancel', role: 'caseworker', run: registration.cancel },
    { verb: 'participants.list', role: 'caseworker', run: (ctx) => myParticipants(ctx) },
    { verb: 'consent.open', role: 'caseworker', run: consent.openAction },
    { verb: 'consent.renew', role: 'caseworker', run: consent.renew },
    { verb: 'consent.withdraw', role: 'caseworker', run: consent.withdraw },
    { verb: 'handover.open', role: 'caseworker', run: handover.openAction },
    { verb: 'handover.offer', role: 'caseworker', run: handover.offer },
    { verb: 'handover.withdraw', role: 'caseworker', run: handover.withdrawOffer },
    // Accepting needs the caseworker role; declining does not (someone who lost the role can still say no).
    { verb: 'handover.accept', role: 'caseworker', run: handover.accept },
    { verb: 'handover.decline', run: handover.decline },
  ],
};
