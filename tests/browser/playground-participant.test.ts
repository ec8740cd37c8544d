// One participant-mode session in the Microsoft 365 Agents Playground, tapped through as a
// caseworker and a participant would: `skattning <kod>`, "Låt deltagaren svara själv" in Arabic,
// one tap on a picture-scale choice per question (right to left, Swedish beneath, pictures served by
// the bot and loaded in the playground), the handover, the caseworker's compact cards, the job-search
// question, Save; the store then holds one session with the participant's and the caseworker's
// scores as tapped.
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMSYN_STANDARD, selfRated } from '../../domain/instruments';
import { participantWith } from '../support/factories';
import { PLAYGROUND_USER, startPlaygroundWithBot, type Playground } from './support/playground';

const AR = SAMSYN_STANDARD.translations!.ar!;
const SELF = selfRated(SAMSYN_STANDARD);

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

describe('Agents Playground: a participant-mode session in Arabic', () => {
  let pg: Playground;

  beforeAll(async () => {
    const port = await freePort();
    pg = await startPlaygroundWithBot({
      env: {
        ADMIN_AAD_IDS: PLAYGROUND_USER.aadObjectId,
        PORT: String(port),
        PUBLIC_URL: `http://127.0.0.1:${port}`,
      },
      viewport: { width: 900, height: 1000 },
    });
  });
  afterAll(async () => {
    await pg?.close();
  });

  it('taps through the participant cards and the compact cards to one saved session', async () => {
    const { page, tb } = pg;
    const me = PLAYGROUND_USER.aadObjectId;
    await tb.grant(me, 'caseworker');
    const p = await participantWith(tb.store, me, { languages: ['ar'] });
    const cardWith = (text: string) =>
      page.locator('.ac-adaptiveCard').filter({ hasText: text }).last();

    await pg.open();
    await pg.say(`skattning ${p.code}`);
    const first = cardWith('Låt deltagaren svara själv');
    await pg.see(first, 'playground-participant-start');
    await first.getByRole('button', { name: 'Låt deltagaren svara själv' }).click();
    await pg.see(
      first.getByRole('button', { name: 'Starta deltagarläge' }),
      'playground-participant-start',
    );
    await first.getByRole('button', { name: 'Starta deltagarläge' }).click();

    for (const [i, ind] of SELF.entries()) {
      const card = cardWith(AR.indicators[ind.id]!.question);
      await pg.see(card, 'playground-participant-question');
      if (i === 0) {
        await pg.see(
          card.getByText('Tror du att du kan få ett jobb?'),
          'playground-participant-question',
        );
        const imgs = card.locator('img');
        await expect.poll(() => imgs.count()).toBeGreaterThan(6);
        await expect
          .poll(() =>
            imgs.evaluateAll((els) => els.every((e) => (e as HTMLImageElement).naturalWidth > 0)),
          )
          .toBe(true);
        await card.screenshot({ path: 'tests/.artifacts/playground-participant-ar.png' });
      }
      await card.getByRole('button', { name: AR.scale[4] }).first().click();
    }

    const handover = cardWith('Jag är handläggaren – fortsätt');
    await pg.see(handover, 'playground-participant-handover');
    await handover.getByRole('button', { name: 'Jag är handläggaren – fortsätt' }).click();

    for (let part = 1; part <= 3; part++) {
      const card = cardWith(`Del ${part} av 3`);
      await pg.see(card, 'playground-participant-staff');
      const rows = SAMSYN_STANDARD.indicators.slice((part - 1) * 4, part * 4);
      for (let r = 0; r < rows.length; r++) {
        await cardWith(`Del ${part} av 3`)
          .getByRole('button', { name: '3', exact: true })
          .nth(r)
          .click();
        await expect
          .poll(async () => {
            const flow = (await tb.store.flows.listOpen<any>('rating', me))[0];
            return flow?.data.scores[rows[r]!.id]?.staff;
          })
          .toBe(3);
      }
      await cardWith(`Del ${part} av 3`).getByRole('button', { name: 'Vidare' }).click();
    }

    const js = cardWith('Beskriv hur du söker jobb');
    await pg.see(js, 'playground-participant-jobsearch');
    await js.getByRole('button', { name: 'Till sammanfattningen' }).click();
    const summary = cardWith('Sammanfattning');
    await pg.see(summary, 'playground-participant-summary');
    await summary.getByRole('button', { name: 'Spara skattningen' }).click();
    await pg.see(cardWith('är sparad'), 'playground-participant-saved');

    const sessions = await tb.store.ratings.sessionsFor(p.id);
    expect(sessions).toHaveLength(1);
    for (const s of sessions[0]!.scores) {
      expect(s.staff).toBe(3);
      expect(s.self).toBe(s.indicatorId === 'caseworker_belief' ? null : 4);
    }
  });
});
