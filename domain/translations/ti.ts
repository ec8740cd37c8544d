// Tigrinya (ትግርኛ) for the samsyn-standard set, in the polite plural (no gendered "you").
// Shipped unreviewed (see ar.ts).
import type { Translation } from '../instruments';

export const ti: Translation = {
  reviewed: false,
  scale: {
    1: 'ፈጺሙ ኣይኮነን',
    2: 'ቁሩብ',
    3: 'ብኽፋል',
    4: 'ብዙሕ',
    5: 'ምሉእ ብምሉእ',
    dontKnow: 'ኣይፈልጥን',
  },
  indicators: {
    job_belief: { area: 'ስራሕ ምርካብ', question: 'ስራሕ ክትረኽቡ ከም ትኽእሉ ትሓስቡ ዶ?' },
    job_search: { area: 'ስራሕ ምድላይ', question: 'ሕጂ ስራሕ ትደልዩ ኣለኹም ዶ?' },
    next_steps: {
      area: 'ቀጻሊ ስጉምቲ',
      question: 'ስራሕ ብቐሊሉ ንምርካብ እንታይ ክትገብሩ ከም ዘለኩም ትፈልጡ ዶ?',
    },
    health: { area: 'ጥዕናይ', question: 'ንጥዕናኹም ክትከናኸኑ ትኽእሉ ዶ?' },
    daily_life: {
      area: 'መዓልታዊ ህይወት',
      question: 'መዓልታዊ ህይወትኩም ክትመርሑ ትኽእሉ ዶ? ንኣብነት ገዛ፣ ገንዘብን ግዜን።',
    },
    cooperation: { area: 'ምስ ካልኦት ምስራሕ', question: 'ምስ ካልኦት ሰባት ሓቢርኩም ክትሰርሑ ትኽእሉ ዶ?' },
    network: { area: 'ዝሕግዙኒ ሰባት', question: 'ክሕግዙኹም ዝኽእሉ ሰባት ኣለዉኹም ዶ?' },
    swedish: { area: 'ቋንቋ ሽወደን', question: 'ሽወደንኛ ክትዛረቡን ክትርድኡን ትኽእሉ ዶ?' },
    skills: { area: 'ፍልጠትን ተሞክሮን', question: 'ኣብ ስራሕ ዘድልዩ ነገራት ትፈልጡ ዶ?' },
    society: {
      area: 'ሕብረተሰብን ዕዳጋ ስራሕን',
      question: 'ኣብ ሽወደንን ኣብ ስራሕን ነገራት ከመይ ከም ዝሰርሑ ትርድኡ ዶ?',
    },
    control: { area: 'ኣብ ህይወተይ ምውሳን', question: 'ብዛዕባ ህይወትኩም ክትውስኑ ከም ትኽእሉ ይስምዓኩም ዶ?' },
  },
};
