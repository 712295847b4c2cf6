import { z } from 'zod';

/**
 * The text encodings a contact file is read in: what a byte-order mark says, UTF-8, or (no BOM,
 * not UTF-8) the legacy code page the bytes fit best: GB18030 (a Chinese Excel's "CSV"),
 * Windows-1252 (a Western one's), Shift_JIS (Japanese), Big5 (Traditional Chinese).
 */
export const TEXT_ENCODINGS = [
  'utf-8',
  'utf-8-bom',
  'utf-16le',
  'utf-16be',
  'gb18030',
  'windows-1252',
  'shift_jis',
  'big5',
] as const;
export const TextEncoding = z.enum(TEXT_ENCODINGS);
export type TextEncoding = z.infer<typeof TextEncoding>;
/** The encodings a user can pick when the one found leaves characters unread. */
export const PICKABLE_ENCODINGS = [
  'utf-8',
  'gb18030',
  'windows-1252',
  'shift_jis',
  'big5',
  'utf-16le',
  'utf-16be',
] as const satisfies readonly TextEncoding[];
