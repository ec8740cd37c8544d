// The change theory's figures (../shared/docs/domain.md "Figures", the second list): what funders
// who follow a coordination association's change theory ask beyond the core figures. Pure, over
// the same index as domain/figures.ts; each figure for all and by gender.
import {
  addPerson,
  emptyCount,
  isActiveIn,
  shareOf,
  type FigureIndex,
  type Period,
  type PersonCount,
  type PersonShare,
} from './figures';
import { ACTIVITY_KINDS, type ActivityKind, type RatingSession } from './model';
import { runningInterval, sixMonthsAfter } from './plan';
import { SUPPORT_SOURCES, type IsoDate, type SupportSource } from './types';

const inPeriod = (date: IsoDate | null | undefined, p: Period): boolean =>
  !!date && p.from <= date && date <= p.to;

export interface SelfSupport6m {
  /** Answered yes: supports themselves through work or studies six months after exit. */
  yes: PersonCount;
  no: PersonCount;
  /** Not asked, or no answer recorded. */
  unknown: PersonCount;
  /** yes / (yes + no): of those who answered; null where nobody answered. */
  share: PersonShare;
}

/** Of the participants whose six-month point (exit date + 6 months) falls in the period. */
export function selfSupport6m(ix: FigureIndex, period: Period): SelfSupport6m {
  const yes = emptyCount();
  const no = emptyCount();
  const unknown = emptyCount();
  for (const f of ix.people) {
    if (!f.endDate || !inPeriod(sixMonthsAfter(f.endDate), period)) continue;
    const answer = f.exit?.selfSupportAfter6m ?? null;
    const into = answer === true ? yes : no;
    addPerson(answer === null ? unknown : into, f.participant.gender);
  }
  const answered = emptyCount();
  for (const c of [yes, no])
    for (const k of ['total', 'women', 'men', 'other'] as const) answered[k] += c[k];
  return { yes, no, unknown, share: shareOf(yes, answered) };
}

/** The participant's own counted scores (vet ej skipped) of an indicator, oldest first, up to `to`. */
export function selfScores(sessions: readonly RatingSession[], indicatorId: string, to: IsoDate) {
  const out: number[] = [];
  for (const s of sessions) {
    if (s.date > to) continue;
    const v = s.scores.find((x) => x.indicatorId === indicatorId)?.self ?? null;
    if (v !== null) out.push(v);
  }
  return out;
}

export interface RisenFigure {
  /** Active in the period with at least two counted self-ratings up to `to`. */
  rated: PersonCount;
  /** Of them, the latest higher than the first. */
  risen: PersonCount;
  share: PersonShare;
}

/** [rated twice, risen] over some self-rated indicators up to `to`: risen when any of them rose. */
export function risenOver(
  sessions: readonly RatingSession[],
  ids: readonly string[],
  to: IsoDate,
): [boolean, boolean] {
  let rated = false;
  let risen = false;
  for (const id of ids) {
    const scores = selfScores(sessions, id, to);
    if (scores.length < 2) continue;
    rated = true;
    if (scores[scores.length - 1] > scores[0]) risen = true;
  }
  return [rated, risen];
}

/** The self-rated indicators of `controlRisen` and of `closerToWork`. */
export const CONTROL_IDS = ['control'] as const;
export const CLOSER_IDS = ['job_belief', 'next_steps'] as const;

function risenFigure(ix: FigureIndex, period: Period, ids: readonly string[]): RisenFigure {
  const rated = emptyCount();
  const risen = emptyCount();
  for (const f of ix.people) {
    if (!isActiveIn(f, period)) continue;
    const [r, up] = risenOver(f.sessions, ids, period.to);
    if (r) addPerson(rated, f.participant.gender);
    if (up) addPerson(risen, f.participant.gender);
  }
  return { rated, risen, share: shareOf(risen, rated) };
}

/** "More power over their own situation": the self-rating of `control`, latest higher than first. */
export const controlRisen = (ix: FigureIndex, period: Period): RisenFigure =>
  risenFigure(ix, period, CONTROL_IDS);

/** "Judge themselves closer to the labour market": `job_belief` or `next_steps`, latest higher than first. */
export const closerToWork = (ix: FigureIndex, period: Period): RisenFigure =>
  risenFigure(ix, period, CLOSER_IDS);

/** Exits in the period: main source of support at start → at exit (SUS's before/after), by gender. */
export type SupportTable = Record<SupportSource, Record<SupportSource, PersonCount>>;

export function emptySupportTable(): SupportTable {
  return Object.fromEntries(
    SUPPORT_SOURCES.map((a) => [
      a,
      Object.fromEntries(SUPPORT_SOURCES.map((b) => [b, emptyCount()])),
    ]),
  ) as SupportTable;
}

/** The cell of a start and exit source; a source outside SUPPORT_SOURCES counts as unknown → unknown. */
export function supportCell(t: SupportTable, start: string | null, exit: string | null) {
  const row = t[(start ?? 'okand') as SupportSource] as SupportTable[SupportSource] | undefined;
  return row?.[(exit ?? 'okand') as SupportSource] ?? t.okand.okand;
}

export function supportAtStartAndExit(ix: FigureIndex, period: Period): SupportTable {
  const table = emptySupportTable();
  for (const f of ix.people) {
    if (!inPeriod(f.endDate, period)) continue;
    const cell = supportCell(
      table,
      f.participant.supportAtStart ?? null,
      f.exit?.supportAtExit ?? null,
    );
    addPerson(cell, f.participant.gender);
  }
  return table;
}

export interface KindFigure {
  /** Activities of the kind started in the period, counted by the participant's gender. */
  activities: PersonCount;
  /** activities / active participants, for all and by gender; null where nobody was active. */
  perParticipant: PersonShare;
}

/** "The same activities are offered to women and men": activities started in the period by kind. */
export function activitiesByKindAndGender(
  ix: FigureIndex,
  period: Period,
): Record<ActivityKind, KindFigure> {
  const active = emptyCount();
  const by = Object.fromEntries(ACTIVITY_KINDS.map((k) => [k, emptyCount()])) as Record<
    ActivityKind,
    PersonCount
  >;
  for (const f of ix.people) {
    if (isActiveIn(f, period)) addPerson(active, f.participant.gender);
    for (const a of f.activities) {
      const iv = runningInterval(a);
      if (iv && inPeriod(iv.from, period)) addPerson(by[a.kind], f.participant.gender);
    }
  }
  return Object.fromEntries(
    ACTIVITY_KINDS.map((k) => [k, { activities: by[k], perParticipant: shareOf(by[k], active) }]),
  ) as Record<ActivityKind, KindFigure>;
}

export interface ChangeFigures {
  selfSupport6m: SelfSupport6m;
  controlRisen: RisenFigure;
  closerToWork: RisenFigure;
  supportAtStartAndExit: SupportTable;
  activitiesByKindAndGender: Record<ActivityKind, KindFigure>;
}

export function changeFigures(ix: FigureIndex, period: Period): ChangeFigures {
  return {
    selfSupport6m: selfSupport6m(ix, period),
    controlRisen: controlRisen(ix, period),
    closerToWork: closerToWork(ix, period),
    supportAtStartAndExit: supportAtStartAndExit(ix, period),
    activitiesByKindAndGender: activitiesByKindAndGender(ix, period),
  };
}

/** A row of the support table as a card lists it: `start>exit`, or `rest` for the others summed. */
export interface SupportRow {
  key: string;
  start: SupportSource | null;
  exit: SupportSource | null;
  count: PersonCount;
}

/**
 * The support table's combinations with anyone in them, largest first, at most `cap`; the others
 * summed in one `rest` row, so the rows always add up to the exits of the period.
 */
export function supportRows(t: SupportTable, cap = 6): SupportRow[] {
  const cells: SupportRow[] = [];
  for (const a of SUPPORT_SOURCES)
    for (const b of SUPPORT_SOURCES)
      if (t[a][b].total > 0) cells.push({ key: `${a}>${b}`, start: a, exit: b, count: t[a][b] });
  cells.sort((x, y) => y.count.total - x.count.total || (x.key < y.key ? -1 : 1));
  if (cells.length <= cap) return cells;
  const rest = emptyCount();
  for (const c of cells.slice(cap))
    for (const k of ['total', 'women', 'men', 'other'] as const) rest[k] += c.count[k];
  return [...cells.slice(0, cap), { key: 'rest', start: null, exit: null, count: rest }];
}
