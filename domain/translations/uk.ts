// Ukrainian (українська) for the samsyn-standard set. Shipped unreviewed (see ar.ts).
import type { Translation } from '../instruments';

export const uk: Translation = {
  reviewed: false,
  scale: {
    1: 'Зовсім ні',
    2: 'Трохи',
    3: 'Частково',
    4: 'Досить добре',
    5: 'Повністю',
    dontKnow: 'Не знаю',
  },
  indicators: {
    job_belief: {
      area: 'Віра, що знайду роботу',
      question: 'Ви думаєте, що можете знайти роботу?',
    },
    job_search: { area: 'Пошук роботи', question: 'Ви шукаєте роботу зараз?' },
    next_steps: {
      area: 'Знаю наступні кроки',
      question: 'Ви знаєте, що робити, щоб легше знайти роботу?',
    },
    health: {
      area: 'Моє здоров’я',
      question: 'Ви дбаєте про своє здоров’я? Можете подбати про себе?',
    },
    daily_life: {
      area: 'Щоденне життя',
      question: 'Ви справляєтеся з щоденним життям? Наприклад, дім, гроші й час.',
    },
    cooperation: {
      area: 'Співпраця з іншими',
      question: 'Ви можете працювати разом з іншими людьми?',
    },
    network: { area: 'Люди поруч', question: 'Чи є люди, які можуть вам допомогти?' },
    swedish: { area: 'Шведська мова', question: 'Ви можете говорити й розуміти шведською?' },
    skills: {
      area: 'Знання й досвід для роботи',
      question: 'Ви вмієте те, що потрібно на роботі?',
    },
    society: {
      area: 'Суспільство й ринок праці',
      question: 'Ви розумієте, як усе влаштовано у Швеції та на роботі?',
    },
    control: {
      area: 'Моє життя в моїх руках',
      question: 'Ви відчуваєте, що можете вирішувати, як вам жити?',
    },
  },
};
