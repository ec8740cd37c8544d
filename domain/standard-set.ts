// The built-in indicator set (samsyn-standard, version 1), as data: the Swedish and English texts
// of the method (../shared/docs/domain.md) and the participant-mode translations, each shipped
// unreviewed until an administrator marks it reviewed.
import type { Instrument } from './instruments';
import { ar } from './translations/ar';
import { ckb } from './translations/ckb';
import { fa } from './translations/fa';
import { prs } from './translations/prs';
import { so } from './translations/so';
import { ti } from './translations/ti';
import { uk } from './translations/uk';

export const SAMSYN_STANDARD: Instrument = {
  id: 'samsyn-standard',
  version: 1,
  name: { sv: 'Samsyn standard (BIP/SKAPA)', en: 'Samsyn standard (BIP/SKAPA)' },
  scale: {
    sv: {
      1: 'Stämmer inte alls',
      2: 'Stämmer lite',
      3: 'Stämmer delvis',
      4: 'Stämmer ganska bra',
      5: 'Stämmer helt',
      dontKnow: 'Vet ej',
    },
    en: {
      1: 'Not at all',
      2: 'A little',
      3: 'Partly',
      4: 'Quite well',
      5: 'Completely',
      dontKnow: "Don't know",
    },
  },
  translations: { ar, so, ti, prs, fa, uk, ckb },
  indicators: [
    {
      id: 'job_belief',
      ratedBy: 'both',
      area: { sv: 'Tro på att få jobb', en: 'Belief in getting a job' },
      question: { sv: 'Tror du att du kan få ett jobb?', en: 'Do you think you can get a job?' },
    },
    {
      id: 'job_search',
      ratedBy: 'both',
      area: { sv: 'Jobbsökande', en: 'Looking for work' },
      question: { sv: 'Söker du jobb just nu?', en: 'Are you looking for a job now?' },
    },
    {
      id: 'next_steps',
      ratedBy: 'both',
      area: { sv: 'Vet vad jag ska göra för att öka mina chanser', en: 'Knows the next steps' },
      question: {
        sv: 'Vet du vad du ska göra för att få jobb lättare?',
        en: 'Do you know what to do to improve your chances of getting a job?',
      },
    },
    {
      id: 'health',
      ratedBy: 'both',
      area: { sv: 'Hantera min hälsa', en: 'Coping with health' },
      question: {
        sv: 'Klarar du din hälsa? Kan du ta hand om dig?',
        en: 'Can you cope with your health? Can you take care of yourself?',
      },
    },
    {
      id: 'daily_life',
      ratedBy: 'both',
      area: { sv: 'Klara vardagen', en: 'Coping with everyday life' },
      question: {
        sv: 'Klarar du din vardag? Till exempel hem, pengar och tider.',
        en: 'Can you manage your everyday life? For example home, money and times.',
      },
    },
    {
      id: 'cooperation',
      ratedBy: 'both',
      area: { sv: 'Samarbeta med andra', en: 'Working with others' },
      question: {
        sv: 'Kan du arbeta tillsammans med andra?',
        en: 'Can you work together with other people?',
      },
    },
    {
      id: 'network',
      ratedBy: 'both',
      area: { sv: 'Socialt nätverk', en: 'Social network' },
      question: {
        sv: 'Har du människor som kan hjälpa dig?',
        en: 'Do you have people who can help you?',
      },
    },
    {
      id: 'swedish',
      ratedBy: 'both',
      area: { sv: 'Svenska språket', en: 'Swedish language' },
      question: {
        sv: 'Kan du prata och förstå svenska?',
        en: 'Can you speak and understand Swedish?',
      },
    },
    {
      id: 'skills',
      ratedBy: 'both',
      area: { sv: 'Kunskaper och erfarenheter för arbete', en: 'Skills and experience for work' },
      question: {
        sv: 'Kan du saker som behövs på ett jobb?',
        en: 'Do you know things that you need at a job?',
      },
    },
    {
      id: 'society',
      ratedBy: 'both',
      area: {
        sv: 'Förstå samhället och arbetsmarknaden',
        en: 'Understanding society and the labour market',
      },
      question: {
        sv: 'Förstår du hur det fungerar i Sverige och på jobb?',
        en: 'Do you understand how things work in Sweden and at work?',
      },
    },
    {
      id: 'control',
      ratedBy: 'both',
      area: { sv: 'Makt över min situation', en: 'In control of my situation' },
      question: {
        sv: 'Känner du att du kan bestämma över ditt liv?',
        en: 'Do you feel that you can decide about your life?',
      },
    },
    {
      id: 'caseworker_belief',
      ratedBy: 'caseworker',
      area: {
        sv: 'Handläggarens tro på att deltagaren får arbete',
        en: "Caseworker's belief in the participant's chance of work",
      },
      question: {
        sv: 'Tror du som handläggare att deltagaren får ett arbete?',
        en: 'Do you, as caseworker, believe the participant will get work?',
      },
    },
  ],
};
