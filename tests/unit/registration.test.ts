import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  birthYearRange,
  draftValues,
  freshRegistration,
  validateConsent,
  validateRegistration,
  type RegistrationRaw,
} from '../../domain/registration';

const rules = { today: '2026-11-23', departmentIds: ['vux', 'ame', 'ifo', 'flykting'] };

const good: RegistrationRaw = {
  name: 'Amina',
  gender: 'kvinna',
  birthYear: '1990',
  startDate: '2026-11-02',
  departments: ['vux', 'ifo'],
  languages: ['ar', 'sv'],
  sfiTrack: '2',
  sfiCourse: 'B',
  protectedIdentity: false,
  supportAtStart: 'ekonomiskt_bistand',
  consentGivenOn: '2026-11-02',
  consentDepartments: ['vux', 'ifo'],
  consentValidUntil: '2027-11-01',
};

const problems = (raw: RegistrationRaw) => {
  const r = validateRegistration(raw, rules);
  return r.ok ? [] : r.errors.map((e) => `${e.field}:${e.problem}`);
};

describe('registration rules', () => {
  it('accepts a complete registration and types its values', () => {
    const r = validateRegistration(good, rules);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      name: 'Amina',
      birthYear: 1990,
      sfiTrack: 2,
      sfiCourse: 'B',
      consent: { givenOn: '2026-11-02', validUntil: '2027-11-01' },
    });
  });

  it('needs gender, birth year, start date, departments, support source and the consent', () => {
    const empty: RegistrationRaw = {
      ...good,
      gender: '',
      birthYear: '',
      startDate: '',
      departments: [],
      supportAtStart: '',
      consentGivenOn: '',
      consentDepartments: [],
      consentValidUntil: '',
    };
    expect(problems(empty)).toEqual([
      'gender:required',
      'birthYear:required',
      'startDate:required',
      'departments:required',
      'supportAtStart:required',
      'consentGivenOn:required',
      'consentDepartments:required',
      'consentValidUntil:required',
    ]);
  });

  it('takes a person without SFI and without a name', () => {
    expect(problems({ ...good, sfiTrack: '', sfiCourse: '', name: '' })).toEqual([]);
    const r = validateRegistration({ ...good, name: '   ' }, rules);
    expect(r.ok && r.value.name).toBeNull();
  });

  it('refuses a birth year before 1900 or of someone younger than 15 this year', () => {
    const { max } = birthYearRange(rules.today);
    expect(max).toBe(2011);
    expect(problems({ ...good, birthYear: '1899' })).toEqual(['birthYear:birth_year_range']);
    expect(problems({ ...good, birthYear: '2012' })).toEqual(['birthYear:birth_year_range']);
    expect(problems({ ...good, birthYear: '2011' })).toEqual([]);
    expect(problems({ ...good, birthYear: '19x0' })).toEqual(['birthYear:birth_year_range']);
  });

  it('refuses dates that do not exist', () => {
    expect(problems({ ...good, startDate: '2026-02-30' })).toEqual(['startDate:invalid_date']);
    expect(problems({ ...good, consentValidUntil: '2027-13-01' })).toEqual([
      'consentValidUntil:invalid_date',
    ]);
  });

  it('refuses a consent given in the future, or valid until a day not after it was given', () => {
    expect(
      problems({ ...good, consentGivenOn: '2026-11-24', consentValidUntil: '2027-01-01' }),
    ).toEqual(['consentGivenOn:in_future']);
    expect(problems({ ...good, consentValidUntil: '2026-11-02' })).toEqual([
      'consentValidUntil:not_after_given',
    ]);
    expect(problems({ ...good, consentValidUntil: '2026-10-01' })).toEqual([
      'consentValidUntil:not_after_given',
    ]);
  });

  it('refuses departments the municipality does not know', () => {
    expect(problems({ ...good, departments: ['vux', 'nasa'] })).toEqual([
      'departments:unknown_department',
    ]);
    expect(problems({ ...good, consentDepartments: ['hemligt'] })).toEqual([
      'consentDepartments:unknown_department',
    ]);
  });

  it('refuses an SFI course without a track, and tracks or courses outside 1–3 and A–D', () => {
    expect(problems({ ...good, sfiTrack: '', sfiCourse: 'C' })).toEqual([
      'sfiCourse:course_without_track',
    ]);
    expect(problems({ ...good, sfiTrack: '4', sfiCourse: 'E' })).toEqual([
      'sfiTrack:invalid',
      'sfiCourse:invalid',
    ]);
  });

  it('never keeps a name for a person with protected identity', () => {
    const r = validateRegistration({ ...good, protectedIdentity: true }, rules);
    expect(r.ok && r.value.name).toBeNull();
    expect(draftValues({ ...good, protectedIdentity: true }).name).toBe('');
    expect(draftValues(good).name).toBe('Amina');
  });

  it('accepts a consent exactly when given on ≤ today < valid until, both real dates', () => {
    const day = fc
      .date({
        min: new Date('2020-01-01T00:00:00Z'),
        max: new Date('2030-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (given, until) => {
        const r = validateConsent(
          { consentGivenOn: given, consentValidUntil: until, consentDepartments: ['vux'] },
          rules,
        );
        expect(r.ok).toBe(given <= rules.today && until > given);
      }),
    );
  });
});

describe('what the registration card starts from', () => {
  it('starts with today as the start date and as the day consent was given', () => {
    expect(freshRegistration('2026-11-23')).toMatchObject({
      startDate: '2026-11-23',
      consentGivenOn: '2026-11-23',
      consentValidUntil: '',
      departments: [],
    });
  });

  it('takes the departments involved as the consent departments when none were chosen, and only then', () => {
    const none = validateRegistration({ ...good, consentDepartments: [] }, rules);
    expect(none.ok && none.value.consent.departments).toEqual(['vux', 'ifo']);
    const chosen = validateRegistration({ ...good, consentDepartments: ['vux'] }, rules);
    expect(chosen.ok && chosen.value.consent.departments).toEqual(['vux']);
    expect(validateConsent({ ...good, consentDepartments: [] }, rules)).toMatchObject({
      ok: false,
      errors: [{ field: 'consentDepartments', problem: 'required' }],
    });
  });
});

describe("the participant's languages at registration", () => {
  it('keeps the languages chosen, the first as the usual one, each once', () => {
    const r = validateRegistration({ ...good, languages: ['ar', 'sv', 'ar'] }, rules);
    expect(r.ok && r.value.languages).toEqual(['ar', 'sv']);
  });

  it('refuses a language that is not shipped, naming the field', () => {
    expect(problems({ ...good, languages: ['xx'] })).toEqual(['languages:invalid']);
  });
});
