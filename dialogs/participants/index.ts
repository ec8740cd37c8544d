// The caseworker's own work with participants: register, list and search, the participant card,
// consent, handover. Only the routes: the handlers live in the files named for what they do.
// Every card here shows or changes one caseworker's own cases (names included): personal chat only.
import { participantActions as A } from '../../cards/participants/actions';
import type { Command, DialogModule } from '../context';
import { route, type RouteOptions } from '../route';
import * as consent from './consent';
import * as withdrawal from './consent-withdraw';
import { consentExpiryJob } from './expiry';
import * as handover from './handover';
import { myParticipants, search } from './list';
import * as registration from './registration';
import { show } from './show';

const own = { scope: 'personal', role: 'caseworker' } as const satisfies RouteOptions;
const command = (names: string[], run: Command['run']): Command => ({ names, ...own, run });

export const participantsModule: DialogModule = {
  name: 'participants',
  commands: [
    command(['ny deltagare', 'new participant'], (ctx) => registration.start(ctx)),
    command(['mina deltagare', 'my participants'], (ctx) => myParticipants(ctx)),
    command(['sök', 'sok', 'search'], search),
    command(['visa', 'show'], show.command),
    command(['samtycke', 'consent'], consent.command),
    command(['överlämna', 'overlamna', 'handover', 'hand over'], handover.command),
  ],
  actions: [
    route(A.registrationSave, own, (ctx, _d, raw) => registration.save(ctx, raw)),
    route(A.registrationCancel, own, (ctx, _d, raw) => registration.cancel(ctx, raw)),
    route(A.list, own, myParticipants),
    route(A.show, own, (ctx, d) => show.command(ctx, d.code)),
    route(A.consentOpen, own, (ctx, d) => consent.open.command(ctx, d.code)),
    route(A.consentRenew, own, (ctx, _d, raw) => consent.renew(ctx, raw)),
    route(A.consentWithdrawAsk, own, (ctx, _d, raw) => withdrawal.ask(ctx, raw)),
    route(A.consentWithdraw, own, (ctx, _d, raw) => withdrawal.withdraw(ctx, raw)),
    route(A.handoverOpen, own, (ctx, d) => handover.open.command(ctx, d.code)),
    route(A.handoverOffer, own, (ctx, _d, raw) => handover.offer(ctx, raw)),
    route(A.handoverWithdraw, own, (ctx, _d, raw) => handover.withdrawOffer(ctx, raw)),
    // Accepting needs the caseworker role; declining does not (someone who lost the role can still say no).
    route(A.handoverAccept, own, (ctx, _d, raw) => handover.accept(ctx, raw)),
    route(A.handoverDecline, { scope: 'personal' }, (ctx, _d, raw) => handover.decline(ctx, raw)),
  ],
  jobs: [consentExpiryJob],
};
