import iconv from 'iconv-lite';
import { ContactFileError } from '../../../shared/logic/contacts';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * The text of a contact file. A byte-order mark decides (UTF-8, UTF-16 LE/BE); else the bytes are
 * UTF-8 if they decode strictly as UTF-8; else GB18030 (a superset of GBK and GB2312), what
 * Chinese Excel writes for "CSV". No detection library: of the encodings a contact list comes in,
 * strict UTF-8 rarely accepts anything else, and GB18030 is the only other one we expect;
 * statistical detectors (chardet) guess wrongly on short Chinese files, where these rules do not.
 * Throws ContactFileError for bytes that are not text.
 */
export function decodeText(bytes: Uint8Array, fileName: string): { text: string; encoding: TextEncoding } {
  const b = bytes;
  let result: { text: string; encoding: TextEncoding };
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) result = { text: new TextDecoder('utf-8').decode(b.subarray(3)), encoding: 'utf-8-bom' };
  else if (b[0] === 0xff && b[1] === 0xfe) result = { text: new TextDecoder('utf-16le').decode(b.subarray(2)), encoding: 'utf-16le' };
  else if (b[0] === 0xfe && b[1] === 0xff) result = { text: iconv.decode(Buffer.from(b.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  else {
    try {
      result = { text: new TextDecoder('utf-8', { fatal: true }).decode(b), encoding: 'utf-8' };
    } catch {
      result = { text: iconv.decode(Buffer.from(b), 'gb18030'), encoding: 'gb18030' };
    }
  }
  if (!looksLikeText(result.text)) {
    throw new ContactFileError(`"${fileName}" does not look like a text file (CSV): it holds binary data. Save the list as CSV or XLSX and try again. Nothing was imported.`);
  }
  return result;
}

/** No NUL, and few control or undecodable characters: what any real CSV, in any encoding, satisfies. */
function looksLikeText(text: string): boolean {
  if (text.includes('\u0000')) return false;
  let odd = 0;
  const sample = text.length > 1_000_000 ? text.slice(0, 1_000_000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) odd++;
  }
  return odd <= Math.max(2, sample.length * 0.01);
}
