// `npm run bench`: each benchmark prints its figures and, for each comparison, its median, its
// reference's median (same run), the ratio, the spread of the ratio over rounds and the ratio's
// target. Exit code 1 when a target is missed or a round failed; the last lines name them.
import { briefingBench } from './briefing.bench';
import { canvasBench } from './canvas.bench';
import { contactsBench } from './contacts.bench';
import { encryptionBench } from './encryption.bench';
import { matrixBench } from './matrix.bench';
import { planBench } from './plan.bench';
import { reviewsBench } from './reviews.bench';
import { saveBench } from './save.bench';
import { searchBench } from './search.bench';
import { sharingBench } from './sharing.bench';
import { teamBench } from './team.bench';
import { trendsBench } from './trends.bench';
import { ratioOf, spreadOf, withinTarget, type BenchResult } from './stats';

const BENCHES: Record<string, () => Promise<BenchResult | BenchResult[]>> = {
  save: saveBench,
  canvas: canvasBench,
  search: searchBench,
  briefing: briefingBench,
  sharing: sharingBench,
  contacts: contactsBench,
  encryption: encryptionBench,
  matrix: matrixBench,
  plan: planBench,
  reviews: reviewsBench,
  trends: trendsBench,
  team: teamBench,
};
// `npm run bench -- canvas` runs only the named benchmarks.
const chosen = process.argv.slice(2);
for (const name of chosen)
  if (!(name in BENCHES)) throw new Error(`No benchmark "${name}" (there are: ${Object.keys(BENCHES).join(', ')})`);

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));

function print(r: BenchResult): void {
  console.log(`\n${r.name}`);
  if (r.ratios.length) {
    const rows = r.ratios.map((x) => {
      const ratio = ratioOf(x);
      const target = x.target === undefined ? '(figure only)' : `${x.strict ? '<' : '<='} ${x.target}`;
      const verdict = x.target === undefined ? '' : withinTarget(x) ? 'ok' : 'OVER TARGET';
      const spread = spreadOf(x);
      const spreadText = spread ? `${spread[0].toFixed(2)}–${spread[1].toFixed(2)}` : '-';
      return [
        x.label,
        `${fmt(x.measured)} ${x.unit}`,
        `${fmt(x.reference)} ${x.unit}`,
        Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a',
        spreadText,
        target,
        verdict,
        x.referenceName,
      ];
    });
    const head = ['', 'measured', 'reference', 'ratio', 'spread', 'target', '', 'reference is'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
    const line = (cells: string[]) =>
      `  ${cells.map((c, i) => (i === 0 || i >= 5 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`.trimEnd();
    console.log(line(head));
    for (const row of rows) console.log(line(row));
  }
  if (r.figures?.length) {
    const width = Math.max(...r.figures.map((f) => f.label.length));
    for (const f of r.figures) console.log(`  ${f.label.padEnd(width)}  ${f.value}`);
  }
  for (const note of r.notes) console.log(`  ${note}`);
  for (const failure of r.failures ?? []) console.log(`  FAILED: ${failure}`);
}

let targets = 0;
const missed: string[] = [];
const failed: string[] = [];
for (const [name, bench] of Object.entries(BENCHES)) {
  if (chosen.length && !chosen.includes(name)) continue;
  for (const r of [await bench()].flat()) {
    print(r);
    for (const x of r.ratios) {
      if (x.target === undefined) continue;
      targets++;
      if (!withinTarget(x))
        missed.push(`${r.name}: ${x.label} ${ratioOf(x).toFixed(2)}x (target ${x.strict ? '<' : '<='} ${x.target})`);
    }
    for (const f of r.failures ?? []) failed.push(`${r.name}: ${f}`);
  }
}
console.log(`\n${targets - missed.length} of ${targets} targets met${failed.length ? `; ${failed.length} round(s) failed` : ''}`);
for (const m of missed) console.log(`  missed: ${m}`);
for (const f of failed) console.log(`  failed: ${f}`);
process.exitCode = missed.length || failed.length ? 1 : 0;
