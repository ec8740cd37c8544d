// Rating sessions (skattning, BIP/SKAPA) in the caseworker's personal chat, the progression card,
// corrections as new revisions, and the admin's indicator sets. Each handler: parse (zod) → load →
// decide (domain) → save → answer with the card that replaces the one clicked.
import { z } from 'zod';
import { messageCard, refusalCard } from '../../cards/common';
import type { AdaptiveCard } from '../../cards/core';
import { progressionCard, type ProgressionView } from '../../cards/progression';
import {
  draftsCard,
  instrumentErrorLines,
  instrumentsCard,
  pickerCard,
  ratingStepCard,
  type DraftEntry,
  type RatingStepView,
} from '../../cards/rating';
import { normalizeCode } from '../../domain/code';
import { isoDateAt, today } from '../../domain/dates';
import { caseworkerOnlyOf, parseInstrumentJson, type Instrument } from '../../domain/instruments';
import {
  mayRate,
  maySeeProgression,
  scoreHistory,
  summarize,
  type RatingRefusal,
} from '../../domain/progression';
import type { Participant } from '../../domain/types';
import type { Flow } from '../../store/core';
import type { DialogModule, FlowContext, Reply } from '../context';
import { FlowToken, isCurrent, tokenOf, type Loaded } from '../shared';
import {
  FLOW_KIND,
  JobSearchInput,
  draftScoresOf,
  firstIncompletePage,
  isComplete,
  mergeScores,
  nextStep,
  pagesOf,
  parseStep,
  previousStep,
  readPage,
  sessionScores,
  stepName,
  type DraftScore,
  type PageProblem,
  type RatingDraft,
  type Step,
} from './draft';

type RatingFlow = Flow<RatingDraft>;

// ------------------------------------------------------------------ loading and refusing

async function instrumentOf(
  ctx: FlowContext,
  id: string,
  version: number,
): Promise<Instrument | undefined> {
  return ctx.store.instruments.get(id, version);
}

function refusalText(ctx: FlowContext, code: string, reason: RatingRefusal): string {
  const e = ctx.t.rating.errors;
  if (reason === 'not_caseworker') return e.notCaseworker;
  if (reason === 'not_owner') return e.notOwner(code);
  return e.consent(code, ctx.t.common.consentStatus[reason].toLowerCase());
}

/** May the actor rate this participant today? Writes the audit row when refused. */
async function checkMayRate(
  ctx: FlowContext,
  p: Participant,
  action: string,
): Promise<AdaptiveCard | null> {
  const consent = await ctx.store.consents.latest(p.id);
  const may = mayRate(ctx.actor, p, consent, today(ctx.clock));
  if (!may.ok) {
    await ctx.audit(`${action}.refused`, p.id, { code: p.code, reason: may.reason });
    return refusalCard(refusalText(ctx, p.code, may.reason));
  }
  return null;
}

async function participantByCode(ctx: FlowContext, input: string): Promise<Loaded<Participant>> {
  const code = normalizeCode(input);
  const p = code ? await ctx.store.participants.byCode(code) : undefined;
  return p
    ? { ok: true, value: p }
    : { ok: false, card: refusalCard(ctx.t.common.errors.unknownParticipant(code || '?')) };
}

// ------------------------------------------------------------------ drawing the draft

function viewOf(
  ctx: FlowContext,
  flow: RatingFlow,
  instrument: Instrument,
  extra: {
    errors?: string[];
    notice?: string;
    overlay?: Record<string, DraftScore>;
    jobSearch?: string | null;
  } = {},
): RatingStepView {
  const step = parseStep(flow.step) ?? { kind: 'page', page: 0 };
  const pages = pagesOf(instrument);
  const d = flow.data;
  return {
    lang: ctx.actor.locale,
    code: d.code,
    date: d.date,
    instrument,
    correcting: d.correction !== null,
    step: step.kind === 'page' ? step.page : step.kind === 'jobsearch' ? 'jobsearch' : 'summary',
    pageCount: pages.length,
    indicators: step.kind === 'page' ? (pages[step.page] ?? []) : [],
    scores: extra.overlay ? mergeScores(d.scores, extra.overlay) : d.scores,
    jobSearch: extra.jobSearch !== undefined ? extra.jobSearch : d.jobSearch,
    token: tokenOf(flow),
    errors: extra.errors,
    notice: extra.notice,
  };
}

async function draftCard(
  ctx: FlowContext,
  flow: RatingFlow,
  extra: Parameters<typeof viewOf>[3] = {},
): Promise<AdaptiveCard> {
  const instrument = await instrumentOf(ctx, flow.data.instrumentId, flow.data.instrumentVersion);
  if (!instrument)
    return refusalCard(
      ctx.t.rating.errors.instrumentMissing(flow.data.instrumentId, flow.data.instrumentVersion),
    );
  return ratingStepCard(viewOf(ctx, flow, instrument, extra), ctx.t);
}

function problemText(ctx: FlowContext, instrument: Instrument, p: PageProblem): string {
  const e = ctx.t.rating.errors;
  const ind = instrument.indicators.find((i) => i.id === p.indicatorId);
  const area = ind ? ind.area[ctx.actor.locale] : p.indicatorId;
  if (p.kind === 'tooLong') return e.commentTooLong(area);
  const who = p.field === 'self' ? ctx.t.rating.selfLabel : ctx.t.rating.staffLabel;
  return p.kind === 'missing' ? e.scoreMissing(area, who) : e.scoreInvalid(area, who);
}

function stepLabel(ctx: FlowContext, step: Step | null): string {
  const n = ctx.t.rating.drafts.stepNames;
  if (!step || step.kind === 'page') return n.page((step?.kind === 'page' ? step.page : 0) + 1);
  return step.kind === 'jobsearch' ? n.jobsearch : n.summary;
}

function draftEntries(ctx: FlowContext, flows: RatingFlow[]): DraftEntry[] {
  return flows.map((f) => ({
    flowId: f.id,
    code: f.data.code,
    startedOn: f.data.date,
    where: stepLabel(ctx, parseStep(f.step)),
  }));
}

// ------------------------------------------------------------------ the progression card

export async function progressionFor(
  ctx: FlowContext,
  p: Participant,
  extra: { savedNotice?: string; notice?: string } = {},
): Promise<AdaptiveCard> {
  const sessions = await ctx.store.ratings.sessionsFor(p.id);
  await ctx.audit('progression.view', p.id, { code: p.code, sessions: sessions.length });
  if (sessions.length === 0) return messageCard(ctx.t.rating.progression.none(p.code));
  // Sessions may use different sets or versions: rows follow the latest one's order.
  const used: Instrument[] = [];
  for (const s of [...sessions].reverse()) {
    if (used.some((i) => i.id === s.instrumentId && i.version === s.instrumentVersion)) continue;
    const inst = await instrumentOf(ctx, s.instrumentId, s.instrumentVersion);
    if (inst) used.push(inst);
  }
  const cwOnly = new Set(used.flatMap((i) => [...caseworkerOnlyOf(i)]));
  const isCw = (id: string) => cwOnly.has(id);
  const ids = used
    .flatMap((i) => i.indicators.map((x) => x.id))
    .filter((id, i, a) => a.indexOf(id) === i);
  const areas: Record<string, string> = {};
  for (const inst of [...used].reverse())
    for (const ind of inst.indicators) areas[ind.id] = ind.area[ctx.actor.locale];
  const sum = summarize(sessions, isCw, ids, ctx.config.PROGRESSION_MIN_RISEN);
  const latest = sum.sessions[sum.sessions.length - 1]!;
  const latestInst = used[0];
  const view: ProgressionView = {
    code: p.code,
    areas,
    instrumentLine: latestInst
      ? ctx.t.rating.progression.instrumentLine(
          latestInst.name[ctx.actor.locale],
          latestInst.version,
        )
      : `${latest.instrumentId} v${latest.instrumentVersion}`,
    rows: sum.rows,
    risenCount: sum.risen.length,
    comparable: sum.rows.filter((r) => r.first !== null).length,
    progressed: sum.progressed,
    minRisen: ctx.config.PROGRESSION_MIN_RISEN,
    signals: sum.signals,
    history: scoreHistory(sum.sessions, isCw, ids),
    sessions: sum.sessions.map((s) => ({
      id: s.id,
      date: s.date,
      revision: s.revision,
      savedAt: s.savedAt,
    })),
    jobSearch: latest.jobSearchDescription,
    ...extra,
  };
  return progressionCard(view, ctx.t);
}

// ------------------------------------------------------------------ starting and resuming

async function pickerFor(ctx: FlowContext, errors?: string[]): Promise<AdaptiveCard> {
  const own = await ctx.store.participants.byOwner(ctx.actor.id);
  const consents = await ctx.store.consents.latestFor(own.map((p) => p.id));
  const on = today(ctx.clock);
  const entries = [];
  for (const p of own) {
    if (!mayRate(ctx.actor, p, consents.get(p.id), on).ok) continue;
    const sessions = await ctx.store.ratings.sessionsFor(p.id);
    entries.push({
      code: p.code,
      name: p.protectedIdentity ? null : p.name,
      lastRated: sessions[sessions.length - 1]?.date ?? null,
    });
  }
  await ctx.audit('rating.picker', null, { participants: entries.length });
  return pickerCard(entries, ctx.t, errors);
}

async function newDraft(ctx: FlowContext, p: Participant): Promise<AdaptiveCard> {
  // The set of the participant's previous session (its newest version), so sessions compare; else the default.
  const previous = (await ctx.store.ratings.sessionsFor(p.id)).pop();
  // A participant keeps the set of their earlier sessions (newest version), so sessions stay comparable.
  const instrument =
    (previous && (await ctx.store.instruments.latest(previous.instrumentId))) ||
    (await ctx.store.instruments.forNewSessions());
  // Two "Skattning" at the same moment: the database keeps one new draft per participant, and the
  // second request gets that draft.
  const { flow, created } = await ctx.store.flows.createOnce<RatingDraft>({
    kind: FLOW_KIND,
    ownerId: ctx.actor.id,
    participantId: p.id,
    openKey: `new:${p.id}`,
    step: stepName({ kind: 'page', page: 0 }),
    data: {
      participantId: p.id,
      code: p.code,
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      date: today(ctx.clock),
      scores: {},
      jobSearch: null,
      correction: null,
    },
  });
  if (!created) return draftCard(ctx, flow);
  await ctx.audit('rating.start', p.id, {
    code: p.code,
    instrument: instrument.id,
    version: instrument.version,
  });
  return ratingStepCard(viewOf(ctx, flow, instrument), ctx.t);
}

/** `skattning [kod]`, and the picker's Start: an open draft is offered before a new one is begun. */
async function start(
  ctx: FlowContext,
  codeInput: string,
  opts: { force: boolean },
): Promise<Reply> {
  const open = await ctx.store.flows.listOpen<RatingDraft>(FLOW_KIND, ctx.actor.id);
  if (!codeInput) {
    const picker = await pickerFor(ctx);
    return open.length ? [draftsCard(draftEntries(ctx, open), ctx.t, null), picker] : picker;
  }
  const found = await participantByCode(ctx, codeInput);
  if (!found.ok) return found.card;
  const p = found.value;
  const refused = await checkMayRate(ctx, p, 'rating.start');
  if (refused) return refused;
  // A named participant with an unfinished draft: offer it (drafts for others stay as they are).
  const same = open.filter((f) => f.participantId === p.id);
  if (!opts.force && same.length) return draftsCard(draftEntries(ctx, same), ctx.t, p.code);
  for (const f of same) await ctx.store.flows.advance(f.id, f.rev, { status: 'cancelled' });
  return newDraft(ctx, p);
}

async function ownFlow(ctx: FlowContext, flowId: unknown): Promise<RatingFlow | null> {
  const id = z.string().min(1).max(100).safeParse(flowId);
  if (!id.success) return null;
  const flow = await ctx.store.flows.get<RatingDraft>(id.data);
  return flow && flow.kind === FLOW_KIND && flow.ownerId === ctx.actor.id ? flow : null;
}

async function resume(
  ctx: FlowContext,
  flow: RatingFlow | null | undefined,
): Promise<AdaptiveCard> {
  if (!flow || flow.status !== 'open') return messageCard(ctx.t.rating.drafts.none);
  const p = await ctx.store.participants.get(flow.data.participantId);
  if (!p) return refusalCard(ctx.t.common.errors.expired);
  const refused = await checkMayRate(ctx, p, 'rating.resume');
  if (refused) return refused;
  await ctx.audit('rating.resume', p.id, { code: p.code });
  return draftCard(ctx, flow);
}

// ------------------------------------------------------------------ the steps

const StepAction = FlowToken.passthrough();

/** The common start of every step: parse the token, load the draft, answer doubled and stale submits. */
async function withCurrentDraft(
  ctx: FlowContext,
  raw: unknown,
  fn: (
    flow: RatingFlow,
    step: Step,
    instrument: Instrument,
    input: Record<string, unknown>,
  ) => Promise<AdaptiveCard>,
): Promise<AdaptiveCard> {
  const parsed = StepAction.safeParse(raw);
  if (!parsed.success) return refusalCard(ctx.t.common.errors.expired);
  const flow = await ownFlow(ctx, parsed.data.flowId);
  if (!flow) return refusalCard(ctx.t.common.errors.expired);
  if (flow.status === 'done') {
    const p = await ctx.store.participants.get(flow.data.participantId);
    return p && maySeeProgression(ctx.actor, p)
      ? progressionFor(ctx, p, { notice: ctx.t.rating.alreadySaved })
      : messageCard(ctx.t.rating.alreadySaved);
  }
  if (flow.status === 'cancelled') return messageCard(ctx.t.rating.cancelled);
  if (!isCurrent(flow, parsed.data)) return draftCard(ctx, flow, { notice: ctx.t.rating.stale });
  const step = parseStep(flow.step);
  const instrument = await instrumentOf(ctx, flow.data.instrumentId, flow.data.instrumentVersion);
  if (!step || !instrument) return refusalCard(ctx.t.common.errors.expired);
  return fn(flow, step, instrument, parsed.data as Record<string, unknown>);
}

/** Moves the draft on from the revision the card showed; a lost race shows the current card. */
async function advanceTo(
  ctx: FlowContext,
  flow: RatingFlow,
  step: Step,
  data: RatingDraft,
): Promise<AdaptiveCard> {
  const moved = await ctx.store.flows.advance<RatingDraft>(flow.id, flow.rev, {
    step: stepName(step),
    data,
  });
  if (!moved) {
    const cur = await ctx.store.flows.get<RatingDraft>(flow.id);
    return cur
      ? draftCard(ctx, cur, { notice: ctx.t.rating.stale })
      : refusalCard(ctx.t.common.errors.expired);
  }
  return draftCard(ctx, moved);
}

async function next(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  return withCurrentDraft(ctx, raw, async (flow, step, instrument, input) => {
    const pages = pagesOf(instrument);
    if (step.kind === 'page') {
      const page = pages[step.page] ?? [];
      const { values, problems } = readPage(page, input, true);
      if (problems.length) {
        return draftCard(ctx, flow, {
          errors: problems.map((p) => problemText(ctx, instrument, p)),
          overlay: values,
        });
      }
      return advanceTo(ctx, flow, nextStep(step, pages.length), {
        ...flow.data,
        scores: mergeScores(flow.data.scores, values),
      });
    }
    if (step.kind === 'jobsearch') {
      const js = JobSearchInput.safeParse(input);
      if (!js.success)
        return draftCard(ctx, flow, { errors: [ctx.t.rating.errors.jobSearchTooLong] });
      return advanceTo(
        ctx,
        flow,
        { kind: 'summary' },
        { ...flow.data, jobSearch: js.data.jobSearch },
      );
    }
    return draftCard(ctx, flow, { errors: [ctx.t.rating.errors.outOfOrder] });
  });
}

async function back(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  return withCurrentDraft(ctx, raw, async (flow, step, instrument, input) => {
    const pages = pagesOf(instrument);
    if (step.kind === 'page' && step.page === 0)
      return draftCard(ctx, flow, { errors: [ctx.t.rating.errors.outOfOrder] });
    let data = flow.data;
    // What was filled in on this card is kept when valid, so Back loses nothing.
    if (step.kind === 'page')
      data = {
        ...data,
        scores: mergeScores(data.scores, readPage(pages[step.page] ?? [], input, false).values),
      };
    if (step.kind === 'jobsearch') {
      const js = JobSearchInput.safeParse(input);
      if (js.success) data = { ...data, jobSearch: js.data.jobSearch };
    }
    return advanceTo(ctx, flow, previousStep(step, pages.length), data);
  });
}

async function cancel(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  return withCurrentDraft(ctx, raw, async (flow) => {
    const moved = await ctx.store.flows.advance(flow.id, flow.rev, { status: 'cancelled' });
    if (!moved) return refusalCard(ctx.t.common.errors.stale);
    await ctx.audit('rating.cancel', flow.data.participantId, { code: flow.data.code });
    return messageCard(ctx.t.rating.cancelled);
  });
}

class SavedMeanwhile extends Error {}

async function save(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  return withCurrentDraft(ctx, raw, async (flow, step, instrument) => {
    if (step.kind !== 'summary')
      return draftCard(ctx, flow, { errors: [ctx.t.rating.errors.outOfOrder] });
    const d = flow.data;
    if (!isComplete(d, instrument)) {
      const page = firstIncompletePage(d, instrument) ?? 0;
      const moved = await ctx.store.flows.advance<RatingDraft>(flow.id, flow.rev, {
        step: stepName({ kind: 'page', page }),
      });
      if (!moved) return draftCard(ctx, flow, { notice: ctx.t.rating.stale });
      const problems = readPage(pagesOf(instrument)[page] ?? [], {}, true).problems.filter(
        (p) => d.scores[p.indicatorId]?.[p.field as 'self' | 'staff'] === undefined,
      );
      return draftCard(ctx, moved, {
        errors: problems.map((p) => problemText(ctx, instrument, p)),
      });
    }
    const p = await ctx.store.participants.get(d.participantId);
    if (!p) return refusalCard(ctx.t.common.errors.expired);
    const refused = await checkMayRate(ctx, p, 'rating.save');
    if (refused) return refused;
    let saved;
    try {
      saved = await ctx.store.transaction(async (s) => {
        const done = await s.flows.advance<RatingDraft>(flow.id, flow.rev, {
          step: 'done',
          status: 'done',
        });
        if (!done) return null;
        const session = await s.ratings.save(
          {
            id: d.correction ? d.correction.sessionId : flow.id,
            revision: d.correction ? d.correction.revision + 1 : 1,
            participantId: p.id,
            date: d.date,
            instrumentId: instrument.id,
            instrumentVersion: instrument.version,
            scores: sessionScores(d, instrument),
            jobSearchDescription: d.jobSearch,
            ratedBy: ctx.actor.id,
          },
          ctx.clock.now(),
        );
        if (!session) throw new SavedMeanwhile();
        return session;
      });
    } catch (err) {
      if (err instanceof SavedMeanwhile) return refusalCard(ctx.t.rating.errors.correctedMeanwhile);
      throw err;
    }
    if (!saved) return progressionFor(ctx, p, { notice: ctx.t.rating.alreadySaved });
    await ctx.audit(d.correction ? 'rating.correct' : 'rating.save', p.id, {
      code: p.code,
      session: saved.id,
      revision: saved.revision,
      instrument: instrument.id,
      version: instrument.version,
    });
    ctx.log.info(
      { session: saved.id, revision: saved.revision, participant: p.code },
      'rating saved',
    );
    return progressionFor(ctx, p, { savedNotice: ctx.t.rating.progression.savedNotice(d.date) });
  });
}

/** "Rätta": a new draft prefilled from the session; saving it writes the next revision. */
async function correct(ctx: FlowContext, raw: unknown): Promise<AdaptiveCard> {
  const input = z.object({ sessionId: z.string().min(1).max(100) }).safeParse(raw);
  if (!input.success) return refusalCard(ctx.t.rating.errors.noSuchSession);
  const session = await ctx.store.ratings.get(input.data.sessionId);
  const p = session && (await ctx.store.participants.get(session.participantId));
  if (!session || !p) return refusalCard(ctx.t.rating.errors.noSuchSession);
  const refused = await checkMayRate(ctx, p, 'rating.correct');
  if (refused) return refused;
  // A second click on "Rätta" (or one from an older progression card) continues the open correction.
  const open = (await ctx.store.flows.listOpen<RatingDraft>(FLOW_KIND, ctx.actor.id)).find(
    (f) => f.data.correction?.sessionId === session.id,
  );
  if (open) return draftCard(ctx, open);
  const instrument = await instrumentOf(ctx, session.instrumentId, session.instrumentVersion);
  if (!instrument)
    return refusalCard(
      ctx.t.rating.errors.instrumentMissing(session.instrumentId, session.instrumentVersion),
    );
  const { flow, created } = await ctx.store.flows.createOnce<RatingDraft>({
    kind: FLOW_KIND,
    ownerId: ctx.actor.id,
    participantId: p.id,
    openKey: `correct:${session.id}`,
    step: stepName({ kind: 'page', page: 0 }),
    data: {
      participantId: p.id,
      code: p.code,
      instrumentId: instrument.id,
      instrumentVersion: instrument.version,
      date: session.date,
      scores: draftScoresOf(session.scores),
      jobSearch: session.jobSearchDescription,
      correction: { sessionId: session.id, revision: session.revision },
    },
  });
  if (!created) return draftCard(ctx, flow);
  await ctx.audit('rating.correct.start', p.id, {
    code: p.code,
    session: session.id,
    revision: session.revision,
  });
  return ratingStepCard(viewOf(ctx, flow, instrument), ctx.t);
}

// ------------------------------------------------------------------ the module

const CodeInput = z.object({
  code: z.string().trim().min(1).max(20),
  force: z
    .union([z.boolean(), z.enum(['true', 'false'])])
    .optional()
    .transform((v) => v === true || v === 'true'),
});

export const ratingModule: DialogModule = {
  name: 'rating',
  commands: [
    {
      names: ['skattning', 'rate'],
      scope: 'personal',
      role: 'caseworker',
      run: (ctx, args) => start(ctx, args, { force: false }),
    },
    {
      names: ['fortsätt', 'fortsatt', 'continue'],
      scope: 'personal',
      role: 'caseworker',
      run: async (ctx) =>
        resume(ctx, (await ctx.store.flows.listOpen<RatingDraft>(FLOW_KIND, ctx.actor.id))[0]),
    },
    {
      names: ['progression'],
      scope: 'personal',
      role: 'caseworker',
      run: async (ctx, args) => {
        const found = await participantByCode(ctx, args);
        if (!found.ok) return found.card;
        const p = found.value;
        if (!maySeeProgression(ctx.actor, p)) {
          await ctx.audit('progression.view.refused', p.id, { code: p.code, reason: 'not_owner' });
          return refusalCard(ctx.t.common.errors.notOwner(p.code));
        }
        return progressionFor(ctx, p);
      },
    },
    {
      names: ['skattningsformulär', 'skattningsformular', 'instruments'],
      scope: 'personal',
      role: 'admin',
      run: async (ctx) => instrumentsView(ctx),
    },
  ],
  // Sessions hold comments and free text seen by the owner only: every card action is personal chat only.
  actions: [
    {
      verb: 'rating.start',
      scope: 'personal',
      role: 'caseworker',
      run: async (ctx, raw) => {
        const input = CodeInput.safeParse(raw);
        if (!input.success) return pickerFor(ctx, [ctx.t.rating.errors.codeInvalid]);
        const reply = await start(ctx, input.data.code, { force: input.data.force });
        return Array.isArray(reply)
          ? reply[0]!
          : (reply ?? refusalCard(ctx.t.common.errors.expired));
      },
    },
    {
      verb: 'rating.resume',
      scope: 'personal',
      role: 'caseworker',
      run: async (ctx, raw) =>
        resume(ctx, await ownFlow(ctx, (raw as { flowId?: unknown })?.flowId)),
    },
    {
      verb: 'rating.discard',
      scope: 'personal',
      role: 'caseworker',
      run: async (ctx, raw) => {
        const flow = await ownFlow(ctx, (raw as { flowId?: unknown })?.flowId);
        if (!flow || flow.status !== 'open') return messageCard(ctx.t.rating.drafts.none);
        if (!(await ctx.store.flows.advance(flow.id, flow.rev, { status: 'cancelled' }))) {
          // Another click moved the draft first: show it as it is now, discard nothing.
          const cur = await ownFlow(ctx, flow.id);
          return cur?.status === 'open'
            ? draftCard(ctx, cur, { notice: ctx.t.rating.stale })
            : messageCard(ctx.t.rating.drafts.none);
        }
        await ctx.audit('rating.discard', flow.data.participantId, { code: flow.data.code });
        return messageCard(ctx.t.rating.drafts.discarded(flow.data.code));
      },
    },
    { verb: 'rating.next', scope: 'personal', role: 'caseworker', run: next },
    { verb: 'rating.back', scope: 'personal', role: 'caseworker', run: back },
    { verb: 'rating.save', scope: 'personal', role: 'caseworker', run: save },
    { verb: 'rating.cancel', scope: 'personal', role: 'caseworker', run: cancel },
    { verb: 'rating.correct', scope: 'personal', role: 'caseworker', run: correct },
    {
      verb: 'instruments.add',
      role: 'admin',
      run: async (ctx, raw) => {
        const input = z.object({ json: z.string().max(50_000).optional() }).safeParse(raw);
        const json = input.success ? (input.data.json ?? '').trim() : '';
        if (!json) return instrumentsView(ctx, { errors: [ctx.t.rating.instruments.empty] });
        const parsed = parseInstrumentJson(json);
        if (!parsed.ok)
          return instrumentsView(ctx, {
            errors: [
              ctx.t.rating.instruments.invalid,
              ...instrumentErrorLines(parsed.errors, ctx.t),
            ],
            json,
          });
        const { id, version } = parsed.instrument;
        const added = await ctx.store.instruments.add(
          parsed.instrument,
          ctx.actor.id,
          ctx.clock.now(),
        );
        if (!added)
          return instrumentsView(ctx, {
            errors: [ctx.t.rating.instruments.exists(id, version)],
            json,
          });
        ctx.log.info(
          { instrument: id, version, at: isoDateAt(ctx.clock.now()) },
          'instrument added',
        );
        return instrumentsView(ctx, { notice: ctx.t.rating.instruments.added(id, version) });
      },
    },
    {
      verb: 'instruments.use',
      role: 'admin',
      run: async (ctx, raw) => {
        const input = z.object({ forNewSessions: z.string().trim().min(1).max(64) }).safeParse(raw);
        if (
          !input.success ||
          !(await ctx.store.instruments.setForNewSessions(input.data.forNewSessions))
        ) {
          return instrumentsView(ctx, { useErrors: [ctx.t.rating.instruments.unknownSet] });
        }
        const chosen = await ctx.store.instruments.forNewSessions();
        ctx.log.info({ instrument: chosen.id }, 'instrument chosen for new sessions');
        return instrumentsView(ctx, {
          notice: ctx.t.rating.instruments.useSaved(chosen.name[ctx.actor.locale]),
        });
      },
    },
  ],
};

async function instrumentsView(
  ctx: FlowContext,
  opts: Parameters<typeof instrumentsCard>[3] = {},
): Promise<AdaptiveCard> {
  const [list, current] = await Promise.all([
    ctx.store.instruments.list(),
    ctx.store.instruments.forNewSessions(),
  ]);
  return instrumentsCard(list, ctx.actor.locale, ctx.t, { forNewSessions: current.id, ...opts });
}
