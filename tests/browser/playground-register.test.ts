// A card flow with Action.Execute in the Microsoft 365 Agents Playground, driven as a person would in
// headless Chromium: the administrator (the playground's default user, Alex Wilber, admin through
// ADMIN_AAD_IDS) types "roller" and gives themself the caseworker role on the roles card, then types
// "ny deltagare", fills the registration card, gets a bad birth year back as an error on the card,
// corrects it, saves, and sees the participant's code; "mina deltagare" then lists exactly that one.
//
// How the playground's card renderer (Fluent UI v9) is driven, without sleeps:
// - Input.ChoiceSet (compact): a combobox named by its label; its options are role "option".
// - Input.ChoiceSet with isMultiSelect: the same combobox, but its options are role "menuitemcheckbox"
//   and the menu stays open until Escape.
// - Input.Date: a DatePicker with text input. Clicking it opens the calendar, which swallows the first
//   typed key; `fill` with YYYY-MM-DD and then blur is reliable (Enter reopens the calendar).
// - Input.Number: a SpinButton; `fill` works. It clamps a value outside the card's min/max on blur,
//   which is why the birth year input has no min/max (tests/protocol/registration-birthyear.test.ts).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PLAYGROUND_USER,
  screenshotPath,
  startPlaygroundWithBot,
  type Playground,
} from './support/playground';

describe('Agents Playground: a caseworker registers a participant on the card', () => {
  let pg: Playground;

  beforeAll(async () => {
    pg = await startPlaygroundWithBot({ env: { ADMIN_AAD_IDS: PLAYGROUND_USER.aadObjectId } });
  });
  afterAll(async () => {
    await pg?.close();
  });

  it('grants the caseworker role on the roles card, registers through the card (error first) and lists the one participant', async () => {
    const { page, tb } = pg;
    const me = PLAYGROUND_USER.aadObjectId;
    /** The last card in the chat whose text contains `text`. */
    const cardWith = (text: string) =>
      page.locator('.ac-adaptiveCard').filter({ hasText: text }).last();
    const pick = async (card: Locator, label: string, option: string) => {
      await card.getByRole('combobox', { name: label }).click();
      await page.getByRole('option', { name: option, exact: true }).click();
    };
    const pickMany = async (card: Locator, label: string, options: string[]) => {
      await card.getByRole('combobox', { name: label }).click();
      for (const o of options)
        await page.getByRole('menuitemcheckbox', { name: o, exact: true }).click();
      await page.keyboard.press('Escape');
    };
    const date = async (card: Locator, label: string, iso: string) => {
      const input = card.getByRole('combobox', { name: label });
      await input.fill(iso);
      await input.blur();
    };

    await pg.open();

    // Roles: the playground user is admin through ADMIN_AAD_IDS and gives themself the caseworker role.
    await pg.say('roller');
    const roles = cardWith('Ge rollen');
    await pg.see(roles, 'playground-roles');
    await pick(roles, 'Användare', PLAYGROUND_USER.name);
    await pick(roles, 'Roll', 'handläggare');
    await roles.getByRole('button', { name: 'Ge rollen' }).click();
    await pg.see(
      roles.getByText(`${PLAYGROUND_USER.name} har nu rollen handläggare.`),
      'playground-roles',
    );
    expect(await tb.store.users.roles(me)).toContain('caseworker');

    // Registration: everything the card requires, with a birth year out of range.
    await pg.say('ny deltagare');
    const form = cardWith('Ny deltagare');
    await pg.see(form.getByRole('button', { name: 'Registrera' }), 'playground-registration');
    await pick(form, 'Kön', 'Kvinna');
    await form.getByRole('spinbutton', { name: 'Födelseår' }).fill('1850');
    await date(form, 'Startdatum', '2026-11-02');
    await pickMany(form, 'Förvaltningar som är med', [
      'Vuxenutbildningen (SFI)',
      'Arbetsmarknadsenheten',
    ]);
    await pick(form, 'Huvudsaklig försörjning vid start', 'Etableringsersättning');
    await pick(form, 'SFI-spår', '2');
    await pick(form, 'SFI-kurs', 'B');
    await date(form, 'Samtycke givet', '2026-11-02');
    await pickMany(form, 'Samtycket gäller förvaltningarna', [
      'Vuxenutbildningen (SFI)',
      'Arbetsmarknadsenheten',
    ]);
    await date(form, 'Samtycket gäller till och med', '2027-11-01');
    // What was typed is still there after the other fields took focus (no client-side clamping).
    expect(await form.getByRole('spinbutton', { name: 'Födelseår' }).inputValue()).toBe('1850');
    await form.getByRole('button', { name: 'Registrera' }).click();

    // The bot answers on the same card: the problem named, what was typed kept, nothing saved.
    await pg.see(
      form.getByText('Födelseår: ange ett år mellan 1900 och 2011.'),
      'playground-registration',
    );
    await expect(
      form.getByText('Något av det du fyllt i behöver rättas:').isVisible(),
    ).resolves.toBe(true);
    await expect(form.getByRole('combobox', { name: 'Kön' }).inputValue()).resolves.toBe('Kvinna');
    await expect(form.getByRole('combobox', { name: 'Startdatum' }).inputValue()).resolves.toBe(
      '2 november 2026',
    );
    expect(await tb.store.participants.all()).toHaveLength(0);
    const errors = screenshotPath('playground-registration-errors.png');
    mkdirSync(dirname(errors), { recursive: true });
    await form.getByText('Födelseår: ange ett år mellan 1900 och 2011.').scrollIntoViewIfNeeded();
    await page.screenshot({ path: errors });

    // Corrected on the same card and saved: the confirmation card replaces it, with the code.
    await form.getByRole('spinbutton', { name: 'Födelseår' }).fill('1985');
    await form.getByRole('button', { name: 'Registrera' }).click();
    const done = cardWith('Registrerad: D-');
    await pg.see(done, 'playground-registration');
    const code = /Registrerad: (D-[2-9A-Z]{4})/.exec(await done.innerText())?.[1];
    expect(code).toBeDefined();
    await expect(done.getByText(`Deltagaren har fått koden ${code}`).isVisible()).resolves.toBe(
      true,
    );

    // Exactly one participant, as filled in on the card (dates as picked, both departments).
    const all = await tb.store.participants.all();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      code,
      ownerId: me,
      gender: 'kvinna',
      birthYear: 1985,
      startDate: '2026-11-02',
      sfiTrack: 2,
      sfiCourse: 'B',
      supportAtStart: 'etablering',
    });
    expect([...all[0]!.departments].sort()).toEqual(['ame', 'vux']);
    expect(await tb.store.consents.latest(all[0]!.id)).toMatchObject({
      givenOn: '2026-11-02',
      validUntil: '2027-11-01',
    });

    // "mina deltagare" in the chat lists that participant.
    await pg.say('mina deltagare');
    const list = page
      .locator('.ac-adaptiveCard')
      .filter({ hasText: 'Mina deltagare', hasNotText: 'Registrerad' })
      .last();
    await pg.see(list.getByText(code!, { exact: true }), 'playground-registration');
    // The bot answered through the playground's connector, not the test stub.
    expect(tb.connector.sent).toHaveLength(0);

    // The picture: the confirmation card at the top, the list under it.
    await done.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('playground-registration.png') });
  });
});
