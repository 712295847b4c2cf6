import Papa from 'papaparse';
import {
  ContactFileError,
  MAX_CONTACT_COLUMNS,
  MAX_CONTACT_ROWS,
  type ContactTable,
  type TableRow,
} from '../../../shared/logic/contacts';

const DELIMITERS = [',', ';', '\t', '|'] as const;
/** Lines looked at for the delimiter: a preamble (LinkedIn's notes, draw.io's "# " settings) comes before the header. */
const DELIMITER_LINES = 20;

/**
 * The delimiter the file's lines use most: the one with the most occurrences on any of its first
 * lines other than "#" comments (Excel writes ";" in some locales, tabs for "Unicode text").
 */
function delimiterOf(text: string): string {
  const lines = text
    .slice(0, 200_000)
    .split(/\r?\n|\r/, DELIMITER_LINES)
    .filter((l) => !/^\s*#/.test(l));
  let best: string = ',';
  let most = 0;
  for (const d of DELIMITERS) {
    for (const line of lines) {
      const n = line.split(d).length - 1;
      if (n > most) [best, most] = [d, n];
    }
  }
  return best;
}

/**
 * The records of CSV text, parsed by papaparse (RFC 4180 quoting, embedded newlines), numbered as
 * Excel numbers its rows; empty lines are left out. A quote left open (a truncated or damaged
 * file) refuses the file, naming the row.
 */
export function csvRecords(text: string, fileName: string): TableRow[] {
  const parsed = Papa.parse<string[]>(text, { delimiter: delimiterOf(text), skipEmptyLines: false, header: false });
  const open = parsed.errors.find((e) => e.code === 'MissingQuotes');
  if (open) {
    const row = (open.row ?? 0) + 1;
    throw new ContactFileError(
      `"${fileName}", row ${row}: a quoted field is not closed (the file may be cut short or damaged). Nothing was imported.`,
    );
  }
  const records: TableRow[] = [];
  parsed.data.forEach((cells, i) => {
    if (cells.length > MAX_CONTACT_COLUMNS)
      throw new ContactFileError(
        `"${fileName}", row ${i + 1}: ${cells.length} columns; a contact list has at most ${MAX_CONTACT_COLUMNS}. Nothing was imported.`,
      );
    if (cells.length === 1 && cells[0] === '') return;
    records.push({ line: i + 1, cells });
  });
  if (!records.some((r) => r.cells.some((c) => c.trim() !== '')))
    throw new ContactFileError(`"${fileName}" is empty: there is no header and no contact. Nothing was imported.`);
  return records;
}

/** The checks every format shares: a header of sensible width and at least one contact. */
export function checkedTable(table: ContactTable, fileName: string): ContactTable {
  if (table.headers.length > MAX_CONTACT_COLUMNS)
    throw new ContactFileError(
      `"${fileName}" has ${table.headers.length} columns; a contact list has at most ${MAX_CONTACT_COLUMNS}. Nothing was imported.`,
    );
  const filled = table.rows.filter((r) => r.cells.some((c) => c.trim() !== '')).length;
  if (filled === 0) throw new ContactFileError(`"${fileName}" has a header but no contacts. Nothing was imported.`);
  if (filled > MAX_CONTACT_ROWS) {
    throw new ContactFileError(
      `"${fileName}" has ${filled.toLocaleString('en')} contacts; an account holds at most ${MAX_CONTACT_ROWS.toLocaleString('en')} people. Split the file and import it into several accounts. Nothing was imported.`,
    );
  }
  return table;
}
