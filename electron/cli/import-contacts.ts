import { STRINGS } from '../../shared/i18n';
import { CONTACT_FIELDS, ContactMapping, describeProblem, guessMapping, normaliseHeader, type ContactField } from '../../shared/logic/contacts';
import { LANGUAGES, type Language } from '../../shared/taxonomy/keys';
import { commitPlan, planImport } from '../services/contacts/import';
import { readContactFile } from '../services/contacts/read';
import { readLimited } from '../services/incoming/read-incoming';
import { Workspace } from '../services/store/workspace';
import type { FileCodec } from '../services/vault/file-codec';
import { absolute, UsageError, type Out } from './commands';

export interface ImportContactsOptions {
  dir: string;
  codec: FileCodec;
  account: string | undefined;
  map: string | undefined;
  lang: string | undefined;
  json: boolean;
}

/**
 * The guessed mapping with the user's `--map field=column,...` on top: a column by its header text
 * (case and spacing aside) or its 1-based number, `none` for no column; `rest=notes|ignore` says
 * what becomes of the other columns.
 */
export function applyMap(headers: readonly string[], guessed: ContactMapping, map: string | undefined): ContactMapping {
  const m: Record<string, unknown> = { ...guessed };
  for (const part of (map ?? '').split(',').filter((p) => p.trim())) {
    const eq = part.indexOf('=');
    if (eq < 0) throw new UsageError(`--map takes field=column pairs (got "${part}").`);
    const field = part.slice(0, eq).trim();
    const column = part.slice(eq + 1).trim();
    if (field === 'rest') {
      if (column !== 'notes' && column !== 'ignore') throw new UsageError('--map rest= takes notes or ignore.');
      m.restToNotes = column === 'notes';
      continue;
    }
    if (!(CONTACT_FIELDS as readonly string[]).includes(field)) throw new UsageError(`--map: unknown field "${field}"; the fields are ${CONTACT_FIELDS.join(', ')} (and rest).`);
    let index: number | null;
    if (column === 'none' || column === '') index = null;
    else if (/^\d+$/.test(column) && Number(column) >= 1 && Number(column) <= headers.length) index = Number(column) - 1;
    else {
      const exact = headers.findIndex((h) => h.trim() === column);
      index = exact >= 0 ? exact : headers.findIndex((h) => normaliseHeader(h) === normaliseHeader(column));
      if (index < 0) throw new UsageError(`--map ${field}=${column}: no such column. The columns are: ${headers.map((h, i) => `${i + 1} ${h || '(no header)'}`).join(', ')}.`);
    }
    // A column fills one field: taking it for this one frees it from the field the guess gave it.
    for (const f of CONTACT_FIELDS) if (index !== null && f !== field && m[f] === index) m[f] = null;
    m[field as ContactField] = index;
  }
  return ContactMapping.parse(m);
}

/** `bidmap import-contacts FILE --account NAME`: the rows without problems go into the account (new, or existing by exact name). */
export async function importContacts(file: string, o: ImportContactsOptions, out: Out): Promise<number> {
  if (!o.account?.trim()) throw new UsageError('--account NAME is required: the account the contacts go into (a new one, or an existing one by its exact name).');
  if (o.lang !== undefined && !(LANGUAGES as readonly string[]).includes(o.lang)) throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}`);
  const staged = await readContactFile(await readLimited(absolute(file)));
  const { headers } = staged.table;
  const mapping = applyMap(headers, guessMapping(headers), o.map);
  const ws = await Workspace.open(o.dir, o.codec);
  try {
    const language = (o.lang as Language | undefined) ?? ws.settings.language ?? 'en';
    const words = STRINGS[language].contacts;
    const plan = planImport(ws, staged, mapping, o.account);
    const unit = staged.table.unit === 'card' ? 'card' : 'row';
    const problems = plan.problems.map((p) => ({ ...p, message: describeProblem(p, words.problem) }));
    const columns = CONTACT_FIELDS.filter((f) => mapping[f] !== null).map((f) => `${f} ← ${headers[mapping[f]!] || `#${mapping[f]! + 1}`}`);
    let account = null;
    if (plan.added.length) account = await commitPlan(ws, plan);
    if (o.json) {
      out.log(JSON.stringify({ file: staged.fileName, encoding: staged.encoding, mapping, account, imported: plan.added.length, skipped: plan.skipped, problems }, null, 2));
    } else {
      out.log(`Read ${staged.fileName} (${staged.format}, ${staged.encoding}, ${staged.table.rows.length} ${unit}s). Columns: ${columns.join(', ')}.`);
      for (const s of plan.skipped) out.log(`${unit} ${s.line}: ${s.name} is already in the account; skipped`);
      for (const p of problems) out.error(`${unit} ${p.line}: ${p.message}`);
      if (account) out.log(`Imported ${plan.added.length} people into "${account.name}" [${account.id}]; ${plan.problems.length} ${unit}(s) left out, ${plan.skipped.length} skipped.`);
      else out.error(`Nothing was imported: ${plan.problems.length ? `every ${unit} has a problem` : 'everyone in the file is already in the account'}.`);
    }
    return account ? 0 : 1;
  } finally {
    await ws.close();
  }
}
