import { GOOGLE_MANAGER_HEADER, isKnownHeader } from './formats';
import { guessMapping } from './guess';
import { CONTACT_FIELDS } from './mapping';
import { ContactFileError, filledCells, isBlank, type ContactTable, type TableRow } from './table';

/** How far down a header row is looked for (preambles are a few lines: LinkedIn's notes, a template's instructions). */
export const HEADER_SEARCH_ROWS = 30;

/**
 * The record that holds the headers, by its index: the first one a known export writes; else,
 * past comment lines ("# …", draw.io's settings) and preamble lines of one cell in a wider file
 * (LinkedIn's "Notes:", a template's 填写须知), the first row naming a contact field (two or more
 * below the first, as a data row may hold one header word); else the first of those rows.
 */
export function findHeaderRow(records: readonly TableRow[]): number {
  const scan = records
    .slice(0, HEADER_SEARCH_ROWS)
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => !isBlank(r));
  if (!scan.length) return -1;
  const known = scan.find(({ r }) => isKnownHeader(r.cells.map((c) => c.trim())));
  if (known) return known.i;
  const widest = Math.max(...scan.map(({ r }) => filledCells(r)));
  const candidates = scan.filter(({ r }) => !/^\s*#/.test(r.cells[0] ?? '') && (widest < 3 || filledCells(r) >= 2));
  if (!candidates.length) return scan[0]!.i;
  // A row below the first that names two fields or more: a data row rarely holds two header words.
  const naming = candidates.find(({ r }, k) => {
    const m = guessMapping(r.cells);
    const named = CONTACT_FIELDS.filter((f) => m[f] !== null).length;
    return k === 0 ? named >= 1 : named >= 2;
  });
  return (naming ?? candidates[0]!).i;
}

/**
 * The table under the header at `headerLine` (a 1-based row number the user picked), or under the
 * row findHeaderRow chooses. Rows above the header are not contacts.
 */
export function tableFromRecords(records: readonly TableRow[], fileName: string, headerLine?: number): ContactTable {
  const index = headerLine === undefined ? findHeaderRow(records) : records.findIndex((r) => r.line === headerLine);
  if (index < 0) {
    if (headerLine !== undefined) throw new ContactFileError(`"${fileName}" has no row ${headerLine}. Nothing was imported.`);
    throw new ContactFileError(`"${fileName}" is empty: there is no header and no contact. Nothing was imported.`);
  }
  const header = records[index]!;
  return withDerivedColumns({
    headers: header.cells.map((h) => h.trim()),
    rows: records.slice(index + 1),
    unit: 'row',
    headerLine: header.line,
  });
}

const RELATION = /^relation (\d+) - (type|label|value)$/i;
const MANAGER_WORDS = /manager|supervisor|boss|上司|上级|经理|主管|领导/i;

/**
 * Columns some exports hold across label/value pairs, made into one: Google Contacts keeps a
 * manager as "Relation 1 - Type: Manager" with the name in "Relation 1 - Value".
 */
function withDerivedColumns(table: ContactTable): ContactTable {
  const pairs = new Map<string, { label?: number; value?: number }>();
  table.headers.forEach((h, i) => {
    const m = RELATION.exec(h);
    if (!m) return;
    const pair = pairs.get(m[1]!) ?? {};
    if (m[2]!.toLowerCase() === 'value') pair.value = i;
    else pair.label = i;
    pairs.set(m[1]!, pair);
  });
  const complete = [...pairs.values()].filter(
    (p): p is { label: number; value: number } => p.label !== undefined && p.value !== undefined,
  );
  if (!complete.length) return table;
  const width = table.headers.length;
  return {
    ...table,
    headers: [...table.headers, GOOGLE_MANAGER_HEADER],
    rows: table.rows.map((r) => {
      const found = complete.find((p) => MANAGER_WORDS.test(r.cells[p.label] ?? ''));
      const cells = Array.from({ length: width }, (_, i) => r.cells[i] ?? '');
      cells.push(found ? (r.cells[found.value] ?? '').trim() : '');
      return { ...r, cells };
    }),
  };
}
