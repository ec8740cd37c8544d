// Kurdish, Sorani (کوردی) for the samsyn-standard set. Shipped unreviewed (see ar.ts).
import type { Translation } from '../instruments';

export const ckb: Translation = {
  reviewed: false,
  scale: {
    1: 'هەرگیز ڕاست نییە',
    2: 'کەمێک ڕاستە',
    3: 'تا ڕادەیەک ڕاستە',
    4: 'زۆر ڕاستە',
    5: 'بە تەواوی ڕاستە',
    dontKnow: 'نازانم',
  },
  indicators: {
    job_belief: { area: 'باوەڕ بە دۆزینەوەی کار', question: 'پێت وایە دەتوانیت کار بدۆزیتەوە؟' },
    job_search: { area: 'گەڕان بەدوای کاردا', question: 'ئێستا بەدوای کاردا دەگەڕێیت؟' },
    next_steps: {
      area: 'هەنگاوەکانی داهاتوو',
      question: 'دەزانیت چی بکەیت بۆ ئەوەی ئاسانتر کار بدۆزیتەوە؟',
    },
    health: { area: 'تەندروستیم', question: 'دەتوانیت ئاگاداری تەندروستیی خۆت بیت؟' },
    daily_life: {
      area: 'ژیانی ڕۆژانە',
      question: 'دەتوانیت ژیانی ڕۆژانەت بەڕێوە ببەیت؟ بۆ نموونە ماڵ، پارە و کات.',
    },
    cooperation: {
      area: 'هاوکاری لەگەڵ کەسانی تر',
      question: 'دەتوانیت لەگەڵ کەسانی تر پێکەوە کار بکەیت؟',
    },
    network: { area: 'تۆڕی کۆمەڵایەتی', question: 'کەسێکت هەیە کە یارمەتیت بدات؟' },
    swedish: { area: 'زمانی سویدی', question: 'دەتوانیت بە سویدی قسە بکەیت و تێبگەیت؟' },
    skills: {
      area: 'زانیاری و ئەزموون بۆ کار',
      question: 'ئەو شتانە دەزانیت کە لە کاردا پێویستن؟',
    },
    society: {
      area: 'کۆمەڵگا و بازاڕی کار',
      question: 'تێدەگەیت کە شتەکان لە سوید و لە کاردا چۆن دەڕۆن؟',
    },
    control: {
      area: 'دەسەڵات بەسەر ژیانی خۆمدا',
      question: 'هەست دەکەیت کە دەتوانیت بڕیار لەسەر ژیانی خۆت بدەیت؟',
    },
  },
};
