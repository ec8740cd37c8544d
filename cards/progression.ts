// The progression card (stegförflyttning): each indicator now / first / previous / change, how many
// have risen, a chart of the sessions (Teams chart element, with a table for clients without it),
// the method's signals, and the history of sessions with "correct". Shown in the owner's chat only.
import { ratingActions } from './rating-actions';
import type { ProgressionRow, ScoreHistory } from '../domain/progression';
import type { JobSearchWords, Score } from '../domain/model';
import type { Strings } from './locales';
import {
  card,
  choiceInput,
  container,
  heading,
  notice,
  subheading,
  text,
  type AdaptiveCard,
  type Element,
  stackedRows,
} from './core';
import { inGroups, scoreLineChart } from './charts';
import { jobSearchLines } from './rating';

export interface ProgressionView {
  code: string;
  /** Row labels, by indicator id, in the user's language. */
  areas: Record<string, string>;
  instrumentLine: string;
  rows: ProgressionRow[];
  risenCount: number;
  /** Indicators compared (rows with at least one score). */
  comparable: number;
  progressed: boolean;
  minRisen: number;
  signals: {
    uniformTop: boolean;
    gap: string[] | null;
    stagnant: boolean;
    drops?: string[] | null;
  };
  /** Progressed, but a signal casts doubt on it: the card says so instead of a plain success. */
  doubtful?: boolean;
  history: ScoreHistory;
  sessions: { id: string; date: string; revision: number; savedAt: string }[];
  /** Latest answer to "Beskriv hur du söker jobb" (owner's chat only). */
  jobSearch: string | null;
  jobSearchWords?: JobSearchWords | null;
  /** For "Min resa" (the participant's own card); absent: no button. */
  participantId?: string;
  savedNotice?: string;
  notice?: string;
}

/** The last sessions that fit a phone in the fallback table. */
const TABLE_SESSIONS = 5;
/**
 * The last sessions drawn in the charts and listed by date: the card stays within Teams' size
 * budget however long a participant has been followed (the first session still counts in the table
 * above, and the register extract lists every session).
 */
export const RECENT_SESSIONS = 12;

const sc = (s: Score, t: Strings) => (s === null ? t.rating.noAnswer : String(s));

function changeText(c: number | null, t: Strings): string {
  if (c === null) return t.rating.noAnswer;
  if (c > 0) return `+${c} ↑`;
  return c < 0 ? `−${-c} ↓` : '0';
}

/**
 * The sessions as line charts on the method's 1–5 scale, one chart per group of at most MAX_SERIES
 * areas (in the set's order), each line in its own colour: twelve lines in one chart cannot be
 * followed. Each chart's fallback (clients without Teams charts) says the same as stacked facts
 * per area ("date: score" of the last sessions), readable at 360 px.
 */
export function historyCharts(v: ProgressionView, t: Strings): Element[] {
  const p = t.rating.progression;
  const h = recentHistory(v.history);
  const shown = h.dates.slice(-TABLE_SESSIONS);
  const from = h.dates.length - shown.length;
  const groups = inGroups(h.series);
  return groups.map((group, i) => {
    const title = groups.length > 1 ? p.chartGroupTitle(i + 1, groups.length) : p.chartTitle;
    const legend = (id: string) => v.areas[id] ?? id;
    return scoreLineChart({
      title,
      xAxisTitle: p.chartX,
      yAxisTitle: p.chartY,
      series: group.map((s) => ({
        legend: legend(s.indicatorId),
        values: s.values.flatMap((y, j) => (y === null ? [] : [{ x: h.dates[j]!, y }])),
      })),
      fallback: container([
        subheading(title),
        text(p.chartScale, { isSubtle: true, spacing: 'None' }),
        stackedRows(
          [t.rating.indicator, ...shown],
          group.map((s) => [legend(s.indicatorId), ...s.values.slice(from).map((x) => sc(x, t))]),
        ),
      ]),
    });
  });
}

function recentHistory(h: ProgressionView['history']): ProgressionView['history'] {
  const from = Math.max(0, h.dates.length - RECENT_SESSIONS);
  return {
    dates: h.dates.slice(from),
    series: h.series.map((x) => ({ ...x, values: x.values.slice(from) })),
  };
}

/** The latest sessions by date, and how many earlier ones are left out. */
function sessionList(v: ProgressionView, t: Strings): Element[] {
  const p = t.rating.progression;
  const latestFirst = [...v.sessions].reverse();
  const listed = latestFirst.slice(0, RECENT_SESSIONS);
  const earlier = latestFirst.length - listed.length;
  return [
    subheading(p.historyTitle),
    ...listed.map((s) =>
      text(`• ${p.historyRow(s.date, s.revision, s.savedAt.slice(0, 16).replace('T', ' '))}`, {
        spacing: 'None',
      }),
    ),
    earlier > 0 ? text(p.earlierSessions(earlier), { isSubtle: true, spacing: 'None' }) : null,
    listed.length
      ? choiceInput(
          'sessionId',
          p.correctWhich,
          listed.map((s) => ({ title: s.date, value: s.id })),
          listed[0]!.id,
        )
      : null,
  ].filter((e): e is Element => e !== null);
}

/** Progression in green only when nothing casts doubt on it; with a doubt, the card says so. */
function progressedNotice(v: ProgressionView, t: Strings): Element | null {
  const p = t.rating.progression;
  if (!v.progressed) return null;
  return v.doubtful
    ? notice(`⚠ ${p.progressedDoubt(v.minRisen)}`, 'warning')
    : notice(p.progressed(v.minRisen), 'good');
}

export function progressionCard(v: ProgressionView, t: Strings): AdaptiveCard {
  const p = t.rating.progression;
  const signals: string[] = [];
  if (v.signals.uniformTop) signals.push(p.uniformTop);
  if (v.signals.gap) signals.push(p.gap(v.signals.gap.map((id) => v.areas[id] ?? id).join(', ')));
  if (v.signals.drops)
    signals.push(p.drops(v.signals.drops.map((id) => v.areas[id] ?? id).join(', ')));
  if (v.signals.stagnant) signals.push(p.stagnant);
  return card(
    [
      heading(p.title(v.code), `${p.sessions(v.sessions.length)} · ${v.instrumentLine}`),
      v.savedNotice ? notice(v.savedNotice, 'good') : null,
      v.notice ? notice(v.notice, 'warning') : null,
      text(v.sessions.length <= 1 ? p.firstSession : p.risen(v.risenCount, v.comparable), {
        weight: 'Bolder',
        size: 'Medium',
      }),
      progressedNotice(v, t),
      subheading(p.signalsTitle),
      signals.length
        ? container(
            signals.map((s) => text(`⚠ ${s}`)),
            { style: 'warning' },
          )
        : text(p.noSignals, { isSubtle: true }),
      subheading(p.tableTitle),
      stackedRows(
        [t.rating.indicator, p.now, p.first, p.previous, p.change],
        v.rows.map((r) => [
          v.areas[r.indicatorId] ?? r.indicatorId,
          sc(r.now, t),
          sc(r.first, t),
          sc(r.previous, t),
          changeText(r.change, t),
        ]),
      ),
      ...(v.sessions.length > 0 ? historyCharts(v, t) : []),
      v.jobSearch ? subheading(p.jobSearch) : null,
      ...(v.jobSearch ? jobSearchLines(v.jobSearch, v.jobSearchWords, t) : []),
      ...sessionList(v, t),
    ],
    [
      v.sessions.length ? ratingActions.correct.button(p.correctStart, {}) : null,
      v.participantId && v.sessions.length
        ? ratingActions.journey.button(t.rating.mode.journeyButton, {
            participantId: v.participantId,
          })
        : null,
    ],
  );
}
