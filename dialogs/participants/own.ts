// The opening every handler of this module shares: which participant, is the case the actor's,
// the audit row. One ownership check (dialogs/shared refusedUnlessOwner) behind all of them.
import { z } from 'zod';
import { refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import type { Participant } from '../../domain/types';
import type { Flow } from '../../store/core';
import type { FlowContext } from '../context';
import {
  isCurrent,
  loadFlow,
  ownParticipant,
  refusedUnlessOwner,
  type FlowTokenInput,
  type Loaded,
} from '../shared';

/** A button that names a participant by code (the list's rows, the reminder, the participant card). */
export const CodePayload = z.object({ code: z.string().trim().min(1).max(20) });

export type OwnHandler = (ctx: FlowContext, p: Participant) => Promise<AdaptiveCard>;

/**
 * A handler of one of the actor's own participants, reachable two ways: typed ("samtycke D-X7XP")
 * and clicked (a button carrying { code }). Finds the participant, refuses one the actor does not
 * own (audited), writes the audit row of the read, then runs.
 */
export function withOwnParticipant(action: string, run: OwnHandler) {
  const byCode = async (ctx: FlowContext, code: string): Promise<AdaptiveCard> => {
    const owned = await ownParticipant(ctx, code, action);
    return owned.ok ? run(ctx, owned.value) : owned.card;
  };
  return {
    command: byCode,
    action: async (ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> => {
      const parsed = CodePayload.safeParse(raw);
      if (!parsed.success) return refusalCard(ctx.t.common.errors.expired);
      return byCode(ctx, parsed.data.code);
    },
  };
}

export interface FlowWithParticipant<D> {
  flow: Flow<D>;
  token: FlowTokenInput;
  p: Participant;
  /** The card was drawn at the flow's current revision and step. */
  current: boolean;
}

/** The draft a card action refers to and the participant it is about; no ownership check yet. */
export async function loadFlowParticipant<D>(
  ctx: FlowContext,
  kind: string,
  raw: unknown,
): Promise<Loaded<FlowWithParticipant<D>>> {
  const loaded = await loadFlow<D>(ctx, kind, raw);
  if (!loaded.ok) return loaded;
  const { flow, token } = loaded.value;
  const p = flow.participantId ? await ctx.store.participants.get(flow.participantId) : undefined;
  if (!p) return { ok: false, card: refusalCard(ctx.t.common.errors.expired) };
  return { ok: true, value: { flow, token, p, current: isCurrent(flow, token) } };
}

/** As loadFlowParticipant, and the actor must still own the case (it may have been handed over since). */
export async function loadOwnedFlow<D>(
  ctx: FlowContext,
  kind: string,
  raw: unknown,
  action: string,
): Promise<Loaded<FlowWithParticipant<D>>> {
  const loaded = await loadFlowParticipant<D>(ctx, kind, raw);
  if (!loaded.ok) return loaded;
  const refused = await refusedUnlessOwner(ctx, loaded.value.p, action);
  return refused ? { ok: false, card: refused } : loaded;
}
