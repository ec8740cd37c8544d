// The SQLite reader thread: long reads (the figures over a whole region) run here, on their own
// read-only connection, so the bot's event loop and its one writing connection are never held up
// by them. WAL mode lets this connection read a consistent snapshot while the bot writes.
import { Worker } from 'node:worker_threads';
import type { Query, Row } from './db';

// Plain JavaScript (no TypeScript loader needed in the thread): one read transaction per batch.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const cache = new Map();
const prepared = (sql) => {
  let s = cache.get(sql);
  if (!s) { s = db.prepare(sql); cache.set(sql, s); }
  return s;
};
parentPort.on('message', ({ id, queries }) => {
  try {
    db.exec('BEGIN');
    const out = queries.map((q) => prepared(q.sql).all(...(q.params || [])));
    db.exec('COMMIT');
    parentPort.postMessage({ id, out });
  } catch (e) {
    try { db.exec('ROLLBACK'); } catch (_) {}
    parentPort.postMessage({ id, error: String((e && e.message) || e) });
  }
});
`;

interface Reply {
  id: number;
  out?: Row[][];
  error?: string;
}

export class SqliteReader {
  private worker: Worker | null = null;
  private next = 1;
  private readonly waiting = new Map<
    number,
    { resolve: (rows: Row[][]) => void; reject: (e: Error) => void }
  >();

  constructor(private readonly file: string) {}

  private started(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { file: this.file, driver: require.resolve('better-sqlite3') },
    });
    w.unref();
    w.on('message', (m: Reply) => {
      const p = this.waiting.get(m.id);
      if (!p) return;
      this.waiting.delete(m.id);
      if (this.waiting.size === 0) w.unref();
      if (m.error !== undefined) p.reject(new Error(m.error));
      else p.resolve(m.out ?? []);
    });
    w.on('error', (e) => this.failAll(e));
    w.on('exit', () => {
      this.worker = null;
      this.failAll(new Error('figures reader stopped'));
    });
    this.worker = w;
    return w;
  }

  private failAll(e: Error): void {
    for (const p of this.waiting.values()) p.reject(e);
    this.waiting.clear();
  }

  batch(queries: Query[]): Promise<Row[][]> {
    const w = this.started();
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      w.ref(); // a pending read keeps the process alive (the report CLI waits on nothing else)
      w.postMessage({ id, queries });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}
