// Persian (فارسی) for the samsyn-standard set. Shipped unreviewed (see ar.ts).
import type { Translation } from '../instruments';

export const fa: Translation = {
  reviewed: false,
  scale: {
    1: 'اصلاً درست نیست',
    2: 'کمی درست است',
    3: 'تا حدی درست است',
    4: 'تقریباً درست است',
    5: 'کاملاً درست است',
    dontKnow: 'نمی‌دانم',
  },
  indicators: {
    job_belief: { area: 'امید به پیدا کردن کار', question: 'فکر می‌کنید می‌توانید کار پیدا کنید؟' },
    job_search: { area: 'جستجوی کار', question: 'آیا الان دنبال کار می‌گردید؟' },
    next_steps: {
      area: 'دانستن قدم‌های بعدی',
      question: 'می‌دانید چه کار کنید تا راحت‌تر کار پیدا کنید؟',
    },
    health: { area: 'سلامتی من', question: 'می‌توانید از سلامتی خودتان مراقبت کنید؟' },
    daily_life: {
      area: 'زندگی روزمره',
      question: 'زندگی روزمره را اداره می‌کنید؟ مثلاً خانه، پول و وقت‌ها.',
    },
    cooperation: { area: 'همکاری با دیگران', question: 'می‌توانید با دیگران با هم کار کنید؟' },
    network: { area: 'شبکه‌ی اجتماعی', question: 'کسانی را دارید که به شما کمک کنند؟' },
    swedish: { area: 'زبان سوئدی', question: 'می‌توانید سوئدی حرف بزنید و بفهمید؟' },
    skills: { area: 'دانش و تجربه برای کار', question: 'چیزهایی بلدید که در کار لازم است؟' },
    society: {
      area: 'شناخت جامعه و بازار کار',
      question: 'می‌دانید کارها در سوئد و سر کار چطور است؟',
    },
    control: {
      area: 'اختیار زندگی خودم',
      question: 'احساس می‌کنید می‌توانید درباره‌ی زندگی‌تان تصمیم بگیرید؟',
    },
  },
};
