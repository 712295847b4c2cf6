/**
 * A contact list as read from a file, whatever its format: the header's cells and each data row
 * with the number the user sees for it (Excel's row number, the header being row 1; for a vCard
 * file, the card's position). Cells are plain strings; a row may be shorter or longer than the
 * header.
 */
export interface ContactTable {
  headers: string[];
  rows: TableRow[];
  /** What a row number counts: rows of a sheet, or cards of a vCard file. */
  unit: 'row' | 'card';
  /** The line the headers come from (0 for a vCard file, whose columns are Bidmap's own). */
  headerLine: number;
}

export interface TableRow {
  /** 1-based, as the user finds it in their spreadsheet (header = row 1). */
  line: number;
  cells: string[];
  /** A vCard that holds only a photo: told apart from a card that merely lacks a name. */
  photoOnly?: boolean;
}

/** The most people an account holds (Account.people's limit): a longer list is refused whole. */
export const MAX_CONTACT_ROWS = 20_000;
/** More columns than this is not a contact list (often a binary file read as text). */
export const MAX_CONTACT_COLUMNS = 500;

/** A reason the whole file is refused; `message` is for the user and says what to do. */
export class ContactFileError extends Error {}

/** A cell's text, trimmed; '' for a missing cell. */
export const cellOf = (row: TableRow, column: number | null): string => (column === null ? '' : (row.cells[column] ?? '').trim());

/** True when every cell of the row is blank (such rows are skipped, not reported). */
export const isBlank = (row: TableRow): boolean => row.cells.every((c) => c.trim() === '');

/** How many cells of the row hold something. */
export const filledCells = (row: TableRow): number => row.cells.reduce((n, c) => (c.trim() === '' ? n : n + 1), 0);
