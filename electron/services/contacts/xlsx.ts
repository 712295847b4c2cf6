import { readSheet } from 'read-excel-file/node';
import { ContactFileError, type TableRow } from '../../../shared/logic/contacts';

const text = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return String(v);
};

/**
 * The rows of the first sheet of an .xlsx workbook, numbered as Excel shows them, read by
 * read-excel-file (maintained, small, no prototype-pollution history unlike the npm `xlsx` 0.18).
 * A damaged or truncated workbook refuses the file.
 */
export async function xlsxRecords(bytes: Buffer, fileName: string): Promise<TableRow[]> {
  let data: unknown[][];
  try {
    data = await readSheet(bytes);
  } catch (e) {
    throw new ContactFileError(
      `"${fileName}" cannot be read as an Excel workbook (${(e as Error).message}); it may be damaged or cut short. Nothing was imported.`,
    );
  }
  const records = data.map((r, i) => ({ line: i + 1, cells: r.map(text) })).filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!records.length) throw new ContactFileError(`"${fileName}": the first sheet is empty. Nothing was imported.`);
  return records;
}
