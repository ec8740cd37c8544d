// The figures of ../shared/docs/domain.md "Figures", for the weekly digest and the funders' report.
// Pure functions over plain arrays. Everything is indexed once by participant (maps), so a figure
// over 10,000 participants and 100,000 ratings is linear, never a search per participant.
import { addDaysIso } from './dates';
import type {
  ActivityPlan,
  Exit,
  ForumAction,
  OutcomeGroup,
  PlanActivity,
  RatingSession,
} from './model';
import { OUTCOME_GROUPS } from './model';
import { OUTCOMES, isSelfSupport, outcomeGroup } from './outcomes';
import { hadParallel, runningInterval } from './plan';
import {
  hasProgressed,
  progressionTable,
  sortSessions,
  type IsCaseworkerOnly,
} from './progression';
import type { Consent, Gender, IsoDate, Participant } from './types';
import { inPeriod, sessionsUpTo } from './figures-attention';

// "Needs attention" lives in domain/figures-attention.ts; re-exported so callers import from here.
export {
  ATTENTION_KINDS,
  attentionKinds,
  attentionLists,
  needsAttention,
  type AttentionFacts,
  type AttentionKind,
  type AttentionList,
  type NeedsAttention,
} from './figures-attention';

/** A count of people, for all and by gender. ESF and AMIF report women and men; "annan" and "vill ej uppge" count in the total only. */
export interface PersonCount {
  total: number;
  women: number;
  men: number;
  other: number;
}

/** A share (0–1) for all and by gender; null where there is no one to divide by. */
export interface PersonShare {
  total: number | null;
  women: number | null;
  men: number | null;
}

export type FigureParticipant = Pick<
  Participant,
  'id' | 'code' | 'gender' | 'startDate' | 'endDate'
> &
  Partial<Pick<Participant, 'supportAtStart'>>; // for domain/figures-change.ts

export interface FigureData {
  participants: FigureParticipant[];
  /** Latest revision of each session. */
  sessions: RatingSession[];
  activities: PlanActivity[];
  plans: ActivityPlan[];
  exits: Exit[];
  actions: ForumAction[];
  /** The consent in force per participant id; only needed for the "needs attention" lists. */
  consents?: Map<string, Consent>;
}

export interface FigureRules {
  isCaseworkerOnly: IsCaseworkerOnly;
  /** Indicators that must have risen for "progressed" (PROGRESSION_MIN_RISEN, default 3). */
  minRisen: number;
  /** Order of the indicators in the average-change chart (the default instrument's). */
  indicatorIds?: readonly string[];
}

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

export const emptyCount = (): PersonCount => ({ total: 0, women: 0, men: 0, other: 0 });

export function addPerson(c: PersonCount, gender: Gender): void {
  c.total++;
  if (gender === 'kvinna') c.women++;
  else if (gender === 'man') c.men++;
  else c.other++;
}

const ratio = (n: number, d: number): number | null => (d > 0 ? n / d : null);

export function shareOf(part: PersonCount, whole: PersonCount): PersonShare {
  return {
    total: ratio(part.total, whole.total),
    women: ratio(part.women, whole.women),
    men: ratio(part.men, whole.men),
  };
}

/** Everything about one participant, gathered once. */
export interface ParticipantFacts {
  participant: FigureParticipant;
  /** Oldest first. */
  sessions: RatingSession[];
  activities: PlanActivity[];
  plan: ActivityPlan | undefined;
  exit: Exit | undefined;
  /** The exit date: the recorded exit's, else the participant's end date. */
  endDate: IsoDate | null;
}

export interface FigureIndex {
  people: ParticipantFacts[];
  byId: Map<string, ParticipantFacts>;
  sessions: RatingSession[];
  activities: PlanActivity[];
  actions: ForumAction[];
  consents: Map<string, Consent>;
}

/** Groups the data by participant, once; every figure below reads this index. */
export function indexFigures(data: FigureData): FigureIndex {
  const byId = new Map<string, ParticipantFacts>();
  for (const p of data.participants) {
    byId.set(p.id, {
      participant: p,
      sessions: [],
      activities: [],
      plan: undefined,
      exit: undefined,
      endDate: p.endDate,
    });
  }
  for (const s of data.sessions) byId.get(s.participantId)?.sessions.push(s);
  for (const a of data.activities) byId.get(a.participantId)?.activities.push(a);
  for (const pl of data.plans) {
    const f = byId.get(pl.participantId);
    if (f) f.plan = pl;
  }
  for (const e of data.exits) {
    const f = byId.get(e.participantId);
    if (f) {
      f.exit = e;
      f.endDate = e.date;
    }
  }
  for (const f of byId.values()) if (f.sessions.length > 1) f.sessions = sortSessions(f.sessions);
  return {
    people: [...byId.values()],
    byId,
    sessions: data.sessions,
    activities: data.activities,
    actions: data.actions,
    consents: data.consents ?? new Map(),
  };
}

/** Active at any time in the period: started on or before its end, not exited before its start. */
export function isActiveIn(
  f: Pick<ParticipantFacts, 'participant' | 'endDate'>,
  p: Period,
): boolean {
  return f.participant.startDate <= p.to && (f.endDate === null || f.endDate >= p.from);
}

export interface AverageChange {
  indicatorId: string;
  average: number;
  count: number;
}

export interface PeriodFigures extends Period {
  /** Participants active at any time in the period. */
  participants: PersonCount;
  /** Participants who started in the period. */
  newParticipants: PersonCount;
  /** Participants whose exit date is in the period. */
  exited: PersonCount;
  /** Keyed by the outcome ids of domain.md; an exit date without a recorded outcome counts as `okand`. */
  exitsByOutcome: Record<string, PersonCount>;
  exitsByGroup: Record<OutcomeGroup, PersonCount>;
  /** Exits to work or studies (self-support), of all exits in the period; null without exits. */
  selfSupportShare: number | null;
  /** Active participants who have progressed (minRisen or more risen indicators over all sessions up to `to`). */
  progressed3: PersonCount;
  progressedShare: PersonShare;
  /** Sessions held in the period. */
  ratingSessions: number;
  /** Activities that started running in the period. */
  activitiesStarted: number;
  /** Activities completed or cancelled with an end date in the period. */
  activitiesEnded: number;
  /** Active participants with two or more activities running at once at some point in the period. */
  parallelActivities: PersonCount;
  /** parallelActivities.total / participants.total, 0 when nobody was active. */
  parallelActivitiesShare: number;
  /** Mean of (latest − first) counted score per indicator, over active participants with both. */
  averageChange: AverageChange[];
}

/** The figures of domain.md for a period. */
export function periodFigures(ix: FigureIndex, period: Period, rules: FigureRules): PeriodFigures {
  const participants = emptyCount();
  const newParticipants = emptyCount();
  const exited = emptyCount();
  const progressed = emptyCount();
  const parallel = emptyCount();
  const exitsByOutcome: Record<string, PersonCount> = {};
  for (const o of OUTCOMES) exitsByOutcome[o.id] = emptyCount();
  const exitsByGroup = Object.fromEntries(OUTCOME_GROUPS.map((g) => [g, emptyCount()])) as Record<
    OutcomeGroup,
    PersonCount
  >;
  let selfSupport = 0;
  const changeSum = new Map<string, { sum: number; count: number }>();

  for (const f of ix.people) {
    const g = f.participant.gender;
    if (inPeriod(f.participant.startDate, period)) addPerson(newParticipants, g);
    if (inPeriod(f.endDate, period)) {
      addPerson(exited, g);
      const outcome = f.exit?.outcome ?? 'okand';
      addPerson((exitsByOutcome[outcome] ??= emptyCount()), g);
      addPerson(exitsByGroup[outcomeGroup(outcome)], g);
      if (isSelfSupport(outcome)) selfSupport++;
    }
    if (!isActiveIn(f, period)) continue;
    addPerson(participants, g);
    const upTo = sessionsUpTo(f.sessions, period.to);
    if (upTo.length >= 2) {
      if (hasProgressed(upTo, rules.isCaseworkerOnly, rules.minRisen)) addPerson(progressed, g);
      for (const row of progressionTable(upTo, rules.isCaseworkerOnly)) {
        if (row.change === null) continue;
        const acc = changeSum.get(row.indicatorId) ?? { sum: 0, count: 0 };
        acc.sum += row.change;
        acc.count++;
        changeSum.set(row.indicatorId, acc);
      }
    }
    if (f.activities.length >= 2 && hadParallel(f.activities, period.from, period.to))
      addPerson(parallel, g);
  }

  let ratingSessions = 0;
  for (const s of ix.sessions) if (inPeriod(s.date, period)) ratingSessions++;
  let activitiesStarted = 0;
  let activitiesEnded = 0;
  for (const a of ix.activities) {
    const iv = runningInterval(a);
    if (iv && inPeriod(iv.from, period)) activitiesStarted++;
    if ((a.status === 'completed' || a.status === 'cancelled') && inPeriod(a.endDate, period))
      activitiesEnded++;
  }

  const changes = [...changeSum].map(([indicatorId, c]) => ({ indicatorId, ...c }));
  return periodFiguresFrom(
    {
      ...period,
      participants,
      newParticipants,
      exited,
      exitsByOutcome,
      exitsByGroup,
      selfSupport,
      progressed3: progressed,
      ratingSessions,
      activitiesStarted,
      activitiesEnded,
      parallelActivities: parallel,
      changes,
    },
    rules.indicatorIds ?? [],
  );
}

/** What a period's figures count; the shares and averages are derived from it (periodFiguresFrom). */
export type PeriodCounts = Omit<
  PeriodFigures,
  'selfSupportShare' | 'progressedShare' | 'parallelActivitiesShare' | 'averageChange'
> & {
  /** Exits to work or studies in the period. */
  selfSupport: number;
  /** Per indicator, in the order first met: the sum and count of (latest − first) changes. */
  changes: { indicatorId: string; sum: number; count: number }[];
};

/**
 * The period's figures from what was counted, whether counted in memory (periodFigures) or by the
 * store's SQL aggregates (figure-facts): the shares and the average changes are defined once, here.
 */
export function periodFiguresFrom(c: PeriodCounts, indicatorIds: readonly string[]): PeriodFigures {
  const { selfSupport, changes, ...counts } = c;
  return {
    ...counts,
    selfSupportShare: ratio(selfSupport, c.exited.total),
    progressedShare: shareOf(c.progressed3, c.participants),
    parallelActivitiesShare: ratio(c.parallelActivities.total, c.participants.total) ?? 0,
    averageChange: averageChanges(changes, indicatorIds),
  };
}

/** Mean change per indicator: the instrument's indicators first, in its order; the others after them. */
function averageChanges(
  sums: PeriodCounts['changes'],
  indicatorIds: readonly string[],
): AverageChange[] {
  const by = new Map(sums.filter((s) => s.count > 0).map((s) => [s.indicatorId, s] as const));
  const order = [...indicatorIds, ...[...by.keys()].filter((id) => !indicatorIds.includes(id))];
  return order
    .filter((id) => by.has(id))
    .map((id) => {
      const { sum, count } = by.get(id)!;
      return { indicatorId: id, average: sum / count, count };
    });
}

export interface DepartmentActions {
  departmentId: string;
  due: number;
  overdue: number;
}

/**
 * Open case-forum actions per department, as of a date: `overdue` when the due date has passed,
 * `due` when it falls in the coming week (asOf and the six days after).
 */
export function forumActionsByDepartment(
  actions: readonly Pick<ForumAction, 'status' | 'due' | 'departmentId'>[],
  asOf: IsoDate,
  horizonDays = 7,
): DepartmentActions[] {
  const until = addDaysIso(asOf, horizonDays - 1);
  const by = new Map<string, DepartmentActions>();
  for (const a of actions) {
    if (a.status !== 'open') continue;
    const overdue = a.due < asOf;
    const due = !overdue && a.due <= until;
    if (!overdue && !due) continue;
    const row = by.get(a.departmentId) ?? { departmentId: a.departmentId, due: 0, overdue: 0 };
    if (overdue) row.overdue++;
    else row.due++;
    by.set(a.departmentId, row);
  }
  return [...by.values()].sort((a, b) => (a.departmentId < b.departmentId ? -1 : 1));
}
