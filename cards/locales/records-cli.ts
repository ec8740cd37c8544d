// Strings of the records command lines (npm run audit, npm run export-participant), read in a terminal.
export const sv = {
  audit: {
    usage:
      'Användning: npm run audit -- --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD [--code D-…] [--user <aad-id>] [--lang sv|en]',
    badArgs: (problems: string) => `Felaktiga argument: ${problems}`,
    unknown: (arg: string) => `okänt argument ${arg}`,
    problems: {
      from: '--from: ange ett datum som ÅÅÅÅ-MM-DD',
      to: '--to: ange ett datum som ÅÅÅÅ-MM-DD',
      order: '--from måste vara före eller samma som --to',
      code: '--code: en deltagarkod som D-4F7K',
      user: '--user: ett AAD-objekt-id',
    },
  },
  export: {
    usage: 'Användning: npm run export-participant -- <kod> [--out <mapp>]',
    unknown: (code: string) => `Ingen deltagare med koden ${code}.`,
    written: (text: string, json: string) =>
      `Registerutdraget är skrivet till ${text} och ${json}, läsbara bara för dig. Förvara dem som personuppgifter.`,
  },
};

export const en: typeof sv = {
  audit: {
    usage:
      'Usage: npm run audit -- --from YYYY-MM-DD --to YYYY-MM-DD [--code D-…] [--user <aad-id>] [--lang sv|en]',
    badArgs: (problems: string) => `Invalid arguments: ${problems}`,
    unknown: (arg: string) => `unknown argument ${arg}`,
    problems: {
      from: '--from: give a date as YYYY-MM-DD',
      to: '--to: give a date as YYYY-MM-DD',
      order: '--from must be on or before --to',
      code: '--code: a participant code like D-4F7K',
      user: '--user: an AAD object id',
    },
  },
  export: {
    usage: 'Usage: npm run export-participant -- <code> [--out <folder>]',
    unknown: (code: string) => `No participant with the code ${code}.`,
    written: (text: string, json: string) =>
      `The access request is written to ${text} and ${json}, readable by you only. Keep them as personal data.`,
  },
};
