import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO } from '../support/temp-model';
import { replayHint, runFuzz } from './fuzz-run';

/**
 * `npm run fuzz -- --minutes N [--seed S]`: a longer run than the one in `npm test`, with a fresh
 * seed unless one is given; `--iterations K` replays a printed failure. The document that
 * failed is kept in test/fuzz/regressions/, which `npm test` replays.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { minutes: { type: 'string' }, seed: { type: 'string' }, iterations: { type: 'string' } } });
  const seed = values.seed !== undefined ? Number(values.seed) : Math.floor(Math.random() * 2 ** 31);
  const iterations = values.iterations !== undefined ? Number(values.iterations) : undefined;
  const ms = iterations === undefined ? Number(values.minutes ?? 5) * 60_000 : undefined;
  console.log(`fuzz seed ${seed}, ${iterations !== undefined ? `${iterations} mutations` : `${ms! / 60_000} min`}`);
  const result = await runFuzz({ seed, iterations, ms });
  console.log(
    `${result.iterations} mutations, ${result.stats.requests} requests, slowest ${result.stats.slowest} ${result.stats.slowestMs} ms`,
  );
  if (!result.failure) return;
  console.error(replayHint(result));
  const file = path.join(REPO, 'test/fuzz/regressions', `seed-${seed}-${result.failure.iteration}.ppb.yaml`);
  writeFileSync(file, result.failure.text);
  console.error(`kept as a regression case: ${path.relative(REPO, file)}`);
  process.exitCode = 1;
}

void main();
