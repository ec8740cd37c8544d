import { randomUUID } from 'node:crypto';
import type { ForumAction } from '../domain/model';
import type { IsoDate } from '../domain/types';
import { Repository } from './repository';
import type { ForumActionDbRow, ForumCaseDbRow, ForumDbRow, ForumMeetingDbRow } from './rows';

/** A team channel made into a case forum (ärendeforum), with the departments taking part. */
export interface CaseForum {
  id: string;
  teamId: string;
  channelId: string;
  /** The channel conversation the forum's cards and minutes are posted in. */
  conversationId: string;
  departments: string[];
  createdBy: string;
  createdAt: string;
  rev: number;
}

export interface ForumMeeting {
  id: string;
  forumId: string;
  date: IsoDate;
  status: 'open' | 'closed';
  startedBy: string;
  createdAt: string;
  closedAt: string | null;
}

/** One case on a meeting's agenda: a participant, brought by their caseworker. */
export interface ForumCase {
  id: string;
  meetingId: string;
  participantId: string;
  position: number;
  broughtBy: string;
  /** The caseworker's display name (staff names may be shown; participants never are). */
  broughtByName: string | null;
  addedAt: string;
  /** Rises with every decision recorded on the case: a doubled submit is recognised. */
  rev: number;
}

/** A decided action with what the cards need besides the shared model. */
export interface ForumActionRow extends ForumAction {
  caseId: string;
  ownerName: string | null;
  /** Short result given when marked done: free text, shown only to the action owner. */
  result: string | null;
  createdBy: string;
  createdAt: string;
}

const toForum = (r: ForumDbRow): CaseForum => ({
  id: r.id,
  teamId: r.team_id,
  channelId: r.channel_id,
  conversationId: r.conversation_id,
  departments: JSON.parse(r.departments),
  createdBy: r.created_by,
  createdAt: r.created_at,
  rev: Number(r.rev),
});
const toMeeting = (r: ForumMeetingDbRow): ForumMeeting => ({
  id: r.id,
  forumId: r.forum_id,
  date: r.date,
  status: r.status,
  startedBy: r.started_by,
  createdAt: r.created_at,
  closedAt: r.closed_at ?? null,
});
const toCase = (r: ForumCaseDbRow): ForumCase => ({
  id: r.id,
  meetingId: r.meeting_id,
  participantId: r.participant_id,
  position: Number(r.position),
  broughtBy: r.brought_by,
  broughtByName: r.brought_by_name ?? null,
  addedAt: r.added_at,
  rev: Number(r.rev),
});
const toAction = (r: ForumActionDbRow): ForumActionRow => ({
  id: r.id,
  forumId: r.forum_id,
  meetingId: r.meeting_id,
  caseId: r.case_id,
  participantId: r.participant_id,
  what: r.what,
  departmentId: r.department_id,
  ownerId: r.owner_id ?? null,
  ownerName: r.owner_name ?? null,
  due: r.due,
  status: r.status,
  doneAt: r.done_at ?? null,
  result: r.result ?? null,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

export class Forums extends Repository {
  // ------------------------------------------------------------ forums

  /** Makes a channel a forum; when it already is one, returns the existing forum unchanged. */
  async create(f: {
    teamId: string;
    channelId: string;
    conversationId: string;
    departments: string[];
    createdBy: string;
  }): Promise<{ forum: CaseForum; created: boolean }> {
    const n = await this.db.run(
      `INSERT INTO forums (id, team_id, channel_id, conversation_id, departments, created_by, created_at, rev)
       VALUES (?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT (team_id, channel_id) DO NOTHING`,
      [
        randomUUID(),
        f.teamId,
        f.channelId,
        f.conversationId,
        JSON.stringify(f.departments),
        f.createdBy,
        this.now(),
      ],
    );
    return { forum: (await this.byChannel(f.teamId, f.channelId))!, created: n > 0 };
  }
  async get(id: string): Promise<CaseForum | undefined> {
    const r = await this.db.get<ForumDbRow>('SELECT * FROM forums WHERE id = ?', [id]);
    return r && toForum(r);
  }
  async byChannel(teamId: string, channelId: string): Promise<CaseForum | undefined> {
    const r = await this.db.get<ForumDbRow>(
      'SELECT * FROM forums WHERE team_id = ? AND channel_id = ?',
      [teamId, channelId],
    );
    return r && toForum(r);
  }
  async all(): Promise<CaseForum[]> {
    const rows = await this.db.all<ForumDbRow>('SELECT * FROM forums ORDER BY created_at, id');
    return rows.map(toForum);
  }

  // ------------------------------------------------------------ meetings

  /**
   * Starts the forum's meeting on a date; when one is already open that day (a second click, a
   * second instance), returns that one with `started: false` (a unique index decides).
   */
  async startMeeting(
    forumId: string,
    date: IsoDate,
    startedBy: string,
  ): Promise<{ meeting: ForumMeeting; started: boolean }> {
    const n = await this.db.run(
      `INSERT INTO forum_meetings (id, forum_id, date, status, started_by, created_at) VALUES (?, ?, ?, 'open', ?, ?)
       ON CONFLICT (forum_id, date) WHERE status = 'open' DO NOTHING`,
      [randomUUID(), forumId, date, startedBy, this.now()],
    );
    const r = await this.db.get<ForumMeetingDbRow>(
      "SELECT * FROM forum_meetings WHERE forum_id = ? AND date = ? AND status = 'open'",
      [forumId, date],
    );
    return { meeting: toMeeting(r!), started: n > 0 };
  }
  async meeting(id: string): Promise<ForumMeeting | undefined> {
    const r = await this.db.get<ForumMeetingDbRow>('SELECT * FROM forum_meetings WHERE id = ?', [
      id,
    ]);
    return r && toMeeting(r);
  }
  async meetings(forumId: string): Promise<ForumMeeting[]> {
    const rows = await this.db.all<ForumMeetingDbRow>(
      'SELECT * FROM forum_meetings WHERE forum_id = ? ORDER BY date, created_at',
      [forumId],
    );
    return rows.map(toMeeting);
  }
  /** Open meetings of a forum on or after a date, soonest first. */
  async openMeetings(forumId: string, from: IsoDate): Promise<ForumMeeting[]> {
    const rows = await this.db.all<ForumMeetingDbRow>(
      "SELECT * FROM forum_meetings WHERE forum_id = ? AND status = 'open' AND date >= ? ORDER BY date, created_at",
      [forumId, from],
    );
    return rows.map(toMeeting);
  }
  /** Closes an open meeting; false when it was closed already (a second click). */
  async closeMeeting(id: string, closedBy: string): Promise<boolean> {
    return (
      (await this.db.run(
        "UPDATE forum_meetings SET status = 'closed', closed_at = ?, closed_by = ? WHERE id = ? AND status = 'open'",
        [this.now(), closedBy, id],
      )) > 0
    );
  }

  // ------------------------------------------------------------ agenda

  /** Puts a participant last on the agenda; a second add of the same participant changes nothing. */
  async addCase(
    meetingId: string,
    participantId: string,
    broughtBy: string,
    broughtByName: string | null,
  ): Promise<{ item: ForumCase; added: boolean }> {
    const n = await this.db.run(
      `INSERT INTO forum_cases (id, meeting_id, participant_id, position, brought_by, brought_by_name, added_at, rev)
       SELECT ?, ?, ?, COALESCE(MAX(position), 0) + 1, ?, ?, ?, 1 FROM forum_cases WHERE meeting_id = ?
       ON CONFLICT (meeting_id, participant_id) DO NOTHING`,
      [randomUUID(), meetingId, participantId, broughtBy, broughtByName, this.now(), meetingId],
    );
    const r = await this.db.get<ForumCaseDbRow>(
      'SELECT * FROM forum_cases WHERE meeting_id = ? AND participant_id = ?',
      [meetingId, participantId],
    );
    return { item: toCase(r!), added: n > 0 };
  }
  async cases(meetingId: string): Promise<ForumCase[]> {
    const rows = await this.db.all<ForumCaseDbRow>(
      'SELECT * FROM forum_cases WHERE meeting_id = ? ORDER BY position, added_at',
      [meetingId],
    );
    return rows.map(toCase);
  }
  async case(id: string): Promise<ForumCase | undefined> {
    const r = await this.db.get<ForumCaseDbRow>('SELECT * FROM forum_cases WHERE id = ?', [id]);
    return r && toCase(r);
  }

  // ------------------------------------------------------------ actions

  /**
   * Records a decided action on a case, but only from the case revision the card was drawn at:
   * undefined when the case moved since (a doubled submit records one action, not two).
   */
  async addAction(
    caseId: string,
    expectedRev: number,
    a: Omit<ForumActionRow, 'id' | 'status' | 'doneAt' | 'result' | 'createdAt' | 'caseId'>,
  ): Promise<ForumActionRow | undefined> {
    return this.db.transaction(async (tx) => {
      const bumped = await tx.run('UPDATE forum_cases SET rev = rev + 1 WHERE id = ? AND rev = ?', [
        caseId,
        expectedRev,
      ]);
      if (bumped === 0) return undefined;
      const id = randomUUID();
      await tx.run(
        `INSERT INTO forum_actions (id, forum_id, meeting_id, case_id, participant_id, what, department_id, owner_id, owner_name, due, status,
           done_at, result, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', NULL, NULL, ?, ?)`,
        [
          id,
          a.forumId,
          a.meetingId,
          caseId,
          a.participantId,
          a.what,
          a.departmentId,
          a.ownerId,
          a.ownerName,
          a.due,
          a.createdBy,
          this.now(),
        ],
      );
      return toAction(
        (await tx.get<ForumActionDbRow>('SELECT * FROM forum_actions WHERE id = ?', [id]))!,
      );
    });
  }
  async action(id: string): Promise<ForumActionRow | undefined> {
    const r = await this.db.get<ForumActionDbRow>('SELECT * FROM forum_actions WHERE id = ?', [id]);
    return r && toAction(r);
  }
  async actionsFor(participantId: string): Promise<ForumActionRow[]> {
    const rows = await this.db.all<ForumActionDbRow>(
      'SELECT * FROM forum_actions WHERE participant_id = ? ORDER BY due, created_at',
      [participantId],
    );
    return rows.map(toAction);
  }
  async actionsOfMeeting(meetingId: string): Promise<ForumActionRow[]> {
    const rows = await this.db.all<ForumActionDbRow>(
      'SELECT * FROM forum_actions WHERE meeting_id = ? ORDER BY created_at, id',
      [meetingId],
    );
    return rows.map(toAction);
  }
  /** Open actions due on or before a date: the reminders to send. */
  async openDueBy(date: IsoDate): Promise<ForumActionRow[]> {
    const rows = await this.db.all<ForumActionDbRow>(
      "SELECT * FROM forum_actions WHERE status = 'open' AND due <= ? ORDER BY due, id",
      [date],
    );
    return rows.map(toAction);
  }
  /** Every action of every forum (the weekly digest counts them). */
  async allActions(): Promise<ForumActionRow[]> {
    const rows = await this.db.all<ForumActionDbRow>(
      'SELECT * FROM forum_actions ORDER BY due, created_at, id',
    );
    return rows.map(toAction);
  }
  /** Marks an open action done with a short result; false when it was done already. */
  async markDone(id: string, result: string | null, at: string = this.now()): Promise<boolean> {
    return (
      (await this.db.run(
        "UPDATE forum_actions SET status = 'done', done_at = ?, result = ? WHERE id = ? AND status = 'open'",
        [at, result, id],
      )) > 0
    );
  }
}
