// Records and rights: the log review card, the monthly sample of reads, the access request
// (registerutdrag) and erasure on request (the correction card is cards/records-correction.ts).
// Pure: data and strings in, card out. The log shows staff by their Teams name and participants by
// code only.
import { z } from 'zod';
import { ERASURE_REASONS } from '../domain/records';
import { cardAction } from './actions';
import {
  card,
  choiceInput,
  container,
  dateInput,
  errorBanner,
  facts,
  heading,
  notice,
  stackedRows,
  text,
  textInput,
  type AdaptiveCard,
  type Element,
} from './core';
import type { Strings } from './locales';

const Month = z.string().regex(/^\d{4}-\d{2}$/);

export const recordsActions = {
  showLog: cardAction('records.log.show', z.object({})),
  check: cardAction(
    'records.sample.check',
    z.object({ month: Month, auditId: z.string().min(1).max(100), rev: z.coerce.number().int() }),
  ),
  /** "Rätta registreringen" on the participant card: the same card as `rätta <kod>`. */
  openCorrection: cardAction(
    'records.correct.open',
    z.object({ code: z.string().trim().min(1).max(20) }),
  ),
  correct: cardAction(
    'records.correct',
    z.object({ participantId: z.string().min(1).max(100), rev: z.coerce.number().int() }),
  ),
  erase: cardAction(
    'records.erase',
    z.object({ participantId: z.string().min(1).max(100), rev: z.coerce.number().int() }),
  ),
} as const;

/** One audit row as the log shows it: staff by name, the participant by code, never more. */
export interface LogLine {
  at: string;
  who: string;
  action: string;
  code: string | null;
  via: string | null;
}

export interface LogView {
  lines: LogLine[];
  /** The filter the lines answer, echoed into the inputs. */
  filter: { code?: string; userId?: string; from?: string; to?: string };
  users: { id: string; name: string }[];
  limit: number;
  errors?: string[];
}

const viaText = (t: Strings, via: string | null) =>
  t.records.via[(via ?? 'system') as keyof Strings['records']['via']] ?? via ?? '';

function lineRows(t: Strings, lines: LogLine[]): string[][] {
  return lines.map((l) => [l.at, l.who, l.action, l.code ?? '–', viaText(t, l.via)]);
}

/** `loggkontroll`: the latest entries for a code, a staff member and/or a period. */
export function logCard(v: LogView, t: Strings): AdaptiveCard {
  const r = t.records.log;
  const h = r.headers;
  return card(
    [
      heading(r.title, r.intro(v.limit)),
      errorBanner(v.errors),
      textInput('code', r.code, v.filter.code, { maxLength: 40, placeholder: 'D-4F7K' }),
      // A ChoiceSet without choices is invalid: no staff yet, no staff filter.
      v.users.length
        ? choiceInput(
            'userId',
            r.user,
            v.users.map((u) => ({ title: u.name, value: u.id })),
            v.filter.userId ?? null,
            { placeholder: r.anyone },
          )
        : null,
      dateInput('from', r.from, v.filter.from),
      dateInput('to', r.to, v.filter.to),
      v.lines.length === 0
        ? text(r.none, { isSubtle: true })
        : // Stacked, not a five-column table: at 360 px a table breaks every word (tests/browser).
          {
            ...stackedRows([h.at, h.who, h.action, h.code, h.via], lineRows(t, v.lines)),
            id: 'log',
          },
      text(r.cli, { isSubtle: true, size: 'Small' }),
    ],
    [recordsActions.showLog.button(r.show, {})],
  );
}

export interface SampleLine extends LogLine {
  auditId: string;
  rev: number;
  checkedBy: string | null;
  checkedAt: string | null;
}

export interface SampleView {
  month: string;
  lines: SampleLine[];
  message?: string;
  errors?: string[];
}

/** The month's random sample of reads, each with a button to mark it checked. */
export function sampleCard(v: SampleView, t: Strings): AdaptiveCard {
  const r = t.records.sample;
  const h = t.records.log.headers;
  const checked = v.lines.filter((l) => l.checkedBy).length;
  const items: Element[] = v.lines.map((l) =>
    container(
      [
        facts([
          [h.at, l.at],
          [h.who, l.who],
          [h.action, l.action],
          [h.code, l.code ?? '–'],
          [h.via, viaText(t, l.via)],
        ]),
        l.checkedBy
          ? text(r.checkedBy(l.checkedBy, l.checkedAt ?? ''), { color: 'Good', isSubtle: true })
          : {
              type: 'ActionSet',
              actions: [
                recordsActions.check.button(r.check, {
                  month: v.month,
                  auditId: l.auditId,
                  rev: l.rev,
                }),
              ],
            },
      ],
      { separator: true, spacing: 'Medium' },
    ),
  );
  return card([
    heading(r.title(v.month), r.intro(v.lines.length, checked)),
    v.message ? notice(v.message, 'good') : null,
    errorBanner(v.errors),
    v.lines.length === 0 ? text(r.empty, { isSubtle: true }) : null,
    ...items,
  ]);
}

/** One part of an access request: a heading and its lines, or preformatted JSON. */
export interface ExportPart {
  code: string;
  part: number;
  parts: number;
  kind: 'text' | 'json';
  body: string;
}

/** A part of the access request in the requester's chat; split so each message stays within Teams' limit. */
export function exportPartCard(v: ExportPart, t: Strings): AdaptiveCard {
  const r = t.records.export;
  return card([
    heading(r.title(v.code), r.part(v.part, v.parts, v.kind === 'json' ? r.json : r.text)),
    v.part === 1 ? text(r.intro, { isSubtle: true, size: 'Small' }) : null,
    v.kind === 'json'
      ? text(v.body, { fontType: 'Monospace', size: 'Small' })
      : text(v.body, { spacing: 'Medium' }),
  ]);
}

export interface ErasureView {
  participantId: string;
  code: string;
  rev: number;
  errors?: string[];
  reason?: string;
}

/** Erasure on request (art. 17): a reason from the list and the code typed again. */
export function erasureCard(v: ErasureView, t: Strings): AdaptiveCard {
  const r = t.records.erase;
  return card(
    [
      heading(r.title(v.code), r.intro),
      errorBanner(v.errors),
      choiceInput(
        'reason',
        r.reason,
        ERASURE_REASONS.map((x) => ({ title: r.reasons[x], value: x })),
        v.reason ?? null,
        { required: true, errorMessage: r.problems.reason_required, expanded: true },
      ),
      textInput('confirmCode', r.confirm(v.code), '', {
        required: true,
        maxLength: 12,
        errorMessage: r.problems.code_mismatch,
      }),
    ],
    [
      recordsActions.erase.button(
        r.button,
        { participantId: v.participantId, rev: v.rev },
        { style: 'destructive' },
      ),
    ],
  );
}

export const erasedCard = (code: string, rows: number, t: Strings): AdaptiveCard =>
  card([heading(t.records.erase.doneTitle), notice(t.records.erase.done(code, rows), 'good')]);
