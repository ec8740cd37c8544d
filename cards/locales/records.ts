// Records and rights: log review (loggkontroll), access requests (registerutdrag), erasure, small
// groups in channels. Swedish first; English typed by it.
export const sv = {
  smallGroups: {
    few: (min: number) => `färre än ${min}`,
    hidden: 'dold',
    note: (min: number) =>
      `Grupper med färre än ${min} personer visas som "färre än ${min}", och "dold" står där ett värde annars skulle avslöja en sådan grupp.`,
  },
};

export type RecordsStrings = typeof sv;

export const en: RecordsStrings = {
  smallGroups: {
    few: (min: number) => `fewer than ${min}`,
    hidden: 'hidden',
    note: (min: number) =>
      `Groups of fewer than ${min} people are shown as "fewer than ${min}", and "hidden" stands where a value would otherwise give such a group away.`,
  },
};
