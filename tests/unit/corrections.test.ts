import { describe, expect, it } from 'vitest';
import {
  CORRECTABLE,
  changedFields,
  readCorrection,
  type CorrectionInput,
} from '../../domain/corrections';
import type { Participant } from '../../domain/types';

const rules = { today: '2026-11-23', departmentIds: ['vux', 'ame', 'ifo'], endDate: null };
const input: CorrectionInput = {
  name: 'Amina',
  protectedIdentity: false,
  gender: 'kvinna',
  birthYear: '1990',
  startDate: '2026-01-15',
  departments: ['vux'],
  languages: ['ar'],
  sfiTrack: '1',
  sfiCourse: 'A',
  supportAtStart: 'lon',
};
const person: Pick<Participant, (typeof CORRECTABLE)[number]> = {
  name: 'Amina',
  protectedIdentity: false,
  gender: 'kvinna',
  birthYear: 1990,
  startDate: '2026-01-15',
  departments: ['vux'],
  languages: ['ar'],
  sfiTrack: 1,
  sfiCourse: 'A',
  supportAtStart: 'lon',
};

describe('correction of the registration (domain/corrections.ts)', () => {
  it('reads every field of the registration; "-" is no choice', () => {
    const r = readCorrection(
      { ...input, sfiTrack: '-', sfiCourse: '-', supportAtStart: '-' },
      rules,
    );
    expect(r).toEqual({
      ok: true,
      value: { ...person, sfiTrack: null, sfiCourse: null, supportAtStart: null },
    });
  });

  it('gives every problem at once, one code each', () => {
    const r = readCorrection(
      {
        name: 'x'.repeat(101),
        protectedIdentity: false,
        gender: 'x',
        birthYear: '2020',
        startDate: '2026-12-01',
        departments: [],
        languages: ['xx'],
        sfiTrack: '4',
        sfiCourse: 'E',
        supportAtStart: 'x',
      },
      rules,
    );
    expect(r).toEqual({
      ok: false,
      problems: [
        'name',
        'gender',
        'birth_year',
        'start_date',
        'support',
        'departments',
        'languages',
        'sfi_track',
        'sfi_course',
      ],
    });
    const more = readCorrection(
      { ...input, departments: ['nasa'], sfiTrack: '', sfiCourse: 'B', startDate: '2026-07-01' },
      { ...rules, endDate: '2026-06-30' },
    );
    expect(more).toEqual({
      ok: false,
      problems: ['start_after_exit', 'unknown_department', 'course_without_track'],
    });
  });

  it('keeps no name with protected identity, also not as the old value', () => {
    const r = readCorrection({ ...input, protectedIdentity: true }, rules);
    if (!r.ok) throw new Error('expected ok');
    expect(r.value.name).toBeNull();
    expect(changedFields(person, r.value)).toEqual([
      { field: 'name', oldValue: null, newValue: null },
      { field: 'protectedIdentity', oldValue: 'false', newValue: 'true' },
    ]);
  });

  it('names only the fields that changed; departments in any order are the same', () => {
    const r = readCorrection(
      { ...input, departments: ['ame', 'vux'], languages: ['ti', 'ar'] },
      rules,
    );
    if (!r.ok) throw new Error('expected ok');
    const changes = changedFields({ ...person, departments: ['vux', 'ame'] }, r.value);
    expect(changes).toEqual([{ field: 'languages', oldValue: 'ar', newValue: 'ti;ar' }]);
  });
});
