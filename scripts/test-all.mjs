// `npm test`: every quality gate and suite in turn, then one line summed over all of them:
// `N passed, N failed, N skipped`. A gate (typecheck, lint, build, electronegativity) counts
// as one test; vitest and Playwright count their own tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
const bin = (name) => `node_modules/.bin/${name}`;

function run(cmd, args, env = {}) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function gate(name, cmd, args) {
  const ok = run(cmd, args) === 0;
  totals[ok ? 'passed' : 'failed']++;
  lines.push(`${name}: ${ok ? 'passed' : 'FAILED'}`);
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function suite(name, counts, status) {
  if (!counts) {
    totals.failed++;
    lines.push(`${name}: FAILED (no results: exit ${status})`);
    return;
  }
  // A runner that failed without a failing test (crash, config error) still fails the run.
  const failed = counts.failed + (status !== 0 && counts.failed === 0 ? 1 : 0);
  totals.passed += counts.passed;
  totals.failed += failed;
  totals.skipped += counts.skipped;
  lines.push(`${name}: ${counts.passed} passed, ${failed} failed, ${counts.skipped} skipped`);
}

/** Each failed Playwright test with its first line of why, each skipped one with the reason it gave, e.g. "skipped: Electron binary not available". */
function skipReasons(suites) {
  const out = [];
  for (const suite of suites ?? []) {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status === 'unexpected') {
          const error = t.results?.at(-1)?.error?.message;
          out.push(`FAILED ${spec.file}: ${spec.title}: ${firstLine(error)}`);
        }
        if (t.status !== 'skipped') continue;
        const note = t.annotations?.find((a) => a.type === 'skip')?.description ?? 'skipped without a reason';
        out.push(`${spec.title}: ${note}`);
      }
    }
    out.push(...skipReasons(suite.suites));
  }
  return out;
}

/** The first line of a failure message, without colour codes, kept short. */
function firstLine(message) {
  // eslint-disable-next-line no-control-regex
  const line = String(message ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim()) ?? '';
  return line.trim().slice(0, 300);
}

mkdirSync('test-results', { recursive: true });
gate('typecheck (node)', bin('tsc'), ['-p', 'tsconfig.node.json']);
gate('typecheck (web)', bin('tsc'), ['-p', 'tsconfig.web.json']);
gate('typecheck (tests)', bin('tsc'), ['-p', 'tsconfig.tests.json']);
gate('eslint', bin('eslint'), ['--max-warnings=0', '.']);
const built = gate('build', bin('electron-vite'), ['build']);
// After the build: electronegativity also checks the CSP of the built page.
gate('electronegativity', 'node', ['scripts/electronegativity.mjs']);

rmSync('test-results/unit.json', { force: true });
const unitStatus = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']);
const unit = readJson('test-results/unit.json');
suite(
  'unit (vitest)',
  unit && { passed: unit.numPassedTests, failed: unit.numFailedTests, skipped: unit.numPendingTests + unit.numTodoTests },
  unitStatus,
);
// Vitest's JSON keeps no skip note, so a skipped unit test's name says when it runs.
for (const file of unit?.testResults ?? []) {
  for (const t of file.assertionResults ?? []) {
    if (t.status === 'skipped' || t.status === 'pending') lines.push(`  ${t.fullName}: skipped`);
    // The summary is the tail CI keeps: a failure names itself and its first line of why here.
    if (t.status === 'failed') lines.push(`  FAILED ${file.name}: ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
  }
}

if (built) {
  rmSync('test-results/e2e.json', { force: true });
  const e2eStatus = run(bin('playwright'), ['test']);
  const e2e = readJson('test-results/e2e.json');
  suite('end-to-end (playwright)', e2e && { passed: e2e.stats.expected + e2e.stats.flaky, failed: e2e.stats.unexpected, skipped: e2e.stats.skipped }, e2eStatus);
  for (const reason of e2e ? skipReasons(e2e.suites) : []) lines.push(`  ${reason}`);
} else {
  totals.failed++;
  lines.push('end-to-end (playwright): FAILED (not run: the build failed)');
}

console.log('\n' + lines.join('\n'));
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed ? 1 : 0);
