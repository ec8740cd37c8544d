// The case forum in the Microsoft 365 Agents Playground with the shipped configuration
// (scripts/playground-config.ts: a team with the channel Ärendeforum, users whose id is their AAD
// object id), driven as a person would in headless Chromium: Frida (administrator through
// ADMIN_AAD_IDS) gives herself the forum and caseworker roles, sets up the forum in the channel,
// starts a meeting, adds her participant, opens the case card, records a decision with herself as
// the one responsible, closes the meeting (confirming), sees the minutes, and finds the notice of the
// action in her personal chat. The cards are driven as in playground-register.test.ts.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playgroundConfigYaml, playgroundUser } from '../../scripts/playground-config';
import { participantWith } from '../support/factories';
import { ARTIFACTS, startPlaygroundWithBot, type Playground } from './support/playground';

const FRIDA = playgroundUser('frida')!;

describe('Agents Playground: the case forum in a team channel', () => {
  let pg: Playground;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samsyn-pgconf-'));
    const configPath = join(dir, '.m365agentsplayground.yml');
    writeFileSync(configPath, playgroundConfigYaml('frida'));
    pg = await startPlaygroundWithBot({
      configPath,
      env: { ADMIN_AAD_IDS: FRIDA.aadObjectId },
      viewport: { width: 1280, height: 1000 },
    });
  });
  afterAll(async () => {
    await pg?.close();
  });

  it('sets up the forum, holds a meeting with a decision, closes it, and the owner is told', async () => {
    const { page, tb } = pg;
    const cardWith = (text: string) =>
      page.locator('.ac-adaptiveCard').filter({ hasText: text }).last();
    const pick = async (card: Locator, label: string, option: string) => {
      await card.getByRole('combobox', { name: label }).click();
      await page
        .getByRole('option', { name: option, exact: true })
        .click({ timeout: 10_000 })
        .catch(async (err) => {
          await shot(`playground-forum-pick-failure.png`);
          throw err;
        });
    };
    const shot = async (name: string) => {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, name), fullPage: true });
    };

    await pg.open();
    // Roles, in personal chat: Frida is administrator and gives herself the two roles.
    await pg.say('roller');
    for (const role of ['ärendeforumsmedlem', 'handläggare']) {
      const roles = cardWith('Ge rollen');
      await pg.see(roles, 'pg-forum-roles');
      // The answer card keeps the user chosen, so she is picked once.
      if (role === 'ärendeforumsmedlem') await pick(roles, 'Användare', 'Frida Forum');
      await pick(roles, 'Roll', role);
      await roles.getByRole('button', { name: 'Ge rollen' }).click();
      await pg.see(roles.getByText(`Frida Forum har nu rollen ${role}.`), 'pg-forum-roles');
    }
    const p = await participantWith(tb.store, FRIDA.aadObjectId);

    // The channel: set up the forum.
    await page.getByText('Ärendeforum', { exact: true }).first().click();
    // A new post that @mentions the bot (in a channel Teams, and the playground, deliver only those).
    const post = async (text: string) => {
      const box = page.locator('[data-lexical-editor="true"]').first();
      await box.click();
      await page.keyboard.type('@Sams');
      // The playground's mention picker: the bot is a menu item.
      await page
        .getByRole('menuitem', { name: /Samsyn/ })
        .first()
        .click({ timeout: 10_000 });
      await page.keyboard.type(` ${text}`);
      await page.getByRole('button', { name: 'Post', exact: true }).click();
    };
    await post('ärendeforum');
    const setup = cardWith('Gör kanalen till ett ärendeforum');
    await pg.see(setup, 'pg-forum-setup');
    // An expanded multi-select: checkboxes.
    for (const d of ['Vuxenutbildningen (SFI)', 'Arbetsmarknadsenheten'])
      await setup.locator(`input[type="checkbox"][aria-label="${d}"]`).check();
    await setup.getByRole('button', { name: 'Skapa ärendeforum' }).click();
    const forum = cardWith('Kanalen är nu ett ärendeforum');
    await pg.see(forum, 'pg-forum-created');

    // A meeting today (the card suggests today's date).
    await forum.getByRole('button', { name: 'Starta möte' }).click();
    await pg.see(page.getByText(/Mötet \d{4}-\d{2}-\d{2} är startat/).first(), 'pg-forum-started');
    const shell = cardWith('Dagordningen visas för var och en');
    await pg.see(shell, 'pg-forum-agenda-shell');
    await shell.getByRole('button', { name: 'Visa dagordningen' }).click();
    const agenda = cardWith('Lägg till en av mina deltagare');
    await pg.see(agenda, 'pg-forum-agenda');
    await pick(agenda, 'Lägg till en av mina deltagare', p.code);
    await agenda.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await pg.see(cardWith(`${p.code} är tillagd på dagordningen`), 'pg-forum-added');

    // The case card: posted by code, each member's own view on Show.
    await cardWith(`${p.code} är tillagd`)
      .getByRole('button', { name: `Öppna ${p.code}` })
      .click();
    const caseShell = cardWith('Ärendekortet visas för var och en');
    await pg.see(caseShell, 'pg-forum-case-shell');
    await caseShell.getByRole('button', { name: 'Visa ärendet' }).click();
    const caseCard = cardWith('Nytt beslut');
    await pg.see(caseCard, 'pg-forum-case');
    await caseCard.getByRole('textbox', { name: 'Vad ska göras' }).fill('Boka trepartssamtal');
    await pick(caseCard, 'Ansvarig förvaltning', 'Arbetsmarknadsenheten');
    await pick(caseCard, 'Vem', 'Frida Forum');
    const due = caseCard.getByRole('combobox', { name: 'Senast' });
    await due.fill('2030-01-15');
    await due.blur();
    await caseCard.getByRole('button', { name: 'Spara beslutet' }).click();
    await pg.see(cardWith('Beslutet är sparat'), 'pg-forum-decided');
    await shot('playground-forum-case.png');

    // Close the meeting: confirm first; the minutes are posted in the channel.
    const view = cardWith('Avsluta mötet');
    await view.getByRole('button', { name: 'Avsluta mötet' }).click();
    const confirm = cardWith('skickas protokollet i kanalen');
    await pg.see(confirm, 'pg-forum-confirm');
    await confirm.getByRole('button', { name: 'Ja, avsluta mötet' }).click();
    const minutes = cardWith('Protokoll – ärendeforum');
    await pg.see(minutes, 'pg-forum-minutes');
    await expect(minutes.getByText(/Boka trepartssamtal/).isVisible()).resolves.toBe(true);
    await shot('playground-forum-minutes.png');

    // The notice in Frida's personal chat.
    await page.getByText('Personal Chat', { exact: true }).first().click();
    const notice = cardWith('Du har fått en åtgärd');
    await pg.see(notice, 'pg-forum-notice');
    await expect(notice.getByText(/Boka trepartssamtal/).isVisible()).resolves.toBe(true);
    expect((await tb.store.forums.actionsFor(p.id)).map((a) => a.what)).toEqual([
      'Boka trepartssamtal',
    ]);
  });
});
