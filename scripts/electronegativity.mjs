// Runs electronegativity over electron/ and fails on any finding not explained in
// .electronegativity/exclusions.json, and on any file the tool could not parse.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
const exclusions = JSON.parse(readFileSync('.electronegativity/exclusions.json', 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'electronegativity-'));
const report = join(dir, 'report.sarif');

try {
  const run = spawnSync(
    'node_modules/.bin/electronegativity',
    ['-i', 'electron', '-r', '-v', 'false', '-e', electronVersion, '-o', report],
    { encoding: 'utf8', timeout: 180_000 },
  );
  const output = `${run.stdout}\n${run.stderr}`;
  const parseErrors = output.split('\n').filter((l) => l.startsWith('Error parsing'));
  let results;
  try {
    results = JSON.parse(readFileSync(report, 'utf8')).runs[0].results;
  } catch {
    console.error(output);
    console.error('electronegativity: no report was written (see its output above)');
    process.exit(1);
  }
  const kept = results.filter((r) => !(r.ruleId in exclusions));
  for (const r of kept) {
    const loc = r.locations?.[0]?.physicalLocation;
    console.error(`electron/${loc?.artifactLocation?.uri ?? '?'}:${loc?.region?.startLine ?? '?'}  ${r.ruleId}  ${r.message?.text ?? ''}`);
  }
  for (const line of parseErrors) console.error(line);
  const excluded = results.length - kept.length;
  console.log(`electronegativity (Electron ${electronVersion}): ${kept.length} findings, ${excluded} excluded with a reason, ${parseErrors.length} unparsed files`);
  process.exit(kept.length || parseErrors.length ? 1 : 0);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
