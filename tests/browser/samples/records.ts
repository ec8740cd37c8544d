import { correctionCard } from '../../../cards/records-correction';
import {
  erasedCard,
  erasureCard,
  exportPartCard,
  logCard,
  sampleCard,
} from '../../../cards/records';
import type { CardSample } from './types';

const line = (i: number) => ({
  at: `2026-11-${String(10 + i).padStart(2, '0')} 10:0${i}`,
  who: i % 2 ? 'Anna Handläggare' : 'Bo Handläggare',
  action: i % 3 ? 'participant.list' : 'forum.case.view',
  code: `D-${'ABCDEFGH'[i]}4F7K`,
  via: i % 3 ? 'personal' : 'channel',
});

export const samples: CardSample[] = [
  {
    name: 'records.log',
    build: (t) =>
      logCard(
        {
          lines: Array.from({ length: 8 }, (_, i) => line(i)),
          filter: { code: 'D-A4F7K', from: '2026-11-01', to: '2026-11-30' },
          users: [
            { id: 'cw-anna', name: 'Anna Handläggare' },
            { id: 'cw-bo', name: 'Bo Handläggare' },
          ],
          limit: 30,
        },
        t,
      ),
  },
  {
    name: 'records.log.errors',
    build: (t) =>
      logCard(
        {
          lines: [],
          filter: { from: '2026-13-01' },
          users: [],
          limit: 30,
          errors: [t.records.log.errors.date],
        },
        t,
      ),
  },
  {
    name: 'records.sample',
    build: (t) =>
      sampleCard(
        {
          month: '2026-11',
          lines: Array.from({ length: 3 }, (_, i) => ({
            ...line(i),
            auditId: `a${i}`,
            rev: 1,
            checkedBy: i === 0 ? 'Frida Forum' : null,
            checkedAt: i === 0 ? '2026-12-01 09:15' : null,
          })),
          message: t.records.sample.checked,
        },
        t,
      ),
  },
  {
    name: 'records.export',
    build: (t) =>
      exportPartCard(
        {
          code: 'D-4F7K',
          part: 1,
          parts: 2,
          kind: 'text',
          body: '**Registrering (1)**\n- Kod: D-4F7K; Kön: kvinna; Födelseår: 1990\n\n**Samtycken (1)**\n- Givet: 2026-01-15; Förvaltningar: vux, ame',
        },
        t,
      ),
  },
  {
    name: 'records.erase',
    build: (t) =>
      erasureCard(
        {
          participantId: 'p1',
          code: 'D-4F7K',
          rev: 3,
          errors: [t.records.erase.problems.code_mismatch],
        },
        t,
      ),
  },
  { name: 'records.erased', build: (t) => erasedCard('D-4F7K', 17, t) },
  {
    name: 'records.correct',
    build: (t) =>
      correctionCard(
        {
          participantId: 'p1',
          code: 'D-4F7K',
          rev: 2,
          values: {
            name: 'Amina Testsson',
            protectedIdentity: false,
            gender: 'kvinna',
            birthYear: '1990',
            startDate: '2026-01-15',
            departments: ['vux', 'ame'],
            languages: ['ti', 'sv'],
            sfiTrack: '1',
            sfiCourse: 'B',
            supportAtStart: '-',
          },
          departments: [
            { id: 'vux', name: 'Vuxenutbildningen' },
            { id: 'ame', name: 'Arbetsmarknadsenheten' },
            { id: 'ifo', name: 'Individ- och familjeomsorgen' },
          ],
          message: t.records.correct.saved(t.records.correct.fields.birthYear),
        },
        t,
      ),
  },
  {
    name: 'records.correct.errors',
    build: (t) =>
      correctionCard(
        {
          participantId: 'p1',
          code: 'D-4F7K',
          rev: 2,
          values: {
            name: '',
            protectedIdentity: true,
            gender: 'man',
            birthYear: '1850',
            startDate: '2026-01-15',
            departments: [],
            languages: [],
            sfiTrack: '-',
            sfiCourse: 'C',
            supportAtStart: 'lon',
          },
          departments: [{ id: 'vux', name: 'Vuxenutbildningen' }],
          errors: [
            t.records.correct.problems.birth_year,
            t.records.correct.problems.departments,
            t.records.correct.problems.course_without_track,
          ],
        },
        t,
      ),
  },
];
