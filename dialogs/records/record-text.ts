// The access request (registerutdrag) as readable text and as JSON, and its split into messages that
// stay inside Teams' size limit. Pure: the stored rows and strings in, text out.
import type { Strings } from '../../cards/locales';
import { stockholmMinute } from '../../domain/records';
import type { LogRow, StoredRow } from '../../store/records';

export interface ParticipantRecord {
  code: string;
  producedAt: string;
  /** Table → its rows about the participant, as stored. */
  tables: Record<string, StoredRow[]>;
  /** The audit rows about the participant (by id or by code). */
  audit: LogRow[];
  /** Staff display names by id, for the text (the JSON keeps the ids). */
  staffNames: Record<string, string>;
}

/** JSON held as text in a column (departments, scores, detail, data) is shown as what it holds. */
function parsed(v: unknown): unknown {
  if (typeof v !== 'string' || !/^[[{]/.test(v)) return v;
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}

function valueText(v: unknown, t: Strings['records']['exportText']): string {
  const p = parsed(v);
  if (p === null || p === undefined || p === '') return '–';
  if (typeof p === 'boolean') return p ? t.yes : t.no;
  if (Array.isArray(p))
    return p.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(', ');
  if (typeof p === 'object') return JSON.stringify(p);
  return String(p);
}

/**
 * A cell as the person reads it: a corrected field by its name on the correction card, a language
 * by its Swedish name (the JSON keeps the codes); everything else as stored.
 */
function cellText(column: string, v: unknown, t: Strings): string {
  const fields: Record<string, string> = t.records.correct.fields;
  const languages: Record<string, string> = t.rating.mode.languageNames;
  if (column === 'field' && typeof v === 'string' && fields[v]) return fields[v];
  if (column === 'language' && typeof v === 'string' && languages[v]) return languages[v];
  if (column === 'languages' && typeof v === 'string') {
    const codes = parsed(v);
    if (Array.isArray(codes))
      return codes.map((c) => languages[String(c)] ?? String(c)).join(', ') || '–';
  }
  return valueText(v, t.records.exportText);
}

/** The record as JSON: every table's rows with their JSON columns unpacked, and the audit rows. */
export function recordJson(r: ParticipantRecord): Record<string, unknown> {
  const tables: Record<string, unknown[]> = {};
  for (const [table, rows] of Object.entries(r.tables)) {
    tables[table] = rows.map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, parsed(v)])),
    );
  }
  return { code: r.code, producedAt: r.producedAt, tables, audit: r.audit };
}

/** The record as readable text, one section per area, every row and every column. */
export function recordText(r: ParticipantRecord, t: Strings): string {
  const x = t.records.exportText;
  const out: string[] = [x.header(r.code, stockholmMinute(r.producedAt)), ''];
  for (const [table, rows] of Object.entries(r.tables)) {
    out.push(`**${x.tables[table] ?? table} ${x.count(rows.length)}**`);
    if (rows.length === 0) out.push(x.empty);
    for (const row of rows) {
      const cells = Object.entries(row)
        .filter(([k]) => k !== 'participant_id' && k !== 'id')
        .map(([k, v]) => `${x.columns[k] ?? k}: ${cellText(k, v, t)}`);
      out.push(`- ${cells.join('; ')}`);
    }
    out.push('');
  }
  out.push(`**${x.tables.audit} ${x.count(r.audit.length)}**`);
  if (r.audit.length === 0) out.push(x.empty);
  for (const a of r.audit) {
    const via = t.records.via[(a.via ?? 'system') as keyof Strings['records']['via']] ?? a.via;
    const who = r.staffNames[a.actorId] ?? a.actorId;
    out.push(`- ${stockholmMinute(a.at)} · ${who} · ${a.action} · ${via}`);
  }
  return out.join('\n');
}

/**
 * Splits text at line ends into parts of at most `maxBytes` once JSON-encoded (as a card carries it),
 * counted both as Teams counts a message (UTF-16) and as the bot's card budget does (UTF-8), so each
 * part stays inside both (docs/teams-behaviour.md, rows 4 and 5). A single longer line is cut.
 */
export function splitForTeams(text: string, maxBytes: number): string[] {
  const size = (s: string) => {
    const json = JSON.stringify(s);
    return Math.max(json.length * 2, Buffer.byteLength(json, 'utf8'));
  };
  const parts: string[] = [];
  let cur = '';
  for (const raw of text.split('\n')) {
    let line = raw;
    while (size(line) > maxBytes) {
      let cut = Math.floor(line.length / 2);
      while (cut > 1 && size(line.slice(0, cut)) > maxBytes) cut = Math.floor(cut / 2);
      if (cur) parts.push(cur);
      cur = '';
      parts.push(line.slice(0, cut));
      line = line.slice(cut);
    }
    const next = cur ? `${cur}\n${line}` : line;
    if (size(next) > maxBytes && cur) {
      parts.push(cur);
      cur = line;
    } else cur = next;
  }
  if (cur) parts.push(cur);
  return parts;
}
