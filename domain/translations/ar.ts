// Arabic (العربية) for the samsyn-standard set. Shipped unreviewed: an admin marks it reviewed
// once a translator has read it (instruments card).
import type { Translation } from '../instruments';

export const ar: Translation = {
  reviewed: false,
  scale: {
    1: 'غير صحيح أبدًا',
    2: 'صحيح قليلًا',
    3: 'صحيح جزئيًا',
    4: 'صحيح إلى حد كبير',
    5: 'صحيح تمامًا',
    dontKnow: 'لا أعرف',
  },
  indicators: {
    job_belief: {
      area: 'الثقة في الحصول على عمل',
      question: 'هل تعتقد أنك تستطيع أن تحصل على عمل؟',
    },
    job_search: { area: 'البحث عن عمل', question: 'هل تبحث عن عمل الآن؟' },
    next_steps: {
      area: 'معرفة الخطوات التالية',
      question: 'هل تعرف ماذا تفعل لتحصل على عمل بسهولة أكبر؟',
    },
    health: { area: 'صحتي', question: 'هل تستطيع أن تهتم بصحتك؟ هل تستطيع أن تعتني بنفسك؟' },
    daily_life: {
      area: 'الحياة اليومية',
      question: 'هل تستطيع تدبير حياتك اليومية؟ مثلًا البيت والمال والمواعيد.',
    },
    cooperation: { area: 'التعاون مع الآخرين', question: 'هل تستطيع أن تعمل مع أشخاص آخرين؟' },
    network: { area: 'الشبكة الاجتماعية', question: 'هل عندك أشخاص يستطيعون مساعدتك؟' },
    swedish: { area: 'اللغة السويدية', question: 'هل تستطيع أن تتكلم السويدية وتفهمها؟' },
    skills: { area: 'المعرفة والخبرة للعمل', question: 'هل تعرف أشياء يحتاجها العمل؟' },
    society: {
      area: 'فهم المجتمع وسوق العمل',
      question: 'هل تفهم كيف تسير الأمور في السويد وفي العمل؟',
    },
    control: { area: 'التحكم في حياتي', question: 'هل تشعر أنك تستطيع أن تقرر في حياتك؟' },
  },
};
