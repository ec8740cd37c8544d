import type { Department } from './types';

/** The default department list from domain.md; a municipality adds its own through configuration. */
export const DEFAULT_DEPARTMENTS: Department[] = [
  { id: 'vux', name: { sv: 'Vuxenutbildningen (SFI)', en: 'Adult education (SFI)' } },
  { id: 'ame', name: { sv: 'Arbetsmarknadsenheten', en: 'Labour-market unit' } },
  {
    id: 'ifo',
    name: { sv: 'IFO / ekonomiskt bistånd', en: 'Social services / financial support' },
  },
  { id: 'flykting', name: { sv: 'Flyktingmottagningen', en: 'Refugee reception' } },
  { id: 'af', name: { sv: 'Arbetsförmedlingen', en: 'Public Employment Service' }, external: true },
  { id: 'fk', name: { sv: 'Försäkringskassan', en: 'Social Insurance Agency' }, external: true },
  {
    id: 'halsa',
    name: { sv: 'Region / vårdcentral', en: 'Region / health centre' },
    external: true,
  },
];

export function mergeDepartments(base: Department[], extra: Department[]): Department[] {
  const byId = new Map(base.map((d) => [d.id, d] as const));
  for (const d of extra) byId.set(d.id, d);
  return [...byId.values()];
}
