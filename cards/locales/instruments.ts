// The admin's indicator sets (skattningsformulär): list, upload errors, the set for new sessions,
// and the translations still to be reviewed. Swedish first; English typed by it.
import type { InstrumentProblem } from '../../domain/instruments';

export const sv = {
  title: 'Skattningsformulär',
  intro:
    'Formulär (indikatoruppsättningar) som kan användas vid skattning. En skattning sparar vilket formulär och vilken version den gjordes med.',
  builtIn: 'medföljer',
  addedBy: (date: string) => `tillagt ${date}`,
  indicators: (n: number) => `${n} områden`,
  addTitle: 'Lägg till ett formulär',
  addHelp:
    'Klistra in JSON: {"id", "version", "name": {"sv","en"}, "indicators": [{"id", "area": {"sv","en"}, "question": {"sv","en"}, "ratedBy": "both" | "caseworker"}], "translations": {"ar": {"scale": {"1"…"5", "dontKnow"}, "indicators": {"<id>": {"area", "question"}}}}} (translations valfria, men kompletta).',
  jsonLabel: 'Formulär som JSON',
  add: 'Lägg till',
  added: (id: string, version: number) => `Formuläret ${id} version ${version} är tillagt.`,
  exists: (id: string, version: number) =>
    `${id} version ${version} finns redan. En version ändras aldrig – ge det nya formuläret ett högre versionsnummer.`,
  invalid: 'Formuläret är inte giltigt:',
  /** One line per problem; `at` is the place in the JSON, e.g. indicators.1.ratedBy ("" for the whole). */
  problems: {
    not_json: () => 'Texten är inte JSON.',
    missing: (at: string) => `${at}: saknas eller är tomt.`,
    wrong_type: (at: string) => `${at}: fel sorts värde.`,
    bad_id: (at: string) => `${at}: bara a–z, 0–9, _ och -, högst 64 tecken.`,
    duplicate_id: (at: string) => `${at}: samma id finns redan i formuläret.`,
    unknown_field: (at: string, fields: string) => `${at || 'formuläret'}: okänt fält ${fields}.`,
    too_long: (at: string) => `${at}: för lång text (högst 300 tecken).`,
    too_few: (at: string) => `${at}: minst ett område behövs.`,
    too_many: (at: string) => `${at}: högst 40 områden.`,
    out_of_range: (at: string) => `${at}: ett heltal 1–10000.`,
    translation_incomplete: (at: string) => `${at}: översättningen saknar det här området.`,
    unknown_indicator: (at: string) => `${at}: inget område med det id:t skattas av deltagaren.`,
    invalid: (at: string) => `${at || 'formuläret'}: ogiltigt värde.`,
  } satisfies Record<InstrumentProblem, (at: string, fields: string) => string>,
  reviewTitle: 'Översättningar som inte är granskade',
  reviewHelp:
    'Deltagarens kort finns på de här språken, men ingen översättare har läst dem än. Markera ett språk som granskat när en översättare har läst det.',
  reviewNone: 'Alla översättningar är granskade.',
  reviewItem: (set: string, version: number, language: string) => `${set} v${version}: ${language}`,
  reviewMark: (language: string) => `Granskad: ${language}`,
  reviewSaved: (language: string) => `${language} är markerad som granskad.`,
  reviewUnknown: 'Det språket finns inte i formuläret.',
  empty: 'Klistra in formuläret som JSON.',
  useTitle: 'Formulär för nya skattningar',
  useHelp:
    'Gäller deltagare som inte skattats förut. En deltagare som redan har skattningar fortsätter med sitt formulär (senaste versionen), så att skattningarna går att jämföra.',
  useSave: 'Använd för nya skattningar',
  useSaved: (name: string) => `Nya skattningar görs nu med ${name}.`,
  unknownSet: 'Välj ett formulär i listan.',
};

export type InstrumentStrings = typeof sv;

export const en: InstrumentStrings = {
  title: 'Rating forms',
  intro:
    'Forms (indicator sets) that can be used for rating. Every session records which form and version it used.',
  builtIn: 'built in',
  addedBy: (date: string) => `added ${date}`,
  indicators: (n: number) => `${n} areas`,
  addTitle: 'Add a form',
  addHelp:
    'Paste JSON: {"id", "version", "name": {"sv","en"}, "indicators": [{"id", "area": {"sv","en"}, "question": {"sv","en"}, "ratedBy": "both" | "caseworker"}], "translations": {"ar": {"scale": {"1"…"5", "dontKnow"}, "indicators": {"<id>": {"area", "question"}}}}} (translations optional, but complete).',
  jsonLabel: 'Form as JSON',
  add: 'Add',
  added: (id: string, version: number) => `The form ${id} version ${version} was added.`,
  exists: (id: string, version: number) =>
    `${id} version ${version} exists already. A version never changes – give the new form a higher version number.`,
  invalid: 'The form is not valid:',
  problems: {
    not_json: () => 'The text is not JSON.',
    missing: (at: string) => `${at}: missing or empty.`,
    wrong_type: (at: string) => `${at}: wrong kind of value.`,
    bad_id: (at: string) => `${at}: only a–z, 0–9, _ and -, at most 64 characters.`,
    duplicate_id: (at: string) => `${at}: the same id is in the form already.`,
    unknown_field: (at: string, fields: string) => `${at || 'the form'}: unknown field ${fields}.`,
    too_long: (at: string) => `${at}: text too long (at most 300 characters).`,
    too_few: (at: string) => `${at}: at least one area is needed.`,
    too_many: (at: string) => `${at}: at most 40 areas.`,
    out_of_range: (at: string) => `${at}: a whole number 1–10000.`,
    translation_incomplete: (at: string) => `${at}: the translation lacks this area.`,
    unknown_indicator: (at: string) => `${at}: no area with that id is rated by the participant.`,
    invalid: (at: string) => `${at || 'the form'}: invalid value.`,
  },
  reviewTitle: 'Translations not yet reviewed',
  reviewHelp:
    "The participant's cards exist in these languages, but no translator has read them yet. Mark a language reviewed once a translator has read it.",
  reviewNone: 'Every translation is reviewed.',
  reviewItem: (set: string, version: number, language: string) => `${set} v${version}: ${language}`,
  reviewMark: (language: string) => `Reviewed: ${language}`,
  reviewSaved: (language: string) => `${language} is marked reviewed.`,
  reviewUnknown: 'The form has no such language.',
  empty: 'Paste the form as JSON.',
  useTitle: 'Form for new sessions',
  useHelp:
    'Applies to participants not rated before. A participant who already has sessions keeps their form (its latest version), so the sessions stay comparable.',
  useSave: 'Use for new sessions',
  useSaved: (name: string) => `New sessions now use ${name}.`,
  unknownSet: 'Choose a form from the list.',
};
