import { ContactFileError, joinName, type ContactTable, type KnownFormat, type TableRow } from '../../../shared/logic/contacts';
import { checkedTable } from './csv';
import { decodeCharset } from './decode';

/** The columns a vCard file becomes; the mapping step guesses them like a sheet's headers. */
export const VCARD_HEADERS = [
  'Name',
  'Alternate name',
  'Title',
  'Department',
  'Phone',
  'Email',
  'Manager',
  'Organization',
  'Note',
] as const;
const MANAGER_CELL = 6;

/**
 * How the file's characters reach the parser: `bytes` when each character of the text is one byte
 * of the file (latin1), so that every value is decoded in its own CHARSET, or the file's encoding;
 * `text` when the file was already decoded (UTF-16) and values are text.
 */
export type VcardInput = { kind: 'bytes'; charset: string } | { kind: 'text' };

interface Property {
  group: string;
  name: string;
  params: string[];
  value: string;
}

interface Card {
  props: Property[];
  /** The card's number in the file (nested cards counted too). */
  number: number;
  /** For a card nested in another (vCard 2.1's AGENT), the card it belongs to. */
  parent: Card | null;
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

/** The bytes of a QUOTED-PRINTABLE value (vCard 2.1); characters outside =XX are taken as their bytes. */
function quotedPrintableBytes(value: string, input: VcardInput): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (input.kind === 'bytes') {
      bytes.push(value.charCodeAt(i) & 0xff);
    } else {
      for (const b of Buffer.from(value[i]!, 'utf8')) bytes.push(b);
    }
  }
  return Uint8Array.from(bytes);
}

/** The text of a value: backslash escapes undone (\n, \, \; \\). */
const unescape = (v: string) => v.replace(/\\([nN,;:\\])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

/** A structured value's components (N, ORG), split on unescaped semicolons. */
const components = (v: string) => v.split(/(?<!\\);/).map((c) => unescape(c).trim());

/** Lines with folding undone: 2.1's soft "=" line ends (quoted-printable) and 3.0/4.0's leading space. */
function unfold(text: string): string[] {
  const raw = text.split(/\r\n|\r|\n/);
  const out: string[] = [];
  for (const line of raw) {
    const last = out.length - 1;
    if (last >= 0 && (line.startsWith(' ') || line.startsWith('\t'))) out[last] += line.slice(1);
    else if (last >= 0 && /QUOTED-PRINTABLE/i.test(out[last]!.split(':')[0]!) && out[last]!.endsWith('='))
      out[last] = out[last]!.slice(0, -1) + line;
    else out.push(line);
  }
  return out;
}

function property(line: string, input: VcardInput): Property | null {
  const parts = splitOnce(line, ':');
  if (!parts) return null;
  const [head, raw] = parts;
  const [nameWithGroup = '', ...params] = head.split(';');
  const dot = nameWithGroup.lastIndexOf('.');
  const name = nameWithGroup.slice(dot + 1).toUpperCase();
  const group = dot > 0 ? nameWithGroup.slice(0, dot).toUpperCase() : '';
  const upper = params.map((p) => p.toUpperCase());
  if (name === 'PHOTO' || name === 'LOGO' || name === 'SOUND' || name === 'KEY') return { group, name, params: upper, value: '' }; // binary: kept as "present" only
  const qp = upper.some((p) => p === 'QUOTED-PRINTABLE' || p === 'ENCODING=QUOTED-PRINTABLE');
  const declared = upper
    .find((p) => p.startsWith('CHARSET='))
    ?.slice(8)
    .replace(/"/g, '')
    .toLowerCase();
  let value: string;
  if (qp) value = decodeCharset(quotedPrintableBytes(raw, input), declared ?? (input.kind === 'bytes' ? input.charset : 'utf-8'));
  else if (input.kind === 'bytes') value = decodeCharset(Buffer.from(raw, 'latin1'), declared ?? input.charset);
  else value = raw;
  return { group, name, params: upper, value };
}

const typed = (p: Property, word: string) => p.params.some((x) => x.includes(word));

/** The first value of a property, preferring one whose parameters say `prefer` (e.g. CELL). */
function pick(props: Property[], name: string, prefer?: string): string {
  const all = props.filter((p) => p.name === name);
  const chosen = (prefer && all.find((p) => typed(p, prefer))) || all.find((p) => typed(p, 'PREF')) || all[0];
  return chosen ? unescape(chosen.value).trim() : '';
}

const MANAGER = /manager|supervisor|boss|上司|上级|经理|主管|领导/i;
const ASSISTANT = /assistant|secretary|助理|秘书/i;
/** Android's relation types (ContactsContract.CommonDataKinds.Relation): 1 assistant, 7 manager. */
const ANDROID_ASSISTANT = '1';
const ANDROID_MANAGER = '7';

/**
 * The people a card names as its manager and its assistants, from every place phones and mail
 * programs keep them: vCard 4's RELATED (TYPE=manager, assistant, or a text value), Apple's
 * X-ABRELATEDNAMES labelled by the X-ABLabel of its group, Android's X-ANDROID-CUSTOM relation,
 * Outlook's X-MS-MANAGER, and X-MANAGER / X-ASSISTANT with their Evolution and KAddressBook forms.
 */
function relationsOf(props: Property[]): { managers: string[]; assistants: string[] } {
  const managers: string[] = [];
  const assistants: string[] = [];
  const labels = new Map(props.filter((p) => p.name === 'X-ABLABEL' && p.group).map((p) => [p.group, unescape(p.value)]));
  for (const p of props) {
    const v = unescape(p.value).trim();
    if (!v) continue;
    const kind = (() => {
      switch (p.name) {
        case 'X-MS-MANAGER':
        case 'X-MANAGER':
        case 'X-EVOLUTION-MANAGER':
        case 'X-KADDRESSBOOK-X-MANAGERSNAME':
          return 'manager';
        case 'X-ASSISTANT':
        case 'X-MS-ASSISTANT':
        case 'X-EVOLUTION-ASSISTANT':
        case 'X-KADDRESSBOOK-X-ASSISTANTSNAME':
          return 'assistant';
        case 'RELATED':
        case 'X-ABRELATEDNAMES': {
          const label = [...p.params, labels.get(p.group) ?? ''].join(' ');
          return MANAGER.test(label) ? 'manager' : ASSISTANT.test(label) ? 'assistant' : null;
        }
        default:
          return null;
      }
    })();
    if (kind === 'manager') managers.push(v);
    if (kind === 'assistant') assistants.push(v);
    if (p.name === 'X-ANDROID-CUSTOM' && /^vnd\.android\.cursor\.item\/relation;/i.test(p.value)) {
      const [, who = '', type = ''] = components(p.value);
      if (who && type === ANDROID_MANAGER) managers.push(who);
      if (who && type === ANDROID_ASSISTANT) assistants.push(who);
    }
  }
  return { managers, assistants };
}

/** The flavour of vCard a card was written by, told by its PRODID and its own properties. */
function flavourOf(props: Property[]): KnownFormat | null {
  const prodid = pick(props, 'PRODID');
  if (/apple/i.test(prodid) || props.some((p) => p.name.startsWith('X-AB'))) return 'vcardApple';
  if (/android/i.test(prodid) || props.some((p) => p.name.startsWith('X-ANDROID'))) return 'vcardAndroid';
  if (/microsoft/i.test(prodid) || props.some((p) => p.name.startsWith('X-MS-'))) return 'vcardOutlook';
  return null;
}

function row(props: Property[], manager: string): string[] {
  const [family = '', given = '', middle = ''] = components(pick(props, 'N'));
  const joined = joinName([
    { value: given, header: 'First Name' },
    { value: middle, header: 'Middle Name' },
    { value: family, header: 'Last Name' },
  ]);
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
    manager,
    organization,
    pick(props, 'NOTE'),
  ];
}

/** The cards of the file, nested ones (vCard 2.1's AGENT) as cards of their own. */
function cardsOf(text: string, fileName: string, input: VcardInput): Card[] {
  const done: Card[] = [];
  const open: Card[] = [];
  let count = 0;
  for (const line of unfold(text)) {
    const upper = line.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD' || upper === 'AGENT:BEGIN:VCARD') {
      if (open.length >= 8)
        throw new ContactFileError(`"${fileName}", card ${count}: cards are nested more than 8 deep. Nothing was imported.`);
      open.push({ props: [], number: ++count, parent: open.at(-1) ?? null });
    } else if (upper === 'END:VCARD') {
      const card = open.pop();
      if (!card)
        throw new ContactFileError(`"${fileName}", card ${count + 1}: END:VCARD without BEGIN:VCARD. Nothing was imported.`);
      done.push(card);
    } else if (open.length && line.trim()) {
      const p = property(line, input);
      const card = open.at(-1)!;
      if (!p || card.props.length >= 1000) continue;
      // vCard 3.0 writes an AGENT's card inline, escaped: parsed as a nested card of its own.
      if (p.name === 'AGENT' && /^BEGIN:VCARD/i.test(p.value)) {
        for (const inner of cardsOf(unescape(p.value), fileName, { kind: 'text' }))
          done.push({ ...inner, number: ++count, parent: inner.parent ?? card });
      } else card.props.push(p);
    }
  }
  if (open.length)
    throw new ContactFileError(
      `"${fileName}", card ${open[0]!.number}: the card is not closed (END:VCARD missing); the file may be cut short. Nothing was imported.`,
    );
  return done.sort((a, b) => a.number - b.number);
}

/**
 * A contact table from a vCard file (2.1, 3.0 or 4.0; any number of cards): one row per card,
 * numbered by the card's place in the file. Every value is decoded in its declared CHARSET (or
 * the file's encoding); a nested AGENT card is a person of its own, the assistant of the card
 * around it; manager and assistant relations become the Manager column, a UID reference read as
 * that card's name. A small parser of our own: the npm vCard libraries either parse 4.0 only
 * (vcard4), or not 2.1's quoted-printable and charsets (ical.js), which phones still export
 * Chinese names in.
 */
export function parseVcard(
  text: string,
  fileName: string,
  input: VcardInput = { kind: 'text' },
): { table: ContactTable; flavour: KnownFormat | null } {
  const cards = cardsOf(text, fileName, input);
  if (cards.length === 0) throw new ContactFileError(`"${fileName}" holds no vCard (no BEGIN:VCARD line). Nothing was imported.`);
  const relations = new Map(cards.map((c) => [c, relationsOf(c.props)]));
  const rows: TableRow[] = cards.map((c) => {
    const cells = row(c.props, relations.get(c)!.managers[0] ?? '');
    const photoOnly = cells.every((x) => x === '') && c.props.some((p) => p.name === 'PHOTO');
    return photoOnly ? { line: c.number, cells, photoOnly } : { line: c.number, cells };
  });
  const nameOf = new Map<string, string>();
  cards.forEach((c, i) => {
    const uid = pick(c.props, 'UID');
    if (uid && rows[i]!.cells[0]) {
      nameOf.set(uid, rows[i]!.cells[0]!);
      nameOf.set(uid.replace(/^urn:uuid:/i, ''), rows[i]!.cells[0]!);
    }
  });
  const byName = new Map(rows.map((r) => [r.cells[0]!, r]));
  cards.forEach((c, i) => {
    const r = rows[i]!;
    const manager = r.cells[MANAGER_CELL]!;
    // A reference by UID (vCard 4's RELATED is a URI by default) is the card's name.
    if (manager) r.cells[MANAGER_CELL] = nameOf.get(manager) ?? nameOf.get(manager.replace(/^urn:uuid:/i, '')) ?? manager;
    const self = r.cells[0]!;
    // Whoever a card names as its assistant, or nests as its agent, reports to it (unless their own card says otherwise).
    const assistants = [...relations.get(c)!.assistants.map((a) => nameOf.get(a) ?? a)];
    for (const a of assistants) {
      const other = byName.get(a);
      if (other && other !== r && self && !other.cells[MANAGER_CELL]) other.cells[MANAGER_CELL] = self;
    }
    const parentIndex = c.parent ? cards.indexOf(c.parent) : -1;
    if (parentIndex >= 0 && !r.cells[MANAGER_CELL] && rows[parentIndex]!.cells[0])
      r.cells[MANAGER_CELL] = rows[parentIndex]!.cells[0]!;
  });
  if (rows.every((r) => r.cells.every((x) => x === '')) && rows.some((r) => r.photoOnly)) {
    throw new ContactFileError(
      `"${fileName}": its cards hold only photos, no names or other details. Export the contacts again with their names. Nothing was imported.`,
    );
  }
  const flavours = cards.map((c) => flavourOf(c.props)).filter((f): f is KnownFormat => f !== null);
  return {
    table: checkedTable({ headers: [...VCARD_HEADERS], rows, unit: 'card', headerLine: 0 }, fileName),
    flavour: flavours[0] ?? null,
  };
}
