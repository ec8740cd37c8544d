// Found by driving the registration card in the Agents Playground (tests/browser/playground-register.test.ts):
// its Input.Number is a Fluent UI SpinButton that clamps a typed value to the card's min/max when the
// field loses focus, so a mistyped "1850" was silently sent, and saved, as 1900. The birth year input
// therefore carries no min/max: whatever was typed reaches the bot, and the range check in
// domain/registration comes back on the card, naming the range.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestBot, users, type Chat } from '../support/bot';
import { allText, inputs, walk } from '../support/cards';

const filled = {
  name: '', gender: 'man', birthYear: '1850', startDate: '2026-11-02', departments: 'ame',
  sfiTrack: 'none', sfiCourse: 'none', protectedIdentity: 'false', supportAtStart: 'okand',
  consentGivenOn: '2026-11-02', consentDepartments: 'ame', consentValidUntil: '2027-11-01',
};

describe('the birth year on the registration card', () => {
  let tb: TestBot;
  let anna: Chat;
  beforeAll(async () => {
    tb = await TestBot.start();
    await tb.grant(users.anna.id, 'caseworker');
    anna = tb.personal(users.anna);
    await anna.install();
  });
  afterAll(async () => { await tb.close(); });

  it('is an input no client can clamp: an out-of-range year reaches the bot and comes back as an error on the card', async () => {
    const form = await anna.sayOne('ny deltagare');
    const input = [...walk(form)].find((n) => n.id === 'birthYear');
    expect(input).toMatchObject({ type: 'Input.Number', isRequired: true });
    // A client that enforces min/max by clamping would turn 1850 into 1900 and save it.
    expect(input.min).toBeUndefined();
    expect(input.max).toBeUndefined();

    const back = await anna.click(form, 'registration.save', filled);
    expect(allText(back)).toContain('Födelseår: ange ett år mellan 1900 och 2011.');
    // What was typed is shown again, and still carries no bound a client could clamp it to.
    const again = [...walk(back)].find((n) => n.id === 'birthYear');
    expect(again.value).toBe(1850);
    expect(again.min).toBeUndefined();
    expect(inputs(back).startDate).toBe('2026-11-02');
    expect(await tb.store.participants.all()).toHaveLength(0);

    const done = await anna.click(back, 'registration.save', { ...filled, birthYear: '1985' });
    expect(allText(done)).toMatch(/Registrerad: D-[2-9A-Z]{4}/);
    const saved = await tb.store.participants.all();
    expect(saved.map((p) => p.birthYear)).toEqual([1985]);
  });
});
