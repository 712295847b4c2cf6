import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import { ContactFileError, type TextEncoding } from '../../../shared/logic/contacts';

export type { TextEncoding };

/** A file's text and how it was read. */
export interface Decoded {
  text: string;
  encoding: TextEncoding;
  /** True when the encoding was inferred from the bytes (no BOM, not UTF-8): the page says so and offers others. */
  detected: boolean;
}

/** The legacy encodings told apart when a file is neither marked nor UTF-8, as jschardet names them. */
const LEGACY: Record<string, TextEncoding> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  'windows-1252': 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'iso-8859-15': 'windows-1252',
  iso885915: 'windows-1252',
  'iso8859-15': 'windows-1252',
  'iso8859-1': 'windows-1252',
  cp1252: 'windows-1252',
  shift_jis: 'shift_jis',
  'shift-jis': 'shift_jis',
  cp932: 'shift_jis',
  'windows-31j': 'shift_jis',
  big5: 'big5',
  cp950: 'big5',
};
/** What the detector reads of a big file: plenty to tell the encodings apart, and fast. */
const SAMPLE_BYTES = 64 * 1024;

/** jschardet's best candidate that is one of the encodings we read, or null. */
function bestGuess(sample: Uint8Array): TextEncoding | null {
  for (const guess of jschardet.detectAll(Buffer.from(sample), { minimumThreshold: 0 })) {
    const ours = guess.encoding ? LEGACY[guess.encoding.toLowerCase()] : undefined;
    if (ours) return ours;
  }
  return null;
}

/**
 * Which legacy encoding bytes that are not UTF-8 are in: jschardet's best candidate among the
 * encodings we read (GB18030, Windows-1252, Shift_JIS, Big5). jschardet is the detector VS Code
 * guesses encodings with; restricted to these four it named every one of 960 generated contact
 * lists of 1 to 30 rows right, where chardet took 8 short Chinese ones for Windows-1252 (see the
 * commit that added it). A damaged file (a stray 0x80 or 0xFF byte, which starts a character in
 * none of them; a multi-byte character cut at the end) throws its probers out: when the pick
 * loses characters, the bytes are looked at again without those, and the second answer taken if
 * it loses no more. Whatever is chosen, the characters lost are counted and shown, and the user
 * can pick another encoding. GB18030, what a Chinese Excel writes, when nothing is named.
 */
export function detectLegacy(bytes: Uint8Array): TextEncoding {
  const sample = bytes.length > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
  const chosen = bestGuess(sample) ?? 'gb18030';
  const lostAs = (e: TextEncoding) => replacedIn([iconv.decode(Buffer.from(sample), e)]);
  const lost = lostAs(chosen);
  if (lost === 0) return chosen;
  const clean = sample.subarray(0, Math.max(0, sample.length - 3)).filter((b) => b !== 0x80 && b !== 0xff);
  const second = bestGuess(clean);
  return second && second !== chosen && lostAs(second) <= lost ? second : chosen;
}

/**
 * UTF-16 without a byte-order mark, told by its zero bytes: contact lists are full of ASCII
 * (delimiters, digits, e-mail addresses), whose UTF-16 has a zero in every other byte.
 */
export function utf16Without(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, 8192) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.2 && even <= pairs * 0.02) return 'utf-16le';
  if (even >= pairs * 0.2 && odd <= pairs * 0.02) return 'utf-16be';
  return null;
}

const decodeAs = (b: Uint8Array, encoding: TextEncoding): string => {
  if (encoding === 'utf-8' || encoding === 'utf-8-bom') return new TextDecoder('utf-8').decode(b);
  if (encoding === 'utf-16le') return new TextDecoder('utf-16le').decode(b);
  return iconv.decode(Buffer.from(b), encoding === 'utf-16be' ? 'utf-16be' : encoding);
};

/** The bytes after a byte-order mark, and the encoding it names (or null). */
export function bomOf(b: Uint8Array): { encoding: TextEncoding; skip: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8-bom', skip: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/**
 * How a file's bytes are text: the user's choice; else a byte-order mark (UTF-8, UTF-16 LE/BE);
 * else UTF-16 told by its zero bytes; else UTF-8 if the bytes decode strictly as UTF-8; else the
 * legacy encoding detectLegacy finds.
 */
export function encodingOf(
  bytes: Uint8Array,
  chosen?: TextEncoding,
): { encoding: TextEncoding; skip: number; detected: boolean } {
  const bom = bomOf(bytes);
  if (chosen)
    return {
      encoding: chosen,
      skip: bom && (bom.encoding === chosen || (chosen === 'utf-8' && bom.encoding === 'utf-8-bom')) ? bom.skip : 0,
      detected: false,
    };
  if (bom) return { ...bom, detected: false };
  const wide = utf16Without(bytes);
  if (wide) return { encoding: wide, skip: 0, detected: true };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { encoding: 'utf-8', skip: 0, detected: false };
  } catch {
    return { encoding: detectLegacy(bytes), skip: 0, detected: true };
  }
}

/**
 * The text of a contact file in the encoding encodingOf finds (or the one chosen). Throws
 * ContactFileError for bytes that are not text (NULs, control characters).
 */
export function decodeText(bytes: Uint8Array, fileName: string, chosen?: TextEncoding): Decoded {
  let decoded: Decoded | null = null;
  if (!chosen && !bomOf(bytes) && !utf16Without(bytes)) {
    // The common case, decoded once: UTF-8 that decodes strictly is taken as it is.
    try {
      decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', detected: false };
    } catch {
      decoded = null;
    }
  }
  if (!decoded) {
    const { encoding, skip, detected } = encodingOf(bytes, chosen);
    decoded = { text: decodeAs(bytes.subarray(skip), encoding), encoding, detected };
  }
  if (!looksLikeText(decoded.text)) {
    throw new ContactFileError(
      `"${fileName}" does not look like a text file (CSV): it holds binary data. Save the list as CSV or XLSX and try again. Nothing was imported.`,
    );
  }
  return decoded;
}

/** Bytes decoded in an encoding by name (a vCard value's CHARSET), UTF-8 for a name iconv does not know. */
export function decodeCharset(bytes: Uint8Array, charset: string): string {
  return iconv.decode(Buffer.from(bytes), iconv.encodingExists(charset) ? charset : 'utf-8');
}

/** How many characters could not be read (U+FFFD) in these strings. */
export function replacedIn(texts: Iterable<string>): number {
  let n = 0;
  for (const t of texts) {
    if (!t.includes('\uFFFD')) continue;
    for (let i = t.indexOf('\uFFFD'); i >= 0; i = t.indexOf('\uFFFD', i + 1)) n++;
  }
  return n;
}

/** No NUL, and few control characters: what any real CSV, in any encoding, satisfies. */
function looksLikeText(text: string): boolean {
  if (text.includes('\u0000')) return false;
  let odd = 0;
  const sample = text.length > 1_000_000 ? text.slice(0, 1_000_000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c < 0xa0)) odd++;
  }
  return odd <= Math.max(2, sample.length * 0.01);
}
