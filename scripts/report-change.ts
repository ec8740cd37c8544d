// The change theory's figures (domain/figures-change.ts) in `npm run report`: JSON keys beside the
// core figures, and CSV rows in the same figure,key,total,women,men,other shape. Exact figures: the
// report is for funders, never shown in a channel.
import type { ChangeFigures } from '../domain/figures-change';
import type { PersonCount, PersonShare } from '../domain/figures';
import { ACTIVITY_KINDS } from '../domain/model';
import { SUPPORT_SOURCES } from '../domain/types';

export const changeJson = (c: ChangeFigures) => ({
  selfSupport6m: c.selfSupport6m,
  controlRisen: c.controlRisen,
  closerToWork: c.closerToWork,
  supportAtStartAndExit: c.supportAtStartAndExit,
  activitiesByKindAndGender: c.activitiesByKindAndGender,
});

type Row = (string | number | null)[];

/** CSV rows: counts as {total, women, men, other}; shares (0–1) in total, women, men. */
export function changeCsvRows(c: ChangeFigures): Row[] {
  const rows: Row[] = [];
  const person = (figure: string, key: string, n: PersonCount) =>
    rows.push([figure, key, n.total, n.women, n.men, n.other]);
  const share = (figure: string, key: string, s: PersonShare) =>
    rows.push([figure, key, s.total, s.women, s.men, null]);
  person('selfSupport6m', 'yes', c.selfSupport6m.yes);
  person('selfSupport6m', 'no', c.selfSupport6m.no);
  person('selfSupport6m', 'unknown', c.selfSupport6m.unknown);
  share('selfSupport6mShare', '', c.selfSupport6m.share);
  for (const name of ['controlRisen', 'closerToWork'] as const) {
    person(name, 'rated', c[name].rated);
    person(name, 'risen', c[name].risen);
    share(`${name}Share`, '', c[name].share);
  }
  for (const a of SUPPORT_SOURCES)
    for (const b of SUPPORT_SOURCES)
      person('supportAtStartAndExit', `${a}>${b}`, c.supportAtStartAndExit[a][b]);
  for (const k of ACTIVITY_KINDS) {
    person('activitiesByKindAndGender', k, c.activitiesByKindAndGender[k].activities);
    share('activitiesPerParticipant', k, c.activitiesByKindAndGender[k].perParticipant);
  }
  return rows;
}
