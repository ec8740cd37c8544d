// The card-action round trip over real HTTP, many simulated caseworkers at once: each says
// "ny deltagare" (the registration card comes back through the connector), then clicks Save on the
// filled-in form with a bad birth year (Action.Execute; the card comes back with that error,
// nothing is saved). Measured next to a bare teams-ai Application in the same run on the same
// machine, answering twice: with a one-line card, and with the two cards Samsyn answers with (so
// the ratio to it is Samsyn's own work, not the size of its form). Loopback only, bounded loops.
// BENCH_USERS (default 50,200: each a run of its own), BENCH_ROUNDS (default 20) and BENCH_PASSES
// (default 11) change the load; ratios are taken within each pass, and their medians printed. First
// Samsyn's memory idle and after each 2,000 of 10,000 round trips (after a GC).
import os from 'node:os';
import v8 from 'node:v8';
import vm from 'node:vm';
import { performance } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import { CardFactory, ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import restify from 'restify';
import { z } from 'zod';
import { card, execute } from '../cards/core';
import { activity, personalConv, TestBot, type TestUser } from '../tests/support/bot';
import { ConnectorStub, keepIdleConnections } from '../tests/support/connector';
import { numberList } from './env';
import { median, quantile } from './stats';

const Env = z.object({
  BENCH_USERS: numberList('50,200', 1, 500),
  BENCH_ROUNDS: z.coerce.number().int().min(1).max(200).default(20),
  BENCH_PASSES: z.coerce.number().int().min(1).max(31).default(11),
});

interface Target {
  name: string;
  url: string;
  connector: ConnectorStub;
  /** Prepares a user (e.g. grants a role) before the run. */
  setup(user: TestUser): Promise<void>;
  close(): Promise<void>;
}

/** Posts an activity; returns the answer's body as text. */
async function post(url: string, body: unknown): Promise<string> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const txt = await res.text();
  if (res.status >= 300) throw new Error(`HTTP ${res.status}: ${txt.slice(0, 200)}`);
  return txt;
}

/**
 * The start of teams-ai's answer to an Action.Execute with a card (its invoke response: statusCode,
 * type, then the card as value), for the bot under test and the echo alike.
 */
const CARD_ANSWER = '{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{';

/**
 * What a caseworker sends with Save (Teams sends every input of the card): the form filled in, as
 * the bench's caseworkers always do, one value wrong, so the card comes back with that one error.
 * The dates are before the test clock's day (2026-11-23).
 */
const FILLED_IN = {
  name: '',
  protectedIdentity: 'false',
  gender: 'kvinna',
  startDate: '2026-11-16',
  departments: 'vux,ame',
  languages: 'ar',
  supportAtStart: 'etablering',
  sfiTrack: '1',
  sfiCourse: 'A',
  consentGivenOn: '2026-11-16',
  consentDepartments: '',
  consentValidUntil: '2027-11-15',
};

/**
 * A message that answers with a card, then an Action.Execute on that card. Returns the two cards
 * when asked (`read`); else the answer is only checked to be a card, by how it begins: reading the
 * card is Teams' work, on its own machines, and here it would run on the bot's CPU (parsing the
 * 6 KB answer and collecting it cost about 2 % of a round trip of Samsyn's or its echo's cards,
 * and nothing of the one-line echo's).
 */
async function exchange(
  t: Pick<Target, 'name' | 'url' | 'connector'>,
  user: TestUser,
  read = false,
): Promise<Cards | undefined> {
  const conv = personalConv(user);
  await post(
    t.url,
    activity({ type: 'message', text: 'ny deltagare' }, user, conv, t.connector.url),
  );
  // Taken out of the stub: Teams keeps no card in the bot's memory, so neither does the stub here.
  const sent = t.connector.take(conv.conversation.id);
  const card = sent.flatMap((s) => (s.activity.attachments ?? []).map((a: any) => a.content))[0];
  if (!card) throw new Error(`${t.name}: no card came back`);
  // The button is one of the card's own actions: looked up there, not by walking the card (the
  // client here stands in for Teams, whose work is on another machine, not on the bot's CPU).
  const action = (card.actions ?? []).find((a: any) => a.verb === 'registration.save');
  if (!action) throw new Error(`${t.name}: no Save on the card`);
  const data = { ...(action.data as Record<string, unknown>), ...FILLED_IN, birthYear: '1850' };
  const answer = await post(
    t.url,
    activity(
      {
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: {
          action: { type: 'Action.Execute', verb: 'registration.save', data },
          trigger: 'manual',
        },
      },
      user,
      conv,
      t.connector.url,
    ),
  );
  if (!answer.startsWith(CARD_ANSWER))
    throw new Error(`${t.name}: the invoke did not answer with a card`);
  return read ? { form: card, refused: JSON.parse(answer).value } : undefined;
}

/** One round trip (exchange), timed. */
export async function roundTrip(
  t: Pick<Target, 'name' | 'url' | 'connector'>,
  user: TestUser,
): Promise<number> {
  const start = performance.now();
  await exchange(t, user);
  return performance.now() - start;
}

/**
 * How long every server of the bench keeps an idle connection (Node's default is 5 s). With 5 s a
 * target idle while the others ran, and connections of the pool left idle within a long slice, were
 * closed (the client's `fetch` closes them a second before the server's hint), and reopened in the
 * middle of a timed slice: in one busy process Node accepts about one connection per turn of the
 * loop, so a slice that opened 49 (counted with the kernel's ActiveOpens) had round trips of ~1 s
 * and a p50 ×1.5 its neighbours', in any of the three targets. Now longer than a load's run (the
 * client keeps an idle connection 10 min at most): no slice opens a connection.
 */
const KEEP_ALIVE_MS = 15 * 60_000;

async function samsyn(): Promise<Target> {
  const tb = await TestBot.start();
  keepIdleConnections(tb.bot.server.server, KEEP_ALIVE_MS);
  tb.connector.keepAlive(KEEP_ALIVE_MS);
  return {
    name: 'Samsyn (registration card, Save with a bad birth year)',
    url: tb.url,
    connector: tb.connector,
    setup: (u) => tb.grant(u.id, 'caseworker'),
    close: () => tb.close(),
  };
}

/** The cards Samsyn answers with in a round trip: the registration card, and the same with the error. */
interface Cards {
  form: ReturnType<typeof card>;
  refused: ReturnType<typeof card>;
}

/**
 * The cards of a measured round trip on Samsyn: those of a user's second exchange, as every round
 * after the first answers (the draft is resumed with the errors of the last Save).
 */
async function samsynCards(): Promise<Cards> {
  const tb = await TestBot.start();
  try {
    const user = { id: 'bench-cards', name: 'Bench' };
    await tb.grant(user.id, 'caseworker');
    const t = { name: 'Samsyn', url: tb.url, connector: tb.connector };
    await exchange(t, user);
    return (await exchange(t, user, true))!;
  } finally {
    await tb.close();
  }
}

/**
 * The floor: teams-ai Application, same adapter and server, a handler that only answers with a
 * card: a one-line card, or (`cards`) the very cards Samsyn answers with, so that what is left over
 * is Samsyn's own work rather than the size of its form.
 */
async function echo(cards?: Cards): Promise<Target> {
  const connector = (await new ConnectorStub().start()).keepAlive(KEEP_ALIVE_MS);
  const auth = {
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    MicrosoftAppType: 'MultiTenant',
    MicrosoftAppTenantId: '',
  };
  const adapter = new TeamsAdapter(auth, new ConfigurationServiceClientCredentialFactory(auth));
  const app = new Application<TurnState>({
    adapter,
    botAppId: '',
    startTypingTimer: false,
    longRunningMessages: false,
  });
  const echoCard = (text: string) =>
    card([{ type: 'TextBlock', text }], [execute('Save', { verb: 'registration.save' })]);
  app.message(/.*/, async (ctx) => {
    await ctx.sendActivity({
      attachments: [CardFactory.adaptiveCard(cards?.form ?? echoCard(ctx.activity.text ?? ''))],
    });
  });
  app.adaptiveCards.actionExecute(/.*/, async () => cards?.refused ?? echoCard('saved'));
  const server = restify.createServer({ name: 'echo' });
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => app.run(context).then(() => undefined));
  });
  keepIdleConnections(server.server, KEEP_ALIVE_MS);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    name: cards ? "bare teams-ai echo of Samsyn's two cards" : 'bare teams-ai Application echo',
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`,
    connector,
    setup: async () => undefined,
    close: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      await connector.stop();
    },
  };
}

interface Figures {
  p50: number;
  p99: number;
  perSecond: number;
  count: number;
}

/** At most this many warm-up rounds by every user (two or three open every connection). */
const WARM_UP_ROUNDS = 6;

/** The bench's simulated caseworkers, each set up on the target and warmed up (untimed). */
async function prepare(t: Target, users: number): Promise<TestUser[]> {
  const people: TestUser[] = Array.from({ length: users }, (_, i) => ({
    id: `bench-user-${i}`,
    name: `Bench ${i}`,
  }));
  for (const p of people) await t.setup(p);
  // Warm-up, untimed: JIT and prepared statements, then rounds by every user at once until a round
  // opens no new connection to the stub, so each user has its draft started (every timed round
  // resumes a draft, as the echo's cards are those of a resumed one) and every connection is open,
  // the client's to the bot and the bot's to the stub. In one busy process Node accepts about one
  // new connection per turn of the event loop, so 200 users' first concurrent sends waited 1–4 s
  // for theirs: that was every target's p99 at 200 users, and none of the bot's work.
  for (const p of people.slice(0, 5)) await roundTrip(t, p);
  await reconnect(t, people);
  return people;
}

/**
 * Untimed rounds by every user at once until a round opens no new connection to the stub: before
 * each timed slice too, should a connection have closed while the target was idle (KEEP_ALIVE_MS).
 */
async function reconnect(t: Target, people: TestUser[]): Promise<void> {
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    const before = t.connector.connections;
    await Promise.all(people.map((p) => roundTrip(t, p)));
    if (t.connector.connections === before) break;
  }
  t.connector.clear();
}

/** Every user's `rounds` round trips, each user's one after another, all users at once. */
async function timed(t: Target, people: TestUser[], rounds: number): Promise<Figures> {
  await reconnect(t, people);
  collect(); // each slice starts on a clean heap, not with another target's garbage to collect
  const times: number[] = [];
  const start = performance.now();
  await Promise.all(
    people.map(async (p) => {
      for (let r = 0; r < rounds; r++) times.push(await roundTrip(t, p));
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  t.connector.clear(); // the stub keeps every activity it was sent: not the bot's memory
  times.sort((a, b) => a - b);
  return {
    p50: quantile(times, 0.5),
    p99: quantile(times, 0.99),
    perSecond: times.length / seconds,
    count: times.length,
  };
}

async function measure(t: Target, users: number, rounds: number): Promise<Figures> {
  return timed(t, await prepare(t, users), rounds);
}

/**
 * The three targets are started and warmed up once, then measured in turn, one slice of `rounds`
 * rounds each, for `passes` passes; each pass begins with another target, and each slice with a
 * full GC. A ratio is taken within each pass (its three slices are a few seconds apart, so the
 * machine's drift over the minutes of a run mostly cancels), and its median over the passes is
 * printed with the lowest and highest. The figures printed for each target are its medians over the
 * passes. (Until 2026-12-01 the bench printed each target's best pass by throughput and the ratios
 * of those: the luckiest pass of each, taken independently, so one fast pass of the echo moved a
 * ratio by 0.1. Later the same day each pass started each target anew, so a pass was a minute long
 * at 200 users and the machine's speed drifted within it.)
 */
async function compare(users: number, rounds: number, passes: number): Promise<void> {
  console.log(
    `card-action round trip (message → card → Action.Execute → card), ${users} concurrent users × ${rounds} rounds, loopback HTTP`,
  );
  console.log(
    `  machine: ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; ${passes} alternating passes, medians`,
  );
  const cards = await samsynCards();
  const targets: Target[] = [];
  const seen: Figures[][] = [];
  try {
    for (const make of [() => echo(), () => echo(cards), samsyn]) targets.push(await make());
    const people: TestUser[][] = [];
    for (const t of targets) people.push(await prepare(t, users));
    for (let pass = 0; pass < passes; pass++) {
      const row: Figures[] = [];
      // None always runs while the garbage of the same other one (its cards) is collected.
      for (let k = 0; k < targets.length; k++) {
        const i = (pass + k) % targets.length;
        row[i] = await timed(targets[i], people[i], rounds);
      }
      seen.push(row);
    }
  } finally {
    for (const t of targets) await t.close();
  }
  const of = (i: number, k: keyof Figures) => seen.map((row) => row[i][k]);
  targets.forEach(({ name }, i) => {
    const { count } = seen[0][i];
    const [p50, p99, perSecond] = (['p50', 'p99', 'perSecond'] as const).map((k) =>
      median(of(i, k)),
    );
    console.log(
      `  ${name.padEnd(56)} p50 ${p50.toFixed(1).padStart(7)} ms   p99 ${p99.toFixed(1).padStart(7)} ms   ${perSecond.toFixed(0).padStart(6)} round trips/s   (n=${count} × ${passes})`,
    );
  });
  const ours = targets.length - 1;
  const ratio = (label: string, base: number) => {
    const within = (k: keyof Figures) => {
      const rs = seen.map((row) => row[ours][k] / row[base][k]);
      return `×${median(rs).toFixed(2)} (×${Math.min(...rs).toFixed(2)}–${Math.max(...rs).toFixed(2)})`;
    };
    console.log(
      `  ratio Samsyn / ${label}: p50 ${within('p50')}, p99 ${within('p99')}, throughput ${within('perSecond')}`,
    );
  };
  ratio('echo of a one-line card', 0);
  ratio("echo of Samsyn's cards", 1);
}

/** A full garbage collection, so RSS shows what is kept, not what is waiting to be collected. */
function collect(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

/**
 * Samsyn's memory idle (after warm-up) and after each 2,000 of 10,000 more round trips by 50 users,
 * after a full GC: the heap in use is what the bot keeps; RSS also holds the heap V8 reserved for
 * the load's garbage, which it keeps once grown (a plateau, not growth).
 */
async function growth(): Promise<void> {
  const t = await samsyn();
  const mb = (n: number) => (n / 2 ** 20).toFixed(0);
  const now = () => {
    t.connector.clear(); // the stub keeps every activity it was sent: not the bot's memory
    collect();
    const m = process.memoryUsage();
    return `RSS ${mb(m.rss)} MB, heap used ${mb(m.heapUsed)} MB`;
  };
  try {
    await measure(t, 50, 2);
    const seen = [`idle ${now()}`];
    for (let k = 1; k <= 5; k++) {
      await measure(t, 50, 40);
      seen.push(`after ${(k * 2000).toLocaleString('en')}: ${now()}`);
    }
    console.log(`  Samsyn memory (after a full GC): ${seen.join('; ')}`);
  } finally {
    await t.close();
  }
}

export async function run(): Promise<void> {
  const { BENCH_USERS, BENCH_ROUNDS: rounds, BENCH_PASSES: passes } = Env.parse(process.env);
  await growth(); // first, in a fresh process: idle is the bot's own memory
  for (const users of BENCH_USERS) await compare(users, rounds, passes);
}

if (require.main === module) {
  run().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
