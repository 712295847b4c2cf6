import { STRINGS } from '../../shared/i18n';
import {
  asColumns,
  columnsOf,
  CONTACT_FIELDS,
  ContactMapping,
  describeProblem,
  describeWarning,
  leavesWithoutManager,
  MAPPED_FIELDS,
  normaliseHeader,
  PICKABLE_ENCODINGS,
  type MappedField,
  type TextEncoding,
} from '../../shared/logic/contacts';
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
  headerRow?: string | undefined;
  encoding?: string | undefined;
  lang: string | undefined;
  json: boolean;
}

/** One column of `--map`: by its header text (case and spacing aside) or its 1-based number. */
function columnOf(headers: readonly string[], field: string, column: string): number {
  if (/^\d+$/.test(column) && Number(column) >= 1 && Number(column) <= headers.length) return Number(column) - 1;
  const exact = headers.findIndex((h) => h.trim() === column);
  const index = exact >= 0 ? exact : headers.findIndex((h) => normaliseHeader(h) === normaliseHeader(column));
  if (index < 0)
    throw new UsageError(
      `--map ${field}=${column}: no such column. The columns are: ${headers.map((h, i) => `${i + 1} ${h || '(no header)'}`).join(', ')}.`,
    );
  return index;
}

/**
 * The suggested mapping with the user's `--map field=column,...` on top: a column by its header
 * text or its 1-based number, several joined by "+" (`name=First Name+Last Name`), `none` for no
 * column; `rest=notes|ignore` says what becomes of the other columns.
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
    if (!(MAPPED_FIELDS as readonly string[]).includes(field))
      throw new UsageError(`--map: unknown field "${field}"; the fields are ${MAPPED_FIELDS.join(', ')} (and rest).`);
    const columns = column === 'none' || column === '' ? [] : column.split('+').map((c) => columnOf(headers, field, c.trim()));
    // A column fills one field: taking it for this one frees it from the field the guess gave it.
    if (field !== 'nameParts') {
      for (const f of CONTACT_FIELDS) {
        if (f === field) continue;
        const left = columnsOf(m[f] as ContactMapping[MappedField]).filter((c) => !columns.includes(c));
        m[f] = asColumns(left);
      }
    }
    m[field] = asColumns(columns);
  }
  const parsed = ContactMapping.safeParse(m);
  if (!parsed.success) throw new UsageError(`--map: ${parsed.error.issues[0]?.message ?? 'not a mapping'}.`);
  return parsed.data;
}

/** `bidmap import-contacts FILE --account NAME`: every row that can be a person goes into the account (new, or existing by exact name). */
export async function importContacts(file: string, o: ImportContactsOptions, out: Out): Promise<number> {
  if (!o.account?.trim())
    throw new UsageError(
      '--account NAME is required: the account the contacts go into (a new one, or an existing one by its exact name).',
    );
  if (o.lang !== undefined && !(LANGUAGES as readonly string[]).includes(o.lang))
    throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}`);
  const encoding = o.encoding?.toLowerCase().replace(/^utf8$/, 'utf-8');
  if (encoding !== undefined && !(PICKABLE_ENCODINGS as readonly string[]).includes(encoding))
    throw new UsageError(`--encoding must be one of ${PICKABLE_ENCODINGS.join(', ')}`);
  if (o.headerRow !== undefined && !/^[1-9]\d{0,6}$/.test(o.headerRow))
    throw new UsageError('--header-row takes a row number (1 for the first row).');
  const staged = await readContactFile(await readLimited(absolute(file)), {
    encoding: encoding as TextEncoding | undefined,
    headerLine: o.headerRow === undefined ? undefined : Number(o.headerRow),
  });
  const { headers } = staged.table;
  const mapping = applyMap(headers, staged.mapping, o.map);
  const ws = await Workspace.open(o.dir, o.codec);
  try {
    const language = (o.lang as Language | undefined) ?? ws.settings.language ?? 'en';
    const words = STRINGS[language].contacts;
    const plan = planImport(ws, staged, mapping, o.account);
    const unit = staged.table.unit === 'card' ? 'card' : 'row';
    const problems = plan.problems.map((p) => ({ ...p, message: describeProblem(p, words) }));
    const warnings = plan.warnings.map((w) => ({
      ...w,
      withoutManager: leavesWithoutManager(w),
      message: describeWarning(w, words),
    }));
    const columns = MAPPED_FIELDS.filter((f) => mapping[f] !== null).map(
      (f) =>
        `${f} ← ${columnsOf(mapping[f])
          .map((c) => headers[c] || `#${c + 1}`)
          .join(' + ')}`,
    );
    const recognised = staged.recognised ? (words.format as Record<string, string>)[staged.recognised] : null;
    const encodingText = `${staged.encoding}${staged.detected ? ', detected' : ''}`;
    let account = null;
    if (plan.added.length) account = await commitPlan(ws, plan);
    if (o.json) {
      out.log(
        JSON.stringify(
          {
            file: staged.fileName,
            encoding: staged.encoding,
            encodingDetected: staged.detected,
            replaced: staged.replaced,
            recognised: staged.recognised,
            headerRow: staged.table.headerLine,
            mapping,
            account,
            imported: plan.added.length,
            withoutManager: plan.withoutManager,
            skipped: plan.skipped,
            notPeople: plan.notPeople,
            ignoredColumns: plan.ignoredColumns,
            problems,
            warnings,
          },
          null,
          2,
        ),
      );
    } else {
      const at = staged.table.headerLine > 1 ? `, headers on row ${staged.table.headerLine}` : '';
      out.log(
        `Read ${staged.fileName} (${staged.format}, ${encodingText}, ${staged.table.rows.length} ${unit}s${at}).${recognised ? ` Recognised: ${recognised}.` : ''} Columns: ${columns.join(', ')}.`,
      );
      if (staged.replaced)
        out.error(
          `${staged.replaced} character(s) could not be read as ${staged.encoding}: try --encoding ${PICKABLE_ENCODINGS.filter((e) => e !== staged.encoding).join('|')}.`,
        );
      if (plan.ignoredColumns.length) out.log(`Sensitive columns not copied into notes: ${plan.ignoredColumns.join(', ')}.`);
      for (const n of plan.notPeople) out.log(`${unit} ${n.line}: not a person (${n.text.slice(0, 80)}); skipped`);
      for (const s of plan.skipped) out.log(`${unit} ${s.line}: ${s.name} is already in the account; skipped`);
      for (const p of problems) out.error(`${unit} ${p.line}: ${p.message}`);
      for (const w of warnings) out.error(`${unit} ${w.line}: ${w.message}`);
      if (account) {
        out.log(
          `Imported ${plan.added.length} people into "${account.name}" [${account.id}]; ${plan.withoutManager} imported without a manager, ${plan.problems.length} ${unit}(s) left out, ${plan.skipped.length} skipped as already there, ${plan.notPeople.length} not people.`,
        );
      } else
        out.error(
          `Nothing was imported: ${plan.problems.length ? `every ${unit} has a problem` : 'everyone in the file is already in the account'}.`,
        );
    }
    return account ? 0 : 1;
  } finally {
    await ws.close();
  }
}
