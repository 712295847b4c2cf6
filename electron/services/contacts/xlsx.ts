import { readSheet } from 'read-excel-file/node';
import { ContactFileError, type ContactTable } from '../../../shared/logic/contacts';
import { checkedTable } from './csv';

const text = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return String(v);
};

/**
 * A contact table from the first sheet of an .xlsx workbook, read by read-excel-file (maintained,
 * small, no prototype-pollution history unlike the npm `xlsx` 0.18). A damaged or truncated
 * workbook refuses the file.
 */
export async function parseXlsx(bytes: Buffer, fileName: string): Promise<ContactTable> {
  let data: unknown[][];
  try {
    data = await readSheet(bytes);
  } catch (e) {
    throw new ContactFileError(`"${fileName}" cannot be read as an Excel workbook (${(e as Error).message}); it may be damaged or cut short. Nothing was imported.`);
  }
  const first = data.findIndex((r) => r.some((c) => text(c).trim() !== ''));
  if (first < 0) throw new ContactFileError(`"${fileName}": the first sheet is empty. Nothing was imported.`);
  const headers = data[first]!.map((h) => text(h).trim());
  const rows = data.slice(first + 1).map((r, i) => ({ line: first + i + 2, cells: r.map(text) }));
  return checkedTable({ headers, rows, unit: 'row' }, fileName);
}
