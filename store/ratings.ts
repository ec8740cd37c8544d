import { randomUUID } from 'node:crypto';
import { BUILT_IN_INSTRUMENTS, SAMSYN_STANDARD, type Instrument } from '../domain/instruments';
import type { RatingSession } from '../domain/model';
import { Figures } from './figures';
import { LATEST } from './ratings-sql';
import { Repository } from './repository';
import type { InstrumentDbRow, RatingSessionDbRow } from './rows';

const toSession = (r: RatingSessionDbRow): RatingSession => ({
  id: r.id,
  participantId: r.participant_id,
  date: r.date,
  instrumentId: r.instrument_id,
  instrumentVersion: Number(r.instrument_version),
  scores: JSON.parse(r.scores),
  jobSearchDescription: r.job_search ?? null,
  jobSearchWords: r.job_search_words ?? null,
  language: r.language ?? null,
  revision: Number(r.revision),
  ratedBy: r.rated_by,
  savedAt: r.saved_at,
});

export type NewRatingSession = Omit<RatingSession, 'id' | 'revision' | 'savedAt'> & {
  /** The session id: given for a correction (and for a first save, to make it idempotent). */
  id?: string;
  /** The revision to write; when omitted, the next one. A revision already taken is not written. */
  revision?: number;
};

export class Ratings extends Repository {
  /**
   * Writes a new revision of a session (the first one for a new session). Earlier revisions stay.
   * Returns undefined when that revision exists already (a doubled save): nothing is written.
   */
  async save(s: NewRatingSession, at: Date = this.clock.now()): Promise<RatingSession | undefined> {
    // The session and the participant's figure facts are written in one transaction.
    return this.db.transaction((tx) => new Ratings(tx, this.clock).write(s, at));
  }

  private async write(s: NewRatingSession, at: Date): Promise<RatingSession | undefined> {
    const id = s.id ?? randomUUID();
    let revision = s.revision;
    if (revision === undefined) {
      const row = await this.db.get<{ m: number | null }>(
        'SELECT MAX(revision) AS m FROM rating_sessions WHERE id = ?',
        [id],
      );
      revision = Number(row?.m ?? 0) + 1;
    }
    const n = await this.db.run(
      `INSERT INTO rating_sessions (id, revision, participant_id, date, instrument_id, instrument_version, scores, job_search, job_search_words, language, rated_by, saved_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id, revision) DO NOTHING`,
      [
        id,
        revision,
        s.participantId,
        s.date,
        s.instrumentId,
        s.instrumentVersion,
        JSON.stringify(s.scores),
        s.jobSearchDescription,
        s.jobSearchWords ?? null,
        s.language ?? null,
        s.ratedBy,
        at.toISOString(),
      ],
    );
    if (n === 0) return undefined;
    await new Figures(this.db, this.clock).refreshRatings(s.participantId);
    return this.revision(id, revision);
  }
  /** The latest revision of a session. */
  async get(id: string): Promise<RatingSession | undefined> {
    const r = await this.db.get<RatingSessionDbRow>(
      `SELECT * FROM rating_sessions r WHERE r.id = ? AND ${LATEST}`,
      [id],
    );
    return r && toSession(r);
  }
  async revision(id: string, revision: number): Promise<RatingSession | undefined> {
    const r = await this.db.get<RatingSessionDbRow>(
      'SELECT * FROM rating_sessions WHERE id = ? AND revision = ?',
      [id, revision],
    );
    return r && toSession(r);
  }
  /** Every revision of a session, oldest first: who changed it and when. */
  async revisions(id: string): Promise<RatingSession[]> {
    const rows = await this.db.all<RatingSessionDbRow>(
      'SELECT * FROM rating_sessions WHERE id = ? ORDER BY revision',
      [id],
    );
    return rows.map(toSession);
  }
  /** The participant's sessions (latest revision of each), oldest first. */
  async sessionsFor(participantId: string): Promise<RatingSession[]> {
    const rows = await this.db.all<RatingSessionDbRow>(
      `SELECT * FROM rating_sessions r WHERE r.participant_id = ? AND ${LATEST} ORDER BY r.date, r.saved_at, r.id`,
      [participantId],
    );
    return rows.map(toSession);
  }
  /** Every participant's sessions (latest revision of each), by participant then date: for digests and reports. */
  async all(): Promise<RatingSession[]> {
    const rows = await this.db.all<RatingSessionDbRow>(
      `SELECT * FROM rating_sessions r WHERE ${LATEST} ORDER BY r.participant_id, r.date, r.saved_at, r.id`,
    );
    return rows.map(toSession);
  }
}

export interface StoredInstrument {
  instrument: Instrument;
  builtIn: boolean;
  addedBy: string | null;
  addedAt: string | null;
}

/** Indicator sets: the built-in ones (shipped as data, domain/instruments.ts) and those an admin added. */
const NEW_SESSIONS_KEY = 'instruments.forNewSessions';
const REVIEWED_KEY = 'instruments.reviewed';

export class Instruments extends Repository {
  async list(): Promise<StoredInstrument[]> {
    const rows = await this.db.all<InstrumentDbRow>(
      'SELECT * FROM instruments ORDER BY id, version',
    );
    return [
      ...BUILT_IN_INSTRUMENTS.map((instrument) => ({
        instrument,
        builtIn: true,
        addedBy: null,
        addedAt: null,
      })),
      ...rows.map((r) => ({
        instrument: JSON.parse(r.definition) as Instrument,
        builtIn: false,
        addedBy: r.added_by,
        addedAt: r.added_at,
      })),
    ];
  }
  async get(id: string, version: number): Promise<Instrument | undefined> {
    const builtIn = BUILT_IN_INSTRUMENTS.find((i) => i.id === id && i.version === version);
    if (builtIn) return builtIn;
    const r = await this.db.get<Pick<InstrumentDbRow, 'definition'>>(
      'SELECT definition FROM instruments WHERE id = ? AND version = ?',
      [id, version],
    );
    return r ? (JSON.parse(r.definition) as Instrument) : undefined;
  }
  /** The highest version of a set. */
  async latest(id: string): Promise<Instrument | undefined> {
    const all = (await this.list()).map((s) => s.instrument).filter((i) => i.id === id);
    return all.sort((a, b) => b.version - a.version)[0];
  }
  /** The set a participant's first session uses: the admin's choice, else samsyn-standard (newest version). */
  async forNewSessions(): Promise<Instrument> {
    const r = await this.db.get<{ value: string }>('SELECT value FROM kv WHERE key = ?', [
      NEW_SESSIONS_KEY,
    ]);
    const chosen = r ? await this.latest(JSON.parse(r.value) as string) : undefined;
    return chosen ?? (await this.latest(SAMSYN_STANDARD.id)) ?? SAMSYN_STANDARD;
  }
  /** Chooses the set for first sessions; false when no set has that id. */
  async setForNewSessions(id: string): Promise<boolean> {
    if (!(await this.latest(id))) return false;
    await this.db.run(
      'INSERT INTO kv (key, value, etag) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag',
      [NEW_SESSIONS_KEY, JSON.stringify(id), randomUUID()],
    );
    return true;
  }
  /** Languages of a set's translations an administrator has marked reviewed (by a translator). */
  async reviewedLanguages(id: string, version: number): Promise<string[]> {
    const prefix = `${REVIEWED_KEY}.${id}.${version}.`;
    const rows = await this.db.all<{ key: string }>('SELECT key FROM kv WHERE key LIKE ?', [
      `${prefix}%`,
    ]);
    return rows.map((r) => r.key.slice(prefix.length)).sort();
  }
  /** Marks one language of a set reviewed, with who and when (idempotent: the first mark stays). */
  async markReviewed(id: string, version: number, lang: string, by: string): Promise<void> {
    await this.db.run(
      'INSERT INTO kv (key, value, etag) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING',
      [
        `${REVIEWED_KEY}.${id}.${version}.${lang}`,
        JSON.stringify({ by, at: this.now() }),
        randomUUID(),
      ],
    );
  }
  /** Adds a set; false when that id and version exist already (a version never changes once added). */
  async add(
    instrument: Instrument,
    addedBy: string,
    at: Date = this.clock.now(),
  ): Promise<boolean> {
    if (
      BUILT_IN_INSTRUMENTS.some((i) => i.id === instrument.id && i.version === instrument.version)
    )
      return false;
    const n = await this.db.run(
      'INSERT INTO instruments (id, version, definition, added_by, added_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id, version) DO NOTHING',
      [instrument.id, instrument.version, JSON.stringify(instrument), addedBy, at.toISOString()],
    );
    // A set that makes another indicator caseworker-only changes what counts: the facts follow.
    if (n > 0) await new Figures(this.db, this.clock).ensureCurrent();
    return n > 0;
  }
}
