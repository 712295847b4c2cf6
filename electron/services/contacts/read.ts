import {
  ContactFileError,
  guessMapping,
  suggestMapping,
  tableFromRecords,
  type ContactMapping,
  type ContactTable,
  type KnownFormat,
  type TableRow,
  type TextEncoding,
} from '../../../shared/logic/contacts';
import { ServiceError } from '../errors';
import type { IncomingFile } from '../incoming/read-incoming';
import { checkedTable, csvRecords } from './csv';
import { decodeText, encodingOf, replacedIn } from './decode';
import { parseVcard } from './vcard';
import { xlsxRecords } from './xlsx';

export type ContactFormat = 'csv' | 'xlsx' | 'vcard';

/** A contact file read and checked, kept (staged) between the preview and the import. */
export interface StagedContacts {
  fileName: string;
  format: ContactFormat;
  /** The text encoding used ('binary' for a workbook). */
  encoding: TextEncoding | 'binary';
  /** True when the encoding was inferred from the bytes rather than marked or plain UTF-8. */
  detected: boolean;
  /** Characters that could not be read in that encoding (U+FFFD): the page then offers the others. */
  replaced: number;
  /** The export recognised by its headers (or the vCard flavour), null for none. */
  recognised: KnownFormat | null;
  /** The mapping the headers suggest (the recognised export's, or the guess). */
  mapping: ContactMapping;
  /** A sheet's records above and below the header (null for a vCard file), for choosing another header row. */
  records: TableRow[] | null;
  table: ContactTable;
  /** The file itself, to read again in another encoding or under another header row. */
  bytes: Uint8Array;
}

/** How to read the file again: another encoding, another header row. */
export interface ReadChoices {
  encoding?: TextEncoding;
  headerLine?: number;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (b: Uint8Array, magic: number[]) => magic.every((m, i) => b[i] === m);

/** Every refusal as the services' own error (its message is for the user), anything else rethrown. */
export function asServiceError(e: unknown): never {
  if (e instanceof ContactFileError) throw new ServiceError('invalidInput', e.message);
  throw e;
}

/** True when the bytes are a vCard file: by its name, or by its first line in an ASCII-compatible encoding or UTF-16. */
function isVcard(name: string, bytes: Uint8Array): boolean {
  if (/\.(vcf|vcard)$/i.test(name)) return true;
  const head = bytes.subarray(0, 400);
  const texts = [
    Buffer.from(head)
      .toString('latin1')
      .replace(/^\u00ef\u00bb\u00bf/, ''),
    new TextDecoder('utf-16le').decode(head),
    new TextDecoder('utf-16be').decode(head),
  ];
  return texts.some((t) => /^\s*BEGIN:VCARD/i.test(t.replace(/^\uFEFF/, '')));
}

/**
 * A contact list from a file's bytes: an Excel workbook (.xlsx, told by its zip signature), a vCard
 * file, or CSV text in any common encoding; read under the header row found (or chosen) and in
 * the encoding found (or chosen). Refuses with a message naming the problem (and the row) for an
 * empty, binary, truncated or oversized file.
 */
export async function readContactFile(file: IncomingFile, choices: ReadChoices = {}): Promise<StagedContacts> {
  const { name, bytes } = file;
  try {
    if (bytes.length === 0) throw new ContactFileError(`"${name}" is empty (0 bytes). Nothing was imported.`);
    if (startsWith(bytes, ZIP)) {
      const records = await xlsxRecords(bytes, name);
      return sheet(name, bytes, 'xlsx', 'binary', false, 0, records, choices.headerLine);
    }
    if (startsWith(bytes, OLE)) {
      throw new ContactFileError(
        `"${name}" is an old Excel workbook (.xls). In Excel, save it as .xlsx or CSV, then import that. Nothing was imported.`,
      );
    }
    if (/\.xlsx$/i.test(name))
      throw new ContactFileError(
        `"${name}" is not an Excel workbook (.xlsx): it may be damaged or renamed. Nothing was imported.`,
      );
    if (isVcard(name, bytes)) return vcard(name, bytes, encodingOf(bytes, choices.encoding), choices.encoding);
    const { text, encoding, detected } = decodeText(bytes, name, choices.encoding);
    return sheet(name, bytes, 'csv', encoding, detected, replacedIn([text]), csvRecords(text, name), choices.headerLine);
  } catch (e) {
    asServiceError(e);
  }
}

function sheet(
  fileName: string,
  bytes: Uint8Array,
  format: 'csv' | 'xlsx',
  encoding: TextEncoding | 'binary',
  detected: boolean,
  replaced: number,
  records: TableRow[],
  headerLine: number | undefined,
): StagedContacts {
  const table = checkedTable(tableFromRecords(records, fileName, headerLine), fileName);
  const { format: recognised, mapping } = suggestMapping(table.headers);
  return { fileName, format, encoding, detected, replaced, recognised, mapping, records, table, bytes };
}

function vcard(
  fileName: string,
  bytes: Uint8Array,
  found: ReturnType<typeof encodingOf>,
  chosen: TextEncoding | undefined,
): StagedContacts {
  const wide = found.encoding === 'utf-16le' || found.encoding === 'utf-16be';
  // 8-bit files are parsed byte for byte, so that each value is decoded in its own CHARSET.
  const parsed = wide
    ? parseVcard(decodeText(bytes, fileName, chosen).text, fileName, { kind: 'text' })
    : parseVcard(Buffer.from(bytes.subarray(found.skip)).toString('latin1'), fileName, {
        kind: 'bytes',
        charset: found.encoding === 'utf-8-bom' ? 'utf-8' : found.encoding,
      });
  const { table, flavour } = parsed;
  const replaced = replacedIn(table.rows.flatMap((r) => r.cells));
  return {
    fileName,
    format: 'vcard',
    encoding: found.encoding,
    detected: found.detected,
    replaced,
    recognised: flavour,
    mapping: guessMapping(table.headers),
    records: null,
    table,
    bytes,
  };
}
