// The catalogue of goal-directed activities (målinriktade insatser), domain.md "Activities".
// Shipped as data; an admin adds, renames and retires types (store.plans catalogue table), and a
// retired type stays readable in the plans that used it.
import type { ActivityKind } from './model';

export interface ActivityType {
  id: string;
  name: { sv: string; en: string };
  kind: ActivityKind;
  /** The department that usually runs it (a department id, domain/departments.ts). */
  departmentId: string;
  /** Retired types are not offered for new activities but still named in old plans. */
  retired: boolean;
}

export const DEFAULT_ACTIVITY_TYPES: ActivityType[] = [
  {
    id: 'sfi',
    name: { sv: 'SFI – svenska för invandrare', en: 'SFI – Swedish for immigrants' },
    kind: 'language',
    departmentId: 'vux',
    retired: false,
  },
  {
    id: 'svenska_bas',
    name: { sv: 'Svenska bas', en: 'Basic Swedish' },
    kind: 'language',
    departmentId: 'vux',
    retired: false,
  },
  {
    id: 'larcentrum',
    name: {
      sv: 'Lärcentrum drop-in (jobbsök, CV, brev)',
      en: 'Learning centre drop-in (job search, CV, letters)',
    },
    kind: 'job',
    departmentId: 'vux',
    retired: false,
  },
  {
    id: 'samhallsorientering',
    name: { sv: 'Samhällsorientering lokal', en: 'Local civic orientation' },
    kind: 'social',
    departmentId: 'flykting',
    retired: false,
  },
  {
    id: 'halsogrupp',
    name: { sv: 'Hälsogrupp / hälsopromenader', en: 'Health group / health walks' },
    kind: 'health',
    departmentId: 'ame',
    retired: false,
  },
  {
    id: 'digital',
    name: { sv: 'Introduktion till digitala verktyg', en: 'Introduction to digital tools' },
    kind: 'skills',
    departmentId: 'vux',
    retired: false,
  },
  {
    id: 'laxhjalp',
    name: { sv: 'Läxhjälp', en: 'Homework help' },
    kind: 'skills',
    departmentId: 'vux',
    retired: false,
  },
  {
    id: 'praktik',
    name: { sv: 'Praktik', en: 'Work placement' },
    kind: 'job',
    departmentId: 'ame',
    retired: false,
  },
  {
    id: 'arbetstraning',
    name: { sv: 'Arbetsträning', en: 'Work training' },
    kind: 'job',
    departmentId: 'ame',
    retired: false,
  },
  {
    id: 'jobbspar',
    name: { sv: 'Jobbspår / förberedande jobbspår', en: 'Job track' },
    kind: 'job',
    departmentId: 'ame',
    retired: false,
  },
  {
    id: 'yrkesutbildning',
    name: { sv: 'Yrkesutbildning', en: 'Vocational education' },
    kind: 'skills',
    departmentId: 'vux',
    retired: false,
  },
  {
    id: 'foraldrastod',
    name: { sv: 'Föräldrastöd', en: 'Parent support' },
    kind: 'social',
    departmentId: 'ifo',
    retired: false,
  },
  {
    id: 'af_program',
    name: {
      sv: 'Program hos Arbetsförmedlingen',
      en: 'Programme at the Public Employment Service',
    },
    kind: 'job',
    departmentId: 'af',
    retired: false,
  },
];

/** Default types overlaid with the admin's types (same id: the admin's version wins). */
export function mergeActivityTypes(base: ActivityType[], extra: ActivityType[]): ActivityType[] {
  const byId = new Map(base.map((t) => [t.id, t] as const));
  for (const t of extra) byId.set(t.id, t);
  return [...byId.values()];
}

/** Types offered when adding an activity: not retired. */
export function selectableTypes(types: ActivityType[]): ActivityType[] {
  return types.filter((t) => !t.retired);
}

/** Catalogue ids: lower case letters, digits and underscore, like the defaults. */
export const ACTIVITY_TYPE_ID = /^[a-z][a-z0-9_]{1,39}$/;
