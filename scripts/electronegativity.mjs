// `npm run electronegativity`: scans electron/ with @doyensec/electronegativity and fails on any
// finding whose check is not explained in .electronegativity/exclusions.json, and on any file
// the tool could not parse. Then checks the CSP of the built page (out/renderer/index.html),
// which a scan of the sources cannot see. See .electronegativity/README.md.
//
// The tool's JS API is used, not its CLI: with `-o` the CLI stays silent about files it failed
// to parse, and a file it cannot read must fail the gate, not vanish from the scan.
import run from '@doyensec/electronegativity';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';

const SOURCES = 'electron';
const BUILT_PAGE = 'out/renderer/index.html';

const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
const exclusions = JSON.parse(readFileSync('.electronegativity/exclusions.json', 'utf8'));

function scan(input, customScan = []) {
  return run(
    {
      input: resolve(input),
      customScan,
      excludeFromScan: [],
      isRelative: true,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  );
}

// The tool's CSP evaluator, to say which directive a "may be weak" advisory is about.
const csp = createRequire(createRequire(import.meta.url).resolve('@doyensec/electronegativity'))('@doyensec/csp-evaluator');
function cspNotes(policy) {
  const parsed = new csp.CspParser(policy).csp;
  return new csp.CspEvaluator(parsed, csp.Version.CSP3)
    .evaluate()
    .map((f) => `${f.directive} ${f.value ?? ''}: ${f.description}`);
}

const where = (base, issue) => (issue.file === 'N/A' ? `${base} (whole app)` : `${base}/${issue.file}:${issue.location.line}`);

// 1. The sources: every finding counts unless its check is excluded with a reason.
const sources = await scan(SOURCES);
const findings = [];
let excluded = 0;
const usedExclusions = new Set();
for (const issue of sources.issues) {
  if (Object.hasOwn(exclusions, issue.id)) {
    excluded++;
    usedExclusions.add(issue.id);
    continue;
  }
  findings.push(`${where(SOURCES, issue)}  ${issue.id}  ${issue.description}`);
}
// A file the tool could not parse (or parsed only in part) was not checked: that is a finding.
for (const error of sources.errors) {
  const kind = error.tolerable ? 'PARSED_IN_PART' : 'UNPARSED_FILE';
  findings.push(`${relative(process.cwd(), error.file)}  ${kind}  ${error.message}`);
}

// 2. The built page's Content-Security-Policy, with the tool's own CSP check. It must be
// present, parseable and free of certain weaknesses; "may be weak" advisories are printed for
// review (each is explained in the README) but do not fail the gate.
if (existsSync(BUILT_PAGE)) {
  const page = await scan(BUILT_PAGE, ['cspglobalcheck']);
  for (const issue of page.issues) {
    const line = `${BUILT_PAGE}:${issue.location.line}  ${issue.id}  ${issue.description}`;
    if (issue.confidence?.name === 'FIRM' && issue.manualReview) {
      console.log(`review (not counted): ${line}`);
      for (const note of cspNotes(issue.sample)) console.log(`  ${note}`);
    } else findings.push(line);
  }
  for (const error of page.errors) findings.push(`${BUILT_PAGE}  UNPARSED_FILE  ${error.message}`);
} else {
  console.log(`note: ${BUILT_PAGE} not found, so the built page's CSP was not checked (run npm run build first)`);
}

for (const id of Object.keys(exclusions)) {
  if (!usedExclusions.has(id)) console.log(`note: exclusion ${id} matched nothing; remove it if it is no longer needed`);
}
for (const line of findings) console.error(line);
console.log(`electronegativity: ${findings.length} findings, ${excluded} excluded`);
process.exit(findings.length > 0 ? 1 : 0);
