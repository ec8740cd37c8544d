// "visa <kod>", a code typed alone, and "Öppna" on the list: the participant card. Owner only; the
// read is audited (withOwnParticipant writes the row before anything is read).
import { participantCard } from '../../cards/participants';
import { overviewOf } from './overview';
import { withOwnParticipant } from './own';

export const show = withOwnParticipant('participant.view', async (ctx, p) =>
  participantCard(await overviewOf(ctx, p), ctx.t),
);
