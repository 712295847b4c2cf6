// `npm run bench`: each benchmark prints its median, its reference's median (same run) and the ratio.
import { saveBench } from './save.bench';
import type { BenchResult } from './stats';

const BENCHES: (() => Promise<BenchResult>)[] = [saveBench];

let over = 0;
for (const bench of BENCHES) {
  const r = await bench();
  const ratio = r.measured / r.reference;
  if (ratio > r.target) over++;
  console.log(`\n${r.name}`);
  console.log(`  measured:  ${r.measured.toFixed(2)} ms (median)`);
  console.log(`  reference: ${r.reference.toFixed(2)} ms (median, ${r.referenceName})`);
  console.log(`  ratio:     ${ratio.toFixed(2)} (target <= ${r.target}) ${ratio <= r.target ? 'ok' : 'OVER TARGET'}`);
  for (const note of r.notes) console.log(`  ${note}`);
}
console.log(`\n${BENCHES.length - over} of ${BENCHES.length} benchmarks within target`);
process.exitCode = over ? 1 : 0;
