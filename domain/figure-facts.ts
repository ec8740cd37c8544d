// What the figures of domain/figures.ts need, per participant, in a form a database can aggregate:
// the state "as of" each session date (risen indicators, stagnation, latest − first per indicator)
// and each activity's running interval. Every value is computed here with the functions that define
// the figures (domain/progression.ts, domain/plan.ts, domain/outcomes.ts), so the figures from the
// store's aggregates are the figures of `periodFigures` by construction; the store only counts.
import { addDaysIso } from './dates';
import type { OutcomeGroup, PlanActivity, RatingSession } from './model';
import { OUTCOME_GROUPS } from './model';
import { OUTCOMES, isSelfSupport, outcomeGroup } from './outcomes';
import { isEnded, runningInterval } from './plan';
import {
  isStagnant,
  progressionTable,
  risenIndicators,
  sortSessions,
  type IsCaseworkerOnly,
} from './progression';
import {
  emptyCount,
  periodFiguresFrom,
  type FigureRules,
  type Period,
  type PeriodFigures,
  type PersonCount,
} from './figures';
import type { Gender, IsoDate } from './types';

/** A participant's state at the end of a session date: what `periodFigures` reads of sessions up to `to`. */
export interface RatingPoint {
  date: IsoDate;
  /** The next session date of the participant; null for the latest point. */
  nextDate: IsoDate | null;
  /** Sessions up to and including `date`. */
  sessions: number;
  /** Sessions held on `date` itself. */
  daySessions: number;
  /** Indicators risen over the sessions up to `date` (risenIndicators). */
  risen: number;
  /** isStagnant over the sessions up to `date` (never with fewer than three). */
  stagnant: boolean;
  /** latest − first counted score per indicator, only with two or more sessions (averageChange). */
  changes: [indicatorId: string, change: number][];
}

/** The points of one participant's sessions (latest revision of each), oldest first. */
export function ratingPoints(
  sessions: readonly RatingSession[],
  isCaseworkerOnly: IsCaseworkerOnly,
): RatingPoint[] {
  const sorted = sortSessions(sessions);
  const points: RatingPoint[] = [];
  let i = 0;
  while (i < sorted.length) {
    const date = sorted[i].date;
    let end = i;
    while (end < sorted.length && sorted[end].date === date) end++;
    const upTo = sorted.slice(0, end);
    const changes: [string, number][] = [];
    if (upTo.length >= 2) {
      for (const row of progressionTable(upTo, isCaseworkerOnly))
        if (row.change !== null) changes.push([row.indicatorId, row.change]);
    }
    points.push({
      date,
      nextDate: end < sorted.length ? sorted[end].date : null,
      sessions: end,
      daySessions: end - i,
      risen: risenIndicators(upTo, isCaseworkerOnly).length,
      stagnant: upTo.length >= 3 && isStagnant(upTo, isCaseworkerOnly),
      changes,
    });
    i = end;
  }
  return points;
}

/** What the figures read of an activity. */
export interface ActivityFact {
  /** Where its running interval begins (activitiesStarted), also for an interval that ends before it starts. */
  startedOn: IsoDate | null;
  /** The interval it ran, when it ran at least one day (hadParallel); runTo null = still running. */
  runFrom: IsoDate | null;
  runTo: IsoDate | null;
  /** The end date of a completed or cancelled activity (activitiesEnded). */
  endedOn: IsoDate | null;
}

export function activityFact(
  a: Pick<PlanActivity, 'status' | 'startDate' | 'endDate'>,
): ActivityFact {
  const iv = runningInterval(a);
  const runs = !!iv && (iv.to === null || iv.from <= iv.to);
  return {
    startedOn: iv?.from ?? null,
    runFrom: runs ? iv.from : null,
    runTo: runs ? iv.to : null,
    endedOn: isEnded(a.status) ? a.endDate : null,
  };
}

/** Days an activity ran, or two ran at once: [from, to], to null = still running. */
export interface DayInterval {
  from: IsoDate;
  to: IsoDate | null;
}

/**
 * The days on which two or more of one participant's activities ran (their ActivityFact run
 * intervals), as disjoint maximal intervals, oldest first. `hadParallel(activities, from, to)` is
 * whether one of them meets [from, to]: what the store keeps per participant (figure_parallel), so
 * "parallel activities in the period" is an indexed lookup instead of a self-join of activities.
 */
export function parallelIntervals(runs: readonly DayInterval[]): DayInterval[] {
  // +1 the day an interval begins, -1 the day after it ends; a day's changes are applied together.
  const delta = new Map<IsoDate, number>();
  const add = (d: IsoDate, n: number) => delta.set(d, (delta.get(d) ?? 0) + n);
  for (const r of runs) {
    if (r.to !== null && r.to < r.from) continue;
    add(r.from, 1);
    if (r.to !== null) add(addDaysIso(r.to, 1), -1);
  }
  const out: DayInterval[] = [];
  let running = 0;
  let since: IsoDate | null = null;
  for (const d of [...delta.keys()].sort()) {
    running += delta.get(d)!;
    if (running >= 2 && since === null) since = d;
    if (running < 2 && since !== null) {
      out.push({ from: since, to: addDaysIso(d, -1) });
      since = null;
    }
  }
  if (since !== null) out.push({ from: since, to: null });
  return out;
}

/** Adds n people of a gender to a count (as figures.ts addPerson does one). */
export function addPeople(c: PersonCount, gender: string, n: number): void {
  c.total += n;
  if (gender === 'kvinna') c.women += n;
  else if (gender === 'man') c.men += n;
  else c.other += n;
}

/** The counts a store computes for a period (GROUP BY gender, outcome), as `periodFigures` defines them. */
export interface FigureAggregates {
  /** Per gender and outcome (`okand` where no exit is recorded): active, started and exited in the period. */
  people: {
    gender: Gender | string;
    outcome: string;
    active: number;
    started: number;
    exited: number;
  }[];
  /** Per gender: active participants progressed (two or more sessions, minRisen or more risen, up to `to`). */
  progressed: { gender: Gender | string; n: number }[];
  /** Per gender: active participants with two activities running on one day in the period. */
  parallel: { gender: Gender | string; n: number }[];
  /** Per indicator, over active participants' points in force on `to`: the sum and count of changes. */
  changes: { indicatorId: string; sum: number; count: number }[];
  ratingSessions: number;
  activitiesStarted: number;
  activitiesEnded: number;
}

/** `periodFigures` from a store's aggregates. */
export function figuresFromAggregates(
  a: FigureAggregates,
  period: Period,
  rules: Pick<FigureRules, 'indicatorIds'>,
): PeriodFigures {
  const participants = emptyCount();
  const newParticipants = emptyCount();
  const exited = emptyCount();
  const exitsByOutcome: Record<string, PersonCount> = {};
  for (const o of OUTCOMES) exitsByOutcome[o.id] = emptyCount();
  const exitsByGroup = Object.fromEntries(OUTCOME_GROUPS.map((g) => [g, emptyCount()])) as Record<
    OutcomeGroup,
    PersonCount
  >;
  let selfSupport = 0;
  for (const r of a.people) {
    addPeople(participants, r.gender, r.active);
    addPeople(newParticipants, r.gender, r.started);
    if (r.exited === 0) continue;
    addPeople(exited, r.gender, r.exited);
    addPeople((exitsByOutcome[r.outcome] ??= emptyCount()), r.gender, r.exited);
    addPeople(exitsByGroup[outcomeGroup(r.outcome)], r.gender, r.exited);
    if (isSelfSupport(r.outcome)) selfSupport += r.exited;
  }
  const progressed = emptyCount();
  for (const r of a.progressed) addPeople(progressed, r.gender, r.n);
  const parallel = emptyCount();
  for (const r of a.parallel) addPeople(parallel, r.gender, r.n);
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
      ratingSessions: a.ratingSessions,
      activitiesStarted: a.activitiesStarted,
      activitiesEnded: a.activitiesEnded,
      parallelActivities: parallel,
      changes: a.changes,
    },
    rules.indicatorIds ?? [],
  );
}
