// Core types of the caseworkers' world. Pure data: no I/O, no Teams.

export const GENDERS = ['kvinna', 'man', 'annan', 'vill_ej_uppge'] as const;
export type Gender = (typeof GENDERS)[number];

// granskare: the log reviewer appointed for loggkontroll (issue 16).
export const ROLES = ['caseworker', 'forum_member', 'manager', 'admin', 'granskare'] as const;
export type Role = (typeof ROLES)[number];

export const SFI_TRACKS = [1, 2, 3] as const;
export type SfiTrack = (typeof SFI_TRACKS)[number];
export const SFI_COURSES = ['A', 'B', 'C', 'D'] as const;
export type SfiCourse = (typeof SFI_COURSES)[number];

/** Main source of support (försörjning), recorded at start and exit for SUS-style reporting. */
export const SUPPORT_SOURCES = [
  'lon',
  'studiemedel',
  'ekonomiskt_bistand',
  'etablering',
  'a_kassa',
  'fk',
  'ingen',
  'okand',
] as const;
export type SupportSource = (typeof SUPPORT_SOURCES)[number];

/** An ISO calendar date, YYYY-MM-DD, in Europe/Stockholm. */
export type IsoDate = string;

export interface Department {
  id: string;
  name: { sv: string; en: string };
  external?: boolean;
}

export interface Consent {
  id: string;
  participantId: string;
  /** The date the participant gave consent (samtycke). */
  givenOn: IsoDate;
  /** Departments the consent lets us share the participant's data with. */
  departments: string[];
  /** Last day the consent is valid. */
  validUntil: IsoDate;
  withdrawnOn: IsoDate | null;
  recordedBy: string;
  recordedAt: string;
}

export interface Participant {
  id: string;
  /** Pseudonymous code, e.g. D-4F7K: how everyone but the owner sees the participant. */
  code: string;
  /** Optional name, only for the owning caseworker; always null with protected identity. */
  name: string | null;
  gender: Gender;
  birthYear: number;
  startDate: IsoDate;
  endDate: IsoDate | null;
  departments: string[];
  sfiTrack: SfiTrack | null;
  sfiCourse: SfiCourse | null;
  protectedIdentity: boolean;
  supportAtStart: SupportSource | null;
  /** Languages of the participant's own rating cards (codes of domain/languages), first = default. */
  languages?: string[];
  /** AAD object id of the owning caseworker ("en handläggare äger hela ärendet"). */
  ownerId: string;
  /** A handover offered to another caseworker, waiting for acceptance. */
  pendingOwnerId: string | null;
  createdAt: string;
  updatedAt: string;
  /** Optimistic-concurrency revision of the participant row. */
  rev: number;
}

/** Who is acting: the Teams user behind a turn. */
export interface Actor {
  id: string; // AAD object id
  name: string | null; // the caseworker's display name (staff, not participants)
  roles: Role[];
  locale: Locale;
}

export type Locale = 'sv' | 'en';
