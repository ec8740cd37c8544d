// `npm run playground`: the Microsoft 365 Agents Playground (a devDependency) against the bot running
// locally (`npm start`, anonymous mode: BOT_ID empty). Offline: no sign-in, no tunnel, telemetry off.
// It serves a Teams-like chat at http://localhost:<PLAYGROUND_PORT> (default 56150) and relays to
// http://localhost:<PORT>/api/messages, as a user whose Teams is in Swedish (PLAYGROUND_LOCALE). The browser test (tests/browser/playground.test.ts) starts it the same way.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import {
  fullName,
  PLAYGROUND_USERS,
  playgroundConfigYaml,
  playgroundUser,
} from './playground-config';

export const PLAYGROUND_CLI = join(
  dirname(require.resolve('@microsoft/m365agentsplayground/package.json')),
  'cli.js',
);

export const PlaygroundEnv = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3978),
  PLAYGROUND_PORT: z.coerce.number().int().min(0).max(65535).default(56150),
  /** "none" keeps the playground from opening a browser window. */
  PLAYGROUND_BROWSER: z.string().optional(),
  /** The chat user's Teams language: sv-SE (default) or en-US; "off" leaves the playground's own en-US. */
  /** Who chats in the playground: one of scripts/playground-config.ts PLAYGROUND_USERS (default frida). */
  PLAYGROUND_USER: z
    .string()
    .refine((a) => !!playgroundUser(a), {
      message: `must be one of ${PLAYGROUND_USERS.map((u) => u.alias).join(', ')}`,
    })
    .default('frida'),
  PLAYGROUND_LOCALE: z
    .string()
    .regex(/^([a-z]{2}-[A-Z]{2}|off)$/, 'must be a language tag like sv-SE or en-US, or off')
    .default('sv-SE'),
});

export interface PlaygroundOptions {
  /** The bot's messaging endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  endpoint: string;
  /** 0 lets the playground pick a free port (it falls back to a random one when the port is taken). */
  port: number;
  openBrowser: boolean;
  logFile: string;
  cwd?: string;
  stdio?: 'inherit' | 'pipe';
  /**
   * The user's Teams language, e.g. "sv-SE". The playground always sends "en-US"; with a locale set,
   * a small loopback relay between playground and bot puts this locale on every activity instead,
   * as a Teams client set to that language would.
   */
  locale?: string;
  /** A `.m365agentsplayground.yml` to use (M365_AGENTS_PLAYGROUND_CONFIG_PATH); default: the one in cwd, if any. */
  configPath?: string;
}

/** A loopback relay that sets the activity locale and forwards to the bot unchanged otherwise. */
async function startLocaleRelay(
  endpoint: string,
  locale: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        let body = Buffer.concat(chunks).toString('utf8');
        try {
          const activity = JSON.parse(body) as {
            locale?: string;
            entities?: { type?: string; locale?: string }[];
          };
          activity.locale = locale;
          for (const e of activity.entities ?? []) if (e.type === 'clientInfo') e.locale = locale;
          body = JSON.stringify(activity);
        } catch {
          /* not JSON: forward as it came */
        }
        const headers: Record<string, string> = {
          'content-type': String(req.headers['content-type'] ?? 'application/json'),
        };
        if (req.headers.authorization) headers.authorization = String(req.headers.authorization);
        try {
          const answer = await fetch(endpoint, {
            method: req.method,
            headers,
            body: req.method === 'GET' ? undefined : body,
          });
          res.writeHead(answer.status, {
            'content-type': answer.headers.get('content-type') ?? 'application/json',
          });
          res.end(Buffer.from(await answer.arrayBuffer()));
        } catch {
          res.writeHead(502);
          res.end();
        }
      })();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export function playgroundArgs(o: Pick<PlaygroundOptions, 'endpoint' | 'port'>): string[] {
  return [
    'start',
    '--app-endpoint',
    o.endpoint,
    '--channel-id',
    'msteams',
    '--port',
    String(o.port),
    '--disable-telemetry',
  ];
}

export interface RunningPlayground {
  child: ChildProcess;
  /** Resolves with the port once the playground says "Listening on <port>". */
  ready: Promise<number>;
  stop(): Promise<void>;
}

/** Starts the playground CLI in anonymous mode (no --client-id/--client-secret). */
export async function startPlayground(o: PlaygroundOptions): Promise<RunningPlayground> {
  mkdirSync(dirname(o.logFile), { recursive: true });
  const relay = o.locale ? await startLocaleRelay(o.endpoint, o.locale) : null;
  const endpoint = relay?.url ?? o.endpoint;
  const child = spawn(
    process.execPath,
    [PLAYGROUND_CLI, ...playgroundArgs({ endpoint, port: o.port })],
    {
      cwd: o.cwd ?? process.cwd(),
      env: {
        ...process.env,
        BOT_ENDPOINT: endpoint,
        M365_AGENTS_PLAYGROUND_LOGFILE: o.logFile,
        ...(o.configPath ? { M365_AGENTS_PLAYGROUND_CONFIG_PATH: o.configPath } : {}),
        ...(o.openBrowser ? {} : { TEAMSAPPTESTER_BROWSER: 'none' }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  const ready = new Promise<number>((resolve, reject) => {
    const onData = (d: Buffer) => {
      if (o.stdio === 'inherit') process.stdout.write(d);
      out += d.toString();
      const m = /Listening on (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => {
      if (o.stdio === 'inherit') process.stderr.write(d);
      out += d.toString();
    });
    child.on('exit', (code) =>
      reject(new Error(`the playground exited (${code}) before listening:\n${out.slice(-2000)}`)),
    );
  });
  ready.catch(() => undefined);
  return {
    child,
    ready,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((r) => child.once('exit', () => r()));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
        await exited;
        clearTimeout(timer);
      }
      await relay?.close();
    },
  };
}

async function main(): Promise<void> {
  const parsed = PlaygroundEnv.safeParse(process.env);
  if (!parsed.success) {
    console.error(
      `Cannot start the playground:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
    process.exit(2);
  }
  const env = parsed.data;
  const endpoint = `http://localhost:${env.PORT}/api/messages`;
  const bot = await fetch(`http://localhost:${env.PORT}/healthz`).then(
    (r) => r.ok,
    () => false,
  );
  if (!bot)
    console.warn(
      `No bot answers on ${endpoint} yet: start it with \`npm start\` (BOT_ID empty) in another terminal.`,
    );
  // The shipped team, channel and people, with PLAYGROUND_USER as the one chatting.
  const configPath = join(process.cwd(), 'data', 'playground', '.m365agentsplayground.yml');
  mkdirSync(dirname(configPath), { recursive: true });
  writeFileSync(configPath, playgroundConfigYaml(env.PLAYGROUND_USER));
  console.log(`Playground user: ${fullName(playgroundUser(env.PLAYGROUND_USER)!)}`);
  const pg = await startPlayground({
    configPath,
    endpoint,
    port: env.PLAYGROUND_PORT,
    openBrowser: env.PLAYGROUND_BROWSER !== 'none',
    logFile: join(process.cwd(), 'data', 'playground.log'),
    stdio: 'inherit',
    locale: env.PLAYGROUND_LOCALE === 'off' ? undefined : env.PLAYGROUND_LOCALE,
  });
  const port = await pg.ready;
  console.log(`Agents Playground: http://localhost:${port} → ${endpoint}`);
  const stop = () => {
    void pg.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
