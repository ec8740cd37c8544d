import type { DialogModule } from '../context';
import * as consent from './consent';
import { consentExpiryJob } from './expiry';
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
    {
      names: ['ny deltagare', 'new participant'],
      scope: 'personal',
      role: 'caseworker',
      run: (ctx) => registration.start(ctx),
    },
    {
      names: ['mina deltagare', 'my participants'],
      scope: 'personal',
      role: 'caseworker',
      run: (ctx) => myParticipants(ctx),
    },
    {
      names: ['samtycke', 'consent'],
      scope: 'personal',
      role: 'caseworker',
      run: (ctx, args) => (args ? consent.open(ctx, args) : myParticipants(ctx)),
    },
    {
      names: ['överlämna', 'overlamna', 'handover', 'hand over'],
      scope: 'personal',
      role: 'caseworker',
      run: (ctx, args) => (args ? handover.open(ctx, args) : myParticipants(ctx)),
    },
  ],
  // Every card here shows or changes one caseworker's own cases (names included): personal chat only.
  actions: [
    { verb: 'registration.save', scope: 'personal', role: 'caseworker', run: registration.save },
    {
      verb: 'registration.cancel',
      scope: 'personal',
      role: 'caseworker',
      run: registration.cancel,
    },
    {
      verb: 'participants.list',
      scope: 'personal',
      role: 'caseworker',
      run: (ctx) => myParticipants(ctx),
    },
    { verb: 'consent.open', scope: 'personal', role: 'caseworker', run: consent.openAction },
    { verb: 'consent.renew', scope: 'personal', role: 'caseworker', run: consent.renew },
    { verb: 'consent.withdraw', scope: 'personal', role: 'caseworker', run: consent.withdraw },
    { verb: 'handover.open', scope: 'personal', role: 'caseworker', run: handover.openAction },
    { verb: 'handover.offer', scope: 'personal', role: 'caseworker', run: handover.offer },
    {
      verb: 'handover.withdraw',
      scope: 'personal',
      role: 'caseworker',
      run: handover.withdrawOffer,
    },
    // Accepting needs the caseworker role; declining does not (someone who lost the role can still say no).
    { verb: 'handover.accept', scope: 'personal', role: 'caseworker', run: handover.accept },
    { verb: 'handover.decline', scope: 'personal', run: handover.decline },
  ],
  jobs: [consentExpiryJob],
};
