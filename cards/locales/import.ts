// Strings of the import command (`npm run import -- <folder>`): the admin reads these in the
// terminal. Values from the files are never echoed (a code column may hold a personal number by
// mistake): a problem names the file, the line, the column and what is allowed.
import type { ImportProblem } from '../../domain/import';

type P = ImportProblem;

export const sv = {
  usage:
    'Användning: npm run import -- <mapp> [--owner <aad-id>] [--mapping <fil>] [--dry-run]\n' +
    'Mappen ska innehålla participants.csv och kan innehålla ratings.csv och activities.csv (domain.md, "Import format").',
  folderMissing: (folder: string) => `Mappen finns inte: ${folder}`,
  fileMissing: (file: string) => `${file} saknas i mappen.`,
  fileAbsent: (file: string) => `${file}: finns inte, inget importeras från den filen.`,
  unknownOption: (opt: string) => `Okänt argument: ${opt}`,
  config: (msg: string) => `Felaktig konfiguration: ${msg}`,
  rejected: (n: number) =>
    `Importen avbröts: ${n} fel. Ingenting har sparats. Rätta raderna och kör igen.`,
  more: (n: number) => `… och ${n} fel till.`,
  at: (file: string, line: number, column: string | null) =>
    `${file} rad ${line}${column ? `, ${column}` : ''}`,
  dryRun: 'Provkörning (--dry-run): filerna är giltiga, ingenting har sparats.',
  mappingWritten: (path: string, n: number) =>
    `Kodnyckeln (kommunens kod → Samsyn-kod, ${n} deltagare) är skriven till ${path}, läsbar bara för dig. Förvara den som personuppgifter och radera den när den inte behövs.`,
  done: 'Importen är klar (allt i en transaktion).',
  summary: (what: string, added: number, existing: number) =>
    `  ${what}: ${added} nya, ${existing} fanns redan`,
  things: {
    participants: 'deltagare',
    sessions: 'skattningstillfällen',
    activities: 'insatser',
    exits: 'avslut',
  },
  problem: (p: P): string => {
    switch (p.kind) {
      case 'csv_syntax':
        return 'filen kan inte läsas som CSV (kontrollera citattecken och kommatecken)';
      case 'missing_column':
        return `kolumnen "${p.column}" saknas i rubrikraden`;
      case 'column_count':
        return `raden har ${p.found} kolumner, rubrikraden ${p.expected}`;
      case 'required':
        return 'värde saknas';
      case 'code_format':
        return 'inte en Samsyn-kod (D- följt av 4–8 tecken, t.ex. D-4F7K) och inte en egen kod (bokstäver, siffror och - . _ /, högst 32 tecken, t.ex. H-001)';
      case 'code_personal_number':
        return 'koden ser ut som ett personnummer eller samordningsnummer (tio siffror eller fler): använd en kod som inte säger vem personen är';
      case 'code_name':
        return 'koden ser ut som ett namn (ingen siffra, eller mellanslag): använd en kod som inte säger vem personen är';
      case 'name_column':
        return 'filen har en kolumn med namn: ta bort kolumnen, namn importeras aldrig';
      case 'personal_number_column':
        return 'filen har en kolumn med personnummer: ta bort kolumnen, personnummer importeras aldrig';
      case 'duplicate':
        return `samma ${p.key} som rad ${p.firstLine}`;
      case 'gender':
        return 'ska vara kvinna, man, annan eller vill_ej_uppge';
      case 'birth_year':
        return `ska vara ett årtal mellan ${p.min} och ${p.max}`;
      case 'date':
        return 'inte ett riktigt datum (ÅÅÅÅ-MM-DD)';
      case 'in_future':
        return 'datumet ligger i framtiden';
      case 'end_before_start':
        return 'slutdatum före startdatum';
      case 'outcome_unknown':
        return 'okänt utfall (se tabellen Outcomes i domain.md)';
      case 'outcome_without_end':
        return 'utfall angivet men end_date saknas';
      case 'end_without_outcome':
        return 'end_date angivet men outcome saknas';
      case 'next_step':
        return 'ska vara ja, nej eller tomt';
      case 'next_step_without_end':
        return 'next_step angivet men end_date saknas';
      case 'sfi_track':
        return 'ska vara 1, 2, 3 eller tomt';
      case 'yes_no':
        return 'ska vara ja eller nej';
      case 'department_unknown':
        return 'okänd förvaltning (id:n skiljs med ;)';
      case 'owner_missing':
        return 'ingen ägare: ange --owner <aad-id> eller en kolumn owner';
      case 'owner_format':
        return 'ägaren ska vara ett AAD-objekt-id';
      case 'unknown_code':
        return 'koden finns varken i participants.csv eller i Samsyn';
      case 'before_start':
        return 'datumet ligger före deltagarens startdatum';
      case 'after_end':
        return 'datumet ligger efter deltagarens avslut';
      case 'instrument_unknown':
        return 'okänd indikatoruppsättning';
      case 'indicator_unknown':
        return 'indikatorn finns inte i uppsättningen';
      case 'score':
        return 'ska vara 1–5 eller tomt';
      case 'self_for_caseworker_only':
        return 'indikatorn skattas bara av handläggaren: self ska vara tomt';
      case 'activity_unknown':
        return 'okänd insats (id ur katalogen)';
      case 'status':
        return 'ska vara planned, ongoing, paused, completed eller cancelled';
      case 'ended_without_end_date':
        return 'en avslutad eller avbruten insats behöver end_date';
    }
  },
};

export const en: typeof sv = {
  usage:
    'Usage: npm run import -- <folder> [--owner <aad-id>] [--mapping <file>] [--dry-run]\n' +
    'The folder holds participants.csv and may hold ratings.csv and activities.csv (domain.md, "Import format").',
  folderMissing: (folder) => `No such folder: ${folder}`,
  fileMissing: (file) => `${file} is missing in the folder.`,
  fileAbsent: (file) => `${file}: not present, nothing imported from it.`,
  unknownOption: (opt) => `Unknown argument: ${opt}`,
  config: (msg) => `Invalid configuration: ${msg}`,
  rejected: (n) =>
    `Import stopped: ${n} problems. Nothing was saved. Correct the rows and run again.`,
  more: (n) => `… and ${n} more.`,
  at: (file, line, column) => `${file} line ${line}${column ? `, ${column}` : ''}`,
  dryRun: 'Dry run (--dry-run): the files are valid, nothing was saved.',
  mappingWritten: (path: string, n: number) =>
    `The code key (the municipality's code → Samsyn code, ${n} participants) is written to ${path}, readable by you only. Keep it as personal data and delete it when no longer needed.`,
  done: 'Import done (all in one transaction).',
  summary: (what, added, existing) => `  ${what}: ${added} new, ${existing} already present`,
  things: {
    participants: 'participants',
    sessions: 'rating sessions',
    activities: 'activities',
    exits: 'exits',
  },
  problem: (p) => {
    switch (p.kind) {
      case 'csv_syntax':
        return 'the file cannot be read as CSV (check quotes and commas)';
      case 'missing_column':
        return `column "${p.column}" is missing in the header row`;
      case 'column_count':
        return `the row has ${p.found} columns, the header ${p.expected}`;
      case 'required':
        return 'value missing';
      case 'code_format':
        return 'not a Samsyn code (D- and 4–8 characters, e.g. D-4F7K) nor an own code (letters, digits and - . _ /, at most 32 characters, e.g. H-001)';
      case 'code_personal_number':
        return 'the code looks like a personal identity or coordination number (ten digits or more): use a code that does not say who the person is';
      case 'code_name':
        return 'the code looks like a name (no digit, or a space): use a code that does not say who the person is';
      case 'name_column':
        return 'the file has a column of names: remove it, names are never imported';
      case 'personal_number_column':
        return 'the file has a column of personal identity numbers: remove it, they are never imported';
      case 'duplicate':
        return `same ${p.key} as line ${p.firstLine}`;
      case 'gender':
        return 'must be kvinna, man, annan or vill_ej_uppge';
      case 'birth_year':
        return `must be a year between ${p.min} and ${p.max}`;
      case 'date':
        return 'not a real date (YYYY-MM-DD)';
      case 'in_future':
        return 'the date is in the future';
      case 'end_before_start':
        return 'end date before start date';
      case 'outcome_unknown':
        return 'unknown outcome (see the Outcomes table in domain.md)';
      case 'outcome_without_end':
        return 'outcome given but end_date missing';
      case 'end_without_outcome':
        return 'end_date given but outcome missing';
      case 'next_step':
        return 'must be ja, nej or empty';
      case 'next_step_without_end':
        return 'next_step given but end_date missing';
      case 'sfi_track':
        return 'must be 1, 2, 3 or empty';
      case 'yes_no':
        return 'must be ja or nej';
      case 'department_unknown':
        return 'unknown department (ids separated by ;)';
      case 'owner_missing':
        return 'no owner: give --owner <aad-id> or an owner column';
      case 'owner_format':
        return 'the owner must be an AAD object id';
      case 'unknown_code':
        return 'the code is neither in participants.csv nor in Samsyn';
      case 'before_start':
        return "the date is before the participant's start date";
      case 'after_end':
        return "the date is after the participant's exit";
      case 'instrument_unknown':
        return 'unknown indicator set';
      case 'indicator_unknown':
        return 'the indicator is not in the set';
      case 'score':
        return 'must be 1–5 or empty';
      case 'self_for_caseworker_only':
        return 'only the caseworker rates this indicator: self must be empty';
      case 'activity_unknown':
        return 'unknown activity (an id of the catalogue)';
      case 'status':
        return 'must be planned, ongoing, paused, completed or cancelled';
      case 'ended_without_end_date':
        return 'a completed or cancelled activity needs end_date';
    }
  },
};
