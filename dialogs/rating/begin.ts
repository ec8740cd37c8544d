// Opening a rating draft, for a new session or a correction: once per purpose (the database keeps
// one open draft per `openKey`, so two clicks at the same moment get the same draft), and the audit
// row only for the draft that was really created.
import type { AdaptiveCard } from '../../cards/core';
import type { Participant } from '../../domain/types';
import type { FlowContext } from '../context';
import { FLOW_KIND, stepName, type RatingDraft } from './draft';
import { draftCard } from './view';

type DraftRest = Omit<RatingDraft, 'participantId' | 'code' | 'instrumentId' | 'instrumentVersion'>;

export async function beginDraft(
  ctx: FlowContext,
  p: Participant,
  openKey: string,
  instrument: { id: string; version: number },
  rest: DraftRest,
  audit: { action: string; detail: Record<string, string | number> },
): Promise<AdaptiveCard> {
  const { flow, created } = await ctx.store.flows.createOnce<RatingDraft>({
    kind: FLOW_KIND,
    ownerId: ctx.actor.id,
    participantId: p.id,
    openKey,
    step: stepName({ kind: 'page', page: 0 }),
    data: {
      participantId: p.id,
      code: p.code,
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      ...rest,
    },
  });
  if (created) await ctx.audit(audit.action, p.id, { code: p.code, ...audit.detail });
  return draftCard(ctx, flow);
}
