import iconv from 'iconv-lite';
import { ContactFileError, type ContactTable } from '../../../shared/logic/contacts';
import { checkedTable } from './csv';

/** The columns a vCard file becomes; the mapping step guesses them like a sheet's headers. */
export const VCARD_HEADERS = ['Name', 'Alternate name', 'Title', 'Department', 'Phone', 'Email', 'Manager', 'Organization', 'Note'] as const;

interface Property {
  name: string;
  params: string[];
  value: string;
}

/** Splits at the first separator outside double quotes (vCard 4 quotes parameter values). */
function splitOnce(line: string, sep: string): [string, string] | null {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === sep && !quoted) return [line.slice(0, i), line.slice(i + 1)];
  }
  return null;
}

/** Decodes a QUOTED-PRINTABLE value (vCard 2.1) in its CHARSET (UTF-8 unless said). */
function quotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      for (const b of Buffer.from(value[i]!, 'utf8')) bytes.push(b);
    }
  }
  const enc = iconv.encodingExists(charset) ? charset : 'utf-8';
  return iconv.decode(Buffer.from(bytes), enc);
}

/** The text of a value: backslash escapes undone (\n, \, \; \\). */
const unescape = (v: string) => v.replace(/\\([nN,;:\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** A structured value's components (N, ORG), split on unescaped semicolons. */
const components = (v: string) => v.split(/(?<!\\);/).map((c) => unescape(c).trim());

const hasCjk = (s: string) => /[\u3400-\u9fff\uf900-\ufaff]/.test(s);

/** Lines with folding undone: 2.1's soft "=" line ends (quoted-printable) and 3.0/4.0's leading space. */
function unfold(text: string): string[] {
  const raw = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  for (const line of raw) {
    const last = out.length - 1;
    if (last >= 0 && (line.startsWith(' ') || line.startsWith('\t'))) out[last] += line.slice(1);
    else if (last >= 0 && /QUOTED-PRINTABLE/i.test(out[last]!.split(':')[0]!) && out[last]!.endsWith('=')) out[last] = out[last]!.slice(0, -1) + line;
    else out.push(line);
  }
  return out;
}

function property(line: string): Property | null {
  const parts = splitOnce(line, ':');
  if (!parts) return null;
  const [head, raw] = parts;
  const [nameWithGroup = '', ...params] = head.split(';');
  const name = nameWithGroup.slice(nameWithGroup.lastIndexOf('.') + 1).toUpperCase();
  const upper = params.map((p) => p.toUpperCase());
  const qp = upper.some((p) => p === 'QUOTED-PRINTABLE' || p === 'ENCODING=QUOTED-PRINTABLE');
  const charset = upper.find((p) => p.startsWith('CHARSET='))?.slice(8).replace(/"/g, '').toLowerCase() ?? 'utf-8';
  return { name, params: upper, value: qp ? quotedPrintable(raw, charset) : raw };
}

/** The first value of a property, preferring one whose parameters say `prefer` (e.g. CELL). */
function pick(props: Property[], name: string, prefer?: string): string {
  const all = props.filter((p) => p.name === name);
  const chosen = (prefer && all.find((p) => p.params.some((x) => x.includes(prefer)))) || all.find((p) => p.params.some((x) => x.includes('PREF'))) || all[0];
  return chosen ? unescape(chosen.value).trim() : '';
}

function row(props: Property[]): string[] {
  const [family = '', given = ''] = components(pick(props, 'N'));
  const joined = hasCjk(family + given) ? `${family}${given}` : [given, family].filter(Boolean).join(' ');
  const name = pick(props, 'FN') || joined;
  const phonetic = [pick(props, 'X-PHONETIC-FIRST-NAME'), pick(props, 'X-PHONETIC-LAST-NAME')].filter(Boolean).join(' ');
  const [organization = '', ...units] = components(pick(props, 'ORG'));
  return [
    name,
    phonetic || pick(props, 'NICKNAME'),
    pick(props, 'TITLE') || pick(props, 'ROLE'),
    units.filter(Boolean).join(' / '),
    pick(props, 'TEL', 'CELL').replace(/^tel:/i, ''),
    pick(props, 'EMAIL'),
    pick(props, 'X-MS-MANAGER') || pick(props, 'X-MANAGER'),
    organization,
    pick(props, 'NOTE'),
  ];
}

/**
 * A contact table from a vCard file (2.1, 3.0 or 4.0; any number of cards): one row per card,
 * numbered by the card's place in the file. A small parser of our own: the npm vCard libraries
 * either parse 4.0 only (vcard4), or not 2.1's quoted-printable and charsets (ical.js), which
 * phones still export Chinese names in.
 */
export function parseVcard(text: string, fileName: string): ContactTable {
  const rows: ContactTable['rows'] = [];
  let card: Property[] | null = null;
  let cards = 0;
  for (const line of unfold(text)) {
    const upper = line.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') {
      if (card) throw new ContactFileError(`"${fileName}", card ${cards}: a card starts before the previous one ends (END:VCARD missing). Nothing was imported.`);
      card = [];
      cards++;
    } else if (upper === 'END:VCARD') {
      if (!card) throw new ContactFileError(`"${fileName}", card ${cards + 1}: END:VCARD without BEGIN:VCARD. Nothing was imported.`);
      rows.push({ line: cards, cells: row(card) });
      card = null;
    } else if (card && line.trim()) {
      const p = property(line);
      if (p && card.length < 1000) card.push(p);
    }
  }
  if (card) throw new ContactFileError(`"${fileName}", card ${cards}: the card is not closed (END:VCARD missing); the file may be cut short. Nothing was imported.`);
  if (cards === 0) throw new ContactFileError(`"${fileName}" holds no vCard (no BEGIN:VCARD line). Nothing was imported.`);
  return checkedTable({ headers: [...VCARD_HEADERS], rows, unit: 'card' }, fileName);
}
