// `npm run bench`: runs every benchmark module in turn and prints what each measures.
// A benchmark module exports `async function run()`; add yours to BENCHES.
import * as caseload from './caseload';
import * as digest from './digest';
import * as figures from './figures';
import * as jobs from './jobs';
import * as roundtrip from './roundtrip';

export const BENCHES: { name: string; run(): Promise<void> }[] = [
  { name: 'caseload', run: caseload.run },
  { name: 'digest (in memory, the pure definitions)', run: digest.run },
  { name: 'figures (store → SQL → figures)', run: figures.run },
  { name: 'scheduler tick (reminder jobs)', run: jobs.run },
  { name: 'roundtrip', run: roundtrip.run },
];

async function main(): Promise<void> {
  for (const b of BENCHES) {
    console.log(`# ${b.name}`);
    await b.run();
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
