// Dari (دری) for the samsyn-standard set. Shipped unreviewed (see ar.ts).
import type { Translation } from '../instruments';

export const prs: Translation = {
  reviewed: false,
  scale: {
    1: 'هیچ درست نیست',
    2: 'کمی درست است',
    3: 'تا اندازه‌ای درست است',
    4: 'زیاد درست است',
    5: 'کاملاً درست است',
    dontKnow: 'نمی‌دانم',
  },
  indicators: {
    job_belief: {
      area: 'باور به پیدا کردن کار',
      question: 'فکر می‌کنید که می‌توانید کار پیدا کنید؟',
    },
    job_search: { area: 'کاریابی', question: 'آیا حالا دنبال کار استید؟' },
    next_steps: {
      area: 'دانستن قدم‌های بعدی',
      question: 'آیا می‌دانید چه کنید تا آسان‌تر کار پیدا کنید؟',
    },
    health: { area: 'صحت من', question: 'آیا می‌توانید از صحت خود مواظبت کنید؟' },
    daily_life: {
      area: 'زندگی روزمره',
      question: 'آیا زندگی روزمره را پیش برده می‌توانید؟ مثلاً خانه، پول و وقت‌ها.',
    },
    cooperation: { area: 'همکاری با دیگران', question: 'آیا می‌توانید با دیگران یکجا کار کنید؟' },
    network: { area: 'شبکهٔ اجتماعی', question: 'آیا کسانی را دارید که به شما کمک کنند؟' },
    swedish: { area: 'زبان سویدنی', question: 'آیا می‌توانید سویدنی گپ بزنید و بفهمید؟' },
    skills: {
      area: 'دانش و تجربه برای کار',
      question: 'آیا چیزهایی را بلد استید که در کار ضرورت است؟',
    },
    society: {
      area: 'فهمیدن جامعه و بازار کار',
      question: 'آیا می‌فهمید که کارها در سویدن و در کار چطور است؟',
    },
    control: {
      area: 'اختیار بر زندگی خود',
      question: 'آیا احساس می‌کنید که در بارهٔ زندگی خود تصمیم گرفته می‌توانید؟',
    },
  },
};
