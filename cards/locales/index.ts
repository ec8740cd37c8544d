import type { Locale } from '../../domain/types';
import * as common from './common';
import * as exit from './exit';
import * as plan from './plan';
import * as digest from './digest';
import * as forum from './forum';
import * as help from './help';
import * as participants from './participants';
import * as admin from './admin';
import * as rating from './rating';
import * as journal from './journal';
import * as records from './records';

// Each area keeps its Swedish and English side by side in its own file (cards/locales/<area>.ts),
// the English typed by the Swedish, so a missing translation fails to compile.
export const sv = {
  rating: rating.sv,
  common: common.sv,
  plan: plan.sv,
  exit: exit.sv,
  digest: digest.sv,
  forum: forum.sv,
  help: help.sv,
  participants: participants.sv,
  admin: admin.sv,
  records: records.sv,
  journal: journal.sv,
};

export type Strings = typeof sv;

export const en: Strings = {
  rating: rating.en,
  common: common.en,
  plan: plan.en,
  exit: exit.en,
  digest: digest.en,
  forum: forum.en,
  help: help.en,
  participants: participants.en,
  admin: admin.en,
  records: records.en,
  journal: journal.en,
};

export function strings(locale: Locale): Strings {
  return locale === 'en' ? en : sv;
}

/** Teams sends e.g. "sv-SE", "en-US"; Swedish is the default for anything else. */
export function localeOf(teamsLocale: string | undefined | null): Locale {
  return teamsLocale && /^en\b/i.test(teamsLocale) ? 'en' : 'sv';
}
