// Somali (Soomaali) for the samsyn-standard set. Shipped unreviewed (see ar.ts).
import type { Translation } from '../instruments';

export const so: Translation = {
  reviewed: false,
  scale: {
    1: 'Haba yaraatee maya',
    2: 'Wax yar',
    3: 'Qayb ahaan',
    4: 'Inta badan',
    5: 'Gebi ahaanba',
    dontKnow: 'Ma aqaan',
  },
  indicators: {
    job_belief: { area: 'Rajada shaqo', question: 'Ma u malaynaysaa inaad shaqo heli karto?' },
    job_search: { area: 'Shaqo raadin', question: 'Hadda shaqo ma raadinaysaa?' },
    next_steps: {
      area: 'Tallaabooyinka xiga',
      question: 'Ma taqaanaa waxa aad samayn lahayd si aad shaqo u hesho si fudud?',
    },
    health: {
      area: 'Caafimaadkayga',
      question: 'Caafimaadkaaga ma daryeeli kartaa? Naftaada ma ilaalin kartaa?',
    },
    daily_life: {
      area: 'Nolol maalmeedka',
      question: 'Nolosha maalinlaha ah ma maareyn kartaa? Tusaale guriga, lacagta iyo waqtiyada.',
    },
    cooperation: { area: 'La shaqaynta dadka kale', question: 'Ma la shaqayn kartaa dad kale?' },
    network: { area: 'Dadka aan ku xiranahay', question: 'Ma leedahay dad ku caawin kara?' },
    swedish: {
      area: 'Luqadda iswiidhishka',
      question: 'Ma ku hadli kartaa oo ma fahmi kartaa iswiidhish?',
    },
    skills: {
      area: 'Aqoon iyo khibrad shaqo',
      question: 'Ma taqaanaa waxyaabaha shaqada looga baahan yahay?',
    },
    society: {
      area: 'Bulshada iyo suuqa shaqada',
      question: 'Ma fahantaa sida wax u socdaan Iswiidhan iyo shaqada?',
    },
    control: {
      area: 'Go’aanka noloshayda',
      question: 'Ma dareemaysaa inaad go’aan ka gaari karto noloshaada?',
    },
  },
};
