import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { zoneOf } from '../../shared/logic/segmentation';
import type { Account } from '../../shared/model/account';
import { LANGUAGES, type Language } from '../../shared/taxonomy/keys';
import { writeDemoWorkspace } from '../services/demo-workspace';
import { inspectWorkspace, problemsOf } from '../services/store/inspect';
import type { FileCodec } from '../services/vault/file-codec';

export interface Out {
  log(line: string): void;
  error(line: string): void;
}

export class UsageError extends Error {}

const loadedAccounts = async (dir: string, codec: FileCodec): Promise<Account[]> =>
  (await inspectWorkspace(dir, codec)).accounts.flatMap((a) => (a.result.ok ? [a.result.value] : []));

/** `bidmap list`: the accounts of a workspace (read-only). */
export async function list(dir: string, codec: FileCodec, json: boolean, out: Out): Promise<number> {
  const accounts = await loadedAccounts(dir, codec);
  const rows = accounts
    .map((a) => ({ id: a.id, name: a.name, zone: zoneOf(a.segmentation), people: a.people.length, opportunities: a.opportunities.length, updatedAt: a.updatedAt }))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (json) out.log(JSON.stringify(rows, null, 2));
  else if (rows.length === 0) out.log(`No accounts in ${dir}.`);
  else for (const r of rows) out.log(`${r.id}\t${r.name}\t${r.people} people\t${r.zone ?? '-'}`);
  return 0;
}

/** Finds an account by id, else by exact name, else by a unique case-insensitive name match. */
export function findAccount(accounts: Account[], key: string): Account | null {
  const byId = accounts.find((a) => a.id === key);
  if (byId) return byId;
  const exact = accounts.filter((a) => a.name === key || a.alternateName === key);
  if (exact.length === 1) return exact[0]!;
  const lower = key.toLowerCase();
  const partial = accounts.filter((a) => a.name.toLowerCase().includes(lower) || a.alternateName.toLowerCase().includes(lower));
  return partial.length === 1 ? partial[0]! : null;
}

/** `bidmap show <account>`: one account, as text or as the stored document. */
export async function show(dir: string, codec: FileCodec, key: string, json: boolean, out: Out): Promise<number> {
  const account = findAccount(await loadedAccounts(dir, codec), key);
  if (!account) {
    out.error(`No single account matches "${key}" in ${dir}. Run \`bidmap list\` to see the ids.`);
    return 1;
  }
  if (json) {
    out.log(JSON.stringify(account, null, 2));
    return 0;
  }
  const names = new Map(account.people.map((p) => [p.id, p.name]));
  const managerOf = new Map(account.links.filter((l) => l.kind === 'reportsTo' && !l.dotted).map((l) => [l.source, l.target]));
  out.log(`${account.name}${account.alternateName ? ` (${account.alternateName})` : ''}  [${account.id}]`);
  out.log(`Zone: ${zoneOf(account.segmentation) ?? '-'}   People: ${account.people.length}   Opportunities: ${account.opportunities.length}`);
  for (const o of account.opportunities) {
    out.log(`  Opportunity: ${o.name} — ${o.budget.amount ?? '?'} ${o.budget.currency}, decision ${o.decisionDate || '?'} (${o.status})`);
  }
  out.log('People:');
  for (const p of account.people) {
    const manager = managerOf.get(p.id);
    out.log(`  ${p.keyPerson ? '*' : ' '} ${p.name}${p.title ? `, ${p.title}` : ''}${manager ? `  → ${names.get(manager) ?? manager}` : ''}`);
  }
  return 0;
}

/** `bidmap demo`: writes the demo into an empty folder. */
export async function demo(dir: string, lang: string, json: boolean, out: Out): Promise<number> {
  if (!(LANGUAGES as readonly string[]).includes(lang)) throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}`);
  const accounts = await writeDemoWorkspace(dir, lang as Language);
  if (json) out.log(JSON.stringify({ workspace: dir, accounts }, null, 2));
  else out.log(`Wrote the demo workspace (${accounts.length} accounts, ${lang}) to ${dir}.`);
  return 0;
}

/** Accounts an earlier app start moved to `damaged/` and that have no file in `accounts/` now. */
async function setAside(dir: string, present: ReadonlySet<string>): Promise<{ id: string; file: string }[]> {
  const names = await readdir(join(dir, 'damaged')).catch(() => [] as string[]);
  const newest = new Map<string, string>();
  for (const name of names.sort()) {
    const id = /^(.+)\.json\.[^/]+$/.exec(name)?.[1];
    if (id && id !== 'workspace' && !present.has(id)) newest.set(id, `damaged/${name}`);
  }
  return [...newest].map(([id, file]) => ({ id, file }));
}

/** `bidmap doctor`: validates every file; prints each problem; changes nothing. */
export async function doctor(dir: string, codec: FileCodec, json: boolean, out: Out): Promise<number> {
  if (!existsSync(join(dir, 'workspace.json')) && !existsSync(join(dir, 'accounts'))) {
    out.error(`${dir} is not a Bidmap workspace (no workspace.json, no accounts/).`);
    return 1;
  }
  const inspection = await inspectWorkspace(dir, codec);
  const problems = await problemsOf(dir, inspection, codec);
  const aside = await setAside(dir, new Set(inspection.accounts.map((a) => a.id)));
  const valid = inspection.accounts.filter((a) => a.result.ok).length;
  const count = problems.length + aside.length;
  if (json) {
    out.log(JSON.stringify({ workspace: dir, validAccountFiles: valid, problems, setAside: aside }, null, 2));
    return count ? 1 : 0;
  }
  for (const p of problems) {
    out.error(`${p.file}: ${p.code}: ${p.detail}${p.backupAvailable ? ' (a backup exists: the app or `bidmap doctor --repair` can restore it)' : ''}`);
  }
  for (const a of aside) {
    out.error(`accounts/${a.id}.json: setAside: damaged at an earlier start, kept as ${a.file}; restore a backup in the app or with \`bidmap doctor --repair\`, or delete the account`);
  }
  const summary = `${valid} account file(s) valid, ${count} problem(s) in ${dir}`;
  if (count) out.error(summary);
  else out.log(summary);
  return count ? 1 : 0;
}

export const absolute = (dir: string) => (isAbsolute(dir) ? dir : resolve(process.cwd(), dir));
