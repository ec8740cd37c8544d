// Registration, "mina deltagare", the participant card, consent and handover: one file per card,
// composed here as `t.participants`. Swedish first; English typed by it.
import * as card from './card';
import * as consent from './consent';
import * as handover from './handover';
import * as list from './list';
import * as registration from './registration';

export const sv = {
  ...registration.sv,
  ...list.sv,
  ...consent.sv,
  ...handover.sv,
  ...card.sv,
  someone: 'en kollega',
};

export type ParticipantsStrings = typeof sv;

export const en: ParticipantsStrings = {
  ...registration.en,
  ...list.en,
  ...consent.en,
  ...handover.en,
  ...card.en,
  someone: 'a colleague',
};
