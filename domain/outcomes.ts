// Outcomes when a participant leaves (avslut), domain.md "Outcomes". Self-support through work or
// studies — the funders' measure — is the groups `work` and `studies` together.
import type { OutcomeGroup } from './model';

export interface Outcome {
  id: string;
  group: OutcomeGroup;
  name: { sv: string; en: string };
}

export const OUTCOMES: Outcome[] = [
  {
    id: 'arbete',
    group: 'work',
    name: {
      sv: 'Arbete (heltid, deltid, timmar, visstid)',
      en: 'Regular employment (full/part time, hourly, temporary)',
    },
  },
  {
    id: 'anstallning_stod',
    group: 'work',
    name: {
      sv: 'Anställning med stöd (t.ex. introduktionsjobb)',
      en: 'Employment with support (e.g. introduction job)',
    },
  },
  { id: 'jobbspar', group: 'work', name: { sv: 'Jobbspår', en: 'Job track' } },
  { id: 'praktik', group: 'work', name: { sv: 'Praktik', en: 'Work placement' } },
  { id: 'arbetstraning', group: 'work', name: { sv: 'Arbetsträning', en: 'Work training' } },
  {
    id: 'af_program',
    group: 'work',
    name: {
      sv: 'Arbetsmarknadsprogram hos Arbetsförmedlingen',
      en: 'Labour-market programme at the Public Employment Service',
    },
  },
  {
    id: 'sfi',
    group: 'studies',
    name: { sv: 'SFI (även återgång till SFI)', en: 'SFI (including return to SFI)' },
  },
  {
    id: 'yrkesutbildning',
    group: 'studies',
    name: { sv: 'Yrkesutbildning', en: 'Vocational education' },
  },
  {
    id: 'komvux',
    group: 'studies',
    name: { sv: 'Annan vuxenutbildning (komvux)', en: 'Other adult education' },
  },
  { id: 'folkhogskola', group: 'studies', name: { sv: 'Folkhögskola', en: 'Folk high school' } },
  {
    id: 'annan_utbildning',
    group: 'studies',
    name: { sv: 'Annan utbildning', en: 'Other education' },
  },
  {
    id: 'foraldraledighet',
    group: 'other',
    name: { sv: 'Föräldraledighet', en: 'Parental leave' },
  },
  {
    id: 'flytt',
    group: 'other',
    name: { sv: 'Flyttat till annan kommun', en: 'Moved to another municipality' },
  },
  {
    id: 'vard',
    group: 'other',
    name: { sv: 'Vård / sjukskrivning', en: 'Health care / sick leave' },
  },
  {
    id: 'annan_myndighet',
    group: 'other',
    name: {
      sv: 'Överlämnad till annan myndighet eller förvaltning',
      en: 'Handed to another authority or department',
    },
  },
  { id: 'avbrott', group: 'other', name: { sv: 'Avbrott', en: 'Dropped out' } },
  { id: 'okand', group: 'other', name: { sv: 'Okänt', en: 'Unknown' } },
];

export const OUTCOME_IDS = OUTCOMES.map((o) => o.id) as [string, ...string[]];

export function outcomeById(id: string): Outcome | undefined {
  return OUTCOMES.find((o) => o.id === id);
}

/** The group of an outcome id; unknown ids count as `other`. */
export function outcomeGroup(id: string): OutcomeGroup {
  return outcomeById(id)?.group ?? 'other';
}

/** Self-support through work or studies (groups `work` + `studies`). */
export function isSelfSupport(id: string): boolean {
  const g = outcomeGroup(id);
  return g === 'work' || g === 'studies';
}

/**
 * Why a participant left with no next step arranged ("hamnar mellan stolarna"). Every exit with
 * no next step carries one of these, and is flagged to the weekly digest. Names in cards/locales/exit.ts.
 */
export const NO_NEXT_STEP_REASONS = [
  'declined', // the participant did not want a next step
  'no_contact', // contact lost
  'moved', // moved away
  'waiting', // waiting for a place or a decision elsewhere
  'not_eligible', // no department or authority could take the person on
  'health', // not able to take part for now
  'other',
] as const;
export type NoNextStepReason = (typeof NO_NEXT_STEP_REASONS)[number];

/**
 * Whether the exit must say what comes next (domain.md "Outcomes"): an exit to work or studies is
 * itself the next step; an exit in the group `other` leaves the person without their own support,
 * so someone must take over (another department, Arbetsförmedlingen, health care, another
 * municipality) or the caseworker says why no one does.
 */
export function needsNextStep(outcomeId: string): boolean {
  return outcomeGroup(outcomeId) === 'other';
}

/**
 * "Mellan stolarna": an exit that needed a next step and has none. A person who got a job or
 * started studies never falls between the chairs, whatever was answered about a next step.
 */
export function fallsBetweenChairs(e: { outcome: string; nextStep: boolean }): boolean {
  return needsNextStep(e.outcome) && !e.nextStep;
}

export type ExitProblem =
  'outcome_required' | 'next_step_required' | 'reason_required' | 'with_required' | 'unknown_with';

/**
 * The answers of an exit, as the card gives them: an outcome is required; the next-step question
 * only where the outcome needs one; no next step needs a reason, a next step says with whom (a
 * configured department or `other`). Unanswered (null) next step is allowed for work or studies.
 */
export function exitProblems(
  a: {
    outcome: string | null;
    nextStep: boolean | null;
    nextStepWith: string | null;
    reason: string | null;
  },
  departmentIds: string[],
): ExitProblem[] {
  const out: ExitProblem[] = [];
  if (!a.outcome) out.push('outcome_required');
  // Without an outcome it is not known whether the question applies: ask it.
  const required = a.outcome ? needsNextStep(a.outcome) : true;
  if (a.nextStep === null) {
    if (required) out.push('next_step_required');
    return out;
  }
  if (!a.nextStep && required && !a.reason) out.push('reason_required');
  if (a.nextStep && !a.nextStepWith) out.push('with_required');
  if (
    a.nextStep &&
    a.nextStepWith &&
    a.nextStepWith !== 'other' &&
    !departmentIds.includes(a.nextStepWith)
  )
    out.push('unknown_with');
  return out;
}

/** Domain rule of an exit: no next step needs a reason; a next step has none. */
export function exitReasonProblem(
  nextStep: boolean,
  reason: string | null | undefined,
): 'reason_required' | null {
  if (!nextStep && !reason) return 'reason_required';
  return null;
}
