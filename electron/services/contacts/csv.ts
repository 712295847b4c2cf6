import Papa from 'papaparse';
import { ContactFileError, MAX_CONTACT_COLUMNS, MAX_CONTACT_ROWS, type ContactTable } from '../../../shared/logic/contacts';

const DELIMITERS = [',', ';', '\t', '|'] as const;

/** The delimiter the header line uses most (Excel writes ";" in some locales, tabs for "Unicode text"). */
function delimiterOf(text: string): string {
  const end = text.search(/\r?\n/);
  const firstLine = (end < 0 ? text : text.slice(0, end)).slice(0, 100_000);
  let best: string = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    const n = firstLine.split(d).length - 1;
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

/**
 * A contact table from CSV text, parsed by papaparse (RFC 4180 quoting, embedded newlines). The
 * first non-empty record is the header; a record's number is its row in Excel. A quote left open
 * (a truncated or damaged file) refuses the file, naming the row.
 */
export function parseCsv(text: string, fileName: string): ContactTable {
  const parsed = Papa.parse<string[]>(text, { delimiter: delimiterOf(text), skipEmptyLines: false, header: false });
  const open = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (open) {
    const row = (open.row ?? 0) + 1;
    throw new ContactFileError(`"${fileName}", row ${row}: a quoted field is not closed (the file may be cut short or damaged). Nothing was imported.`);
  }
  const records = parsed.data;
  const first = records.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (first < 0) throw new ContactFileError(`"${fileName}" is empty: there is no header and no contact. Nothing was imported.`);
  const headers = records[first]!.map((h) => h.trim());
  const rows = [];
  for (let i = first + 1; i < records.length; i++) {
    const cells = records[i]!;
    if (cells.length > MAX_CONTACT_COLUMNS) throw new ContactFileError(`"${fileName}", row ${i + 1}: ${cells.length} columns; a contact list has at most ${MAX_CONTACT_COLUMNS}. Nothing was imported.`);
    if (cells.length === 1 && cells[0] === '') continue;
    rows.push({ line: i + 1, cells });
  }
  return checkedTable({ headers, rows, unit: 'row' }, fileName);
}

/** The checks every format shares: a header of sensible width and at least one contact. */
export function checkedTable(table: ContactTable, fileName: string): ContactTable {
  if (table.headers.length > MAX_CONTACT_COLUMNS) throw new ContactFileError(`"${fileName}" has ${table.headers.length} columns; a contact list has at most ${MAX_CONTACT_COLUMNS}. Nothing was imported.`);
  const filled = table.rows.filter((r) => r.cells.some((c) => c.trim() !== '')).length;
  if (filled === 0) throw new ContactFileError(`"${fileName}" has a header but no contacts. Nothing was imported.`);
  if (filled > MAX_CONTACT_ROWS) {
    throw new ContactFileError(`"${fileName}" has ${filled.toLocaleString('en')} contacts; an account holds at most ${MAX_CONTACT_ROWS.toLocaleString('en')} people. Split the file and import it into several accounts. Nothing was imported.`);
  }
  return table;
}
