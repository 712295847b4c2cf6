import { ACCOUNT_SCHEMA_VERSION, Account, Department } from '../../model/account';
import type { Link } from '../../model/link';
import { Person } from '../../model/person';
import { layoutReportingTree } from '../layout';
import { unmappedColumns, type ContactField, type ContactMapping } from './mapping';
import type { RowProblem } from './problems';
import { ContactFileError, MAX_CONTACT_ROWS, cellOf, isBlank, type ContactTable, type TableRow } from './table';

/** Longest text each field holds (the model's limits), checked per row rather than failing the file. */
const MAX_LENGTH: Record<Exclude<ContactField, 'manager'>, number> & { notes: number } = {
  name: 200,
  alternateName: 200,
  title: 300,
  department: 200,
  phone: 100,
  email: 300,
  id: 200,
  notes: 20000,
};
const MAX_DEPARTMENTS = 2000;

export interface ContactPlanOptions {
  /** The account the contacts join (people with a name already there are skipped), or null for a new one. */
  existing: Account | null;
  /** The new account's name (ignored when joining an existing account). */
  accountName: string;
  /** ISO timestamp for a new account's createdAt. */
  now: string;
}

/** What an import would do: the resulting account, and every row it leaves out and why. */
export interface ContactPlan {
  account: Account;
  /** People the import adds, in the file's order, with the row each came from. */
  added: { id: string; line: number }[];
  /** Rows whose name is already a person of the account: not imported again. */
  skipped: { line: number; name: string }[];
  problems: RowProblem[];
  departmentsAdded: number;
}

interface Row {
  row: TableRow;
  name: string;
  id: string;
  manager: string;
}

/**
 * Turns a contact table into people, departments and solid reporting lines (manager found by the
 * id column first, else by exact name among the rows, else among the account's people), laid out
 * with the canvas's own tree layout. Rows with a problem are left out; the others always make a
 * valid Account. Throws ContactFileError when the whole file is refused (too many rows).
 */
export function planContacts(table: ContactTable, mapping: ContactMapping, options: ContactPlanOptions): ContactPlan {
  const existing = options.existing;
  const newId = idMaker();
  const present = existing?.people.length ?? 0;
  const rows = table.rows.filter((r) => !isBlank(r));
  if (rows.length + present > MAX_CONTACT_ROWS) {
    throw new ContactFileError(
      existing
        ? `The file has ${rows.length.toLocaleString('en')} contacts and "${existing.name}" already has ${present.toLocaleString('en')} people; an account holds at most ${MAX_CONTACT_ROWS.toLocaleString('en')}. Nothing was imported.`
        : `The file has ${rows.length.toLocaleString('en')} contacts; an account holds at most ${MAX_CONTACT_ROWS.toLocaleString('en')} people. Split the file and import it into several accounts. Nothing was imported.`,
    );
  }
  const problems = new Map<number, RowProblem>(); // by index in `rows`; one problem per row, the first found
  const flag = (i: number, p: RowProblem) => {
    if (!problems.has(i)) problems.set(i, p);
  };
  const info: Row[] = rows.map((row) => ({ row, name: cellOf(row, mapping.name), id: cellOf(row, mapping.id), manager: cellOf(row, mapping.manager) }));
  const existingByName = new Map<string, string[]>();
  for (const p of existing?.people ?? []) push(existingByName, p.name, p.id);
  const skipped = new Map<number, string>(); // row index → the existing person's id

  info.forEach((r, i) => {
    if (!r.name) return flag(i, { line: r.row.line, code: 'missingName' });
    const same = existingByName.get(r.name);
    if (same) return void skipped.set(i, same[0]!);
    for (const field of ['name', 'alternateName', 'title', 'department', 'phone', 'email', 'id'] as const) {
      if (cellOf(r.row, mapping[field]).length > MAX_LENGTH[field]) return flag(i, { line: r.row.line, code: 'tooLong', field, max: MAX_LENGTH[field] });
    }
  });

  // Ids must be unique among the rows: a manager given by a duplicated id could be either.
  const byId = new Map<string, number[]>();
  info.forEach((r, i) => r.id && push(byId, r.id, i));
  for (const [id, at] of byId) {
    if (at.length < 2) continue;
    const lines = at.map((i) => info[i]!.row.line);
    for (const i of at) flag(i, { line: info[i]!.row.line, code: 'duplicateId', id, lines });
  }
  const byName = new Map<string, number[]>();
  info.forEach((r, i) => r.name && push(byName, r.name, i));

  // Each row's manager: another row (index), an existing person (id), or none.
  const managerRow = new Array<number>(info.length).fill(-1);
  const managerExisting = new Map<number, string>();
  info.forEach((r, i) => {
    if (!r.manager || skipped.has(i)) return;
    const ids = byId.get(r.manager);
    const names = byName.get(r.manager);
    const rowsNamed = ids ?? names;
    if (rowsNamed && rowsNamed.length > 1 && !ids) {
      return flag(i, { line: r.row.line, code: 'ambiguousManager', manager: r.manager, lines: rowsNamed.map((j) => info[j]!.row.line) });
    }
    if (rowsNamed) {
      const j = rowsNamed[0]!;
      if (skipped.has(j)) managerExisting.set(i, skipped.get(j)!);
      else managerRow[i] = j;
      return;
    }
    const known = existingByName.get(r.manager);
    if (known && known.length > 1) return flag(i, { line: r.row.line, code: 'ambiguousManager', manager: r.manager, lines: [] });
    if (known) return void managerExisting.set(i, known[0]!);
    flag(i, { line: r.row.line, code: 'unknownManager', manager: r.manager });
  });

  for (const cycle of cyclesOf(managerRow)) {
    const lines = cycle.map((i) => info[i]!.row.line).sort((a, b) => a - b);
    for (const i of cycle) flag(i, { line: info[i]!.row.line, code: 'cycle', lines });
  }
  // A row under a left-out manager is left out too (in file order, following each chain up once).
  const settled = new Array<boolean>(info.length).fill(false);
  for (let start = 0; start < info.length; start++) {
    const chain: number[] = [];
    let cur = start;
    while (cur >= 0 && !settled[cur] && !problems.has(cur)) {
      chain.push(cur);
      cur = managerRow[cur]!;
    }
    // Walking back down: each row's manager is settled by now.
    for (let k = chain.length - 1; k >= 0; k--) {
      const i = chain[k]!;
      const m = managerRow[i]!;
      if (m >= 0 && problems.has(m)) flag(i, { line: info[i]!.row.line, code: 'managerLeftOut', managerLine: info[m]!.row.line });
      settled[i] = true;
    }
  }

  // The people, departments and lines of the rows that import.
  const departments = [...(existing?.departments ?? [])];
  const departmentByName = new Map(departments.map((d) => [d.name, d.id]));
  const rest = mapping.restToNotes ? unmappedColumns(mapping, table.headers.length) : [];
  const personId = new Map<number, string>();
  const added: ContactPlan['added'] = [];
  const people: Person[] = [];
  info.forEach((r, i) => {
    if (problems.has(i) || skipped.has(i)) return;
    const notes = rest
      .map((c) => [table.headers[c]?.trim() || `#${c + 1}`, cellOf(r.row, c)] as const)
      .filter(([, v]) => v !== '')
      .map(([h, v]) => `${h}: ${v}`)
      .join('\n');
    if (notes.length > MAX_LENGTH.notes) return flag(i, { line: r.row.line, code: 'tooLong', field: 'notes', max: MAX_LENGTH.notes });
    const department = cellOf(r.row, mapping.department);
    let departmentId: string | null = null;
    if (department) {
      departmentId = departmentByName.get(department) ?? null;
      if (!departmentId) {
        if (departments.length >= MAX_DEPARTMENTS) throw new ContactFileError(`The file names more than ${MAX_DEPARTMENTS} departments; an account holds at most ${MAX_DEPARTMENTS}. Nothing was imported.`);
        departmentId = newId('d');
        departmentByName.set(department, departmentId);
        departments.push(Department.parse({ id: departmentId, name: department }));
      }
    }
    const id = newId('p');
    personId.set(i, id);
    added.push({ id, line: r.row.line });
    people.push(
      newPerson({
        id,
        name: r.name,
        alternateName: cellOf(r.row, mapping.alternateName),
        title: cellOf(r.row, mapping.title),
        departmentId,
        phone: cellOf(r.row, mapping.phone),
        email: cellOf(r.row, mapping.email),
        notes,
      }),
    );
  });
  // A notes problem found just now can leave a row's staff without their manager: left out as well.
  let again = true;
  while (again) {
    again = false;
    for (const [i, id] of personId) {
      const m = managerRow[i]!;
      if (m >= 0 && !personId.has(m)) {
        flag(i, { line: info[i]!.row.line, code: 'managerLeftOut', managerLine: info[m]!.row.line });
        personId.delete(i);
        again = true;
        const at = people.findIndex((p) => p.id === id);
        people.splice(at, 1);
        added.splice(
          added.findIndex((a) => a.id === id),
          1,
        );
      }
    }
  }

  const links: Link[] = [];
  for (const [i, id] of personId) {
    const target = managerRow[i]! >= 0 ? personId.get(managerRow[i]!) : managerExisting.get(i);
    if (target) links.push({ id: newId('l'), source: id, target, kind: 'reportsTo', dotted: false, strength: null, note: '' });
  }

  const base: Account =
    existing ??
    Account.parse({ schemaVersion: ACCOUNT_SCHEMA_VERSION, id: newId('a'), name: options.accountName, createdAt: options.now, updatedAt: options.now });
  const allPeople = [...base.people, ...people];
  const allLinks = [...base.links, ...links];
  const account: Account = {
    ...base,
    people: allPeople,
    links: allLinks,
    departments,
    canvas: { ...base.canvas, positions: placeNew(base, allPeople, allLinks, new Set(people.map((p) => p.id))) },
  };
  return {
    account,
    added,
    skipped: [...skipped.keys()].map((i) => ({ line: info[i]!.row.line, name: info[i]!.name })),
    problems: [...problems.values()].sort((a, b) => a.line - b.line),
    departmentsAdded: departments.length - (existing?.departments.length ?? 0),
  };
}

/**
 * Random ids like newId's (`p_3f9a0c1d2e4b…`), drawing the random bytes in blocks: one
 * getRandomValues call per id cost more than the rest of a 5,000-row import together.
 */
function idMaker(): (prefix: string) => string {
  const pool = new Uint8Array(8 * 2048);
  let at = pool.length;
  return (prefix) => {
    if (at + 8 > pool.length) {
      globalThis.crypto.getRandomValues(pool);
      at = 0;
    }
    let hex = '';
    for (let i = at; i < at + 8; i++) hex += HEX[pool[i]!];
    at += 8;
    return `${prefix}_${hex}`;
  };
}
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

let blank: Person | null = null;

/**
 * A person with the model's defaults and these fields, built from one parsed template rather than
 * a schema parse per row (the parse dominated a 5,000-row import). Safe because every value was
 * checked against MAX_LENGTH above; the account is validated whole where it is written.
 */
function newPerson(f: Pick<Person, 'id' | 'name' | 'alternateName' | 'title' | 'departmentId' | 'phone' | 'email'> & { notes: string }): Person {
  blank ??= Person.parse({ id: 'p_template', name: '' });
  const { notes, ...fields } = f;
  return {
    ...blank,
    ...fields,
    roles: [],
    relationship: { ...blank.relationship, history: [], coverage: [] },
    dossier: { ...blank.dossier, notes },
    motives: { ...blank.motives },
    itinerary: [],
    activities: [],
  };
}

/**
 * Positions for the new people from the canvas's tree layout. People already placed keep their
 * places; the new ones, laid out with the whole account, are moved as one block below them.
 */
function placeNew(base: Account, people: readonly Person[], links: readonly Link[], fresh: ReadonlySet<string>): Account['canvas']['positions'] {
  const laid = layoutReportingTree(
    people.map((p) => p.id),
    links,
  );
  const newOnes = [...fresh].map((id) => [id, laid.get(id)!] as const);
  let lowestPlaced = -Infinity;
  for (const p of Object.values(base.canvas.positions)) lowestPlaced = Math.max(lowestPlaced, p.y);
  let topNew = Infinity;
  for (const [, p] of newOnes) topNew = Math.min(topNew, p.y);
  const shift = lowestPlaced === -Infinity || !newOnes.length ? 0 : lowestPlaced + 240 - topNew;
  // Built in one go: adding thousands of keys one by one to an object is slow in V8.
  return Object.fromEntries([...Object.entries(base.canvas.positions), ...newOnes.map(([id, p]) => [id, { x: p.x, y: p.y + shift }] as const)]);
}

/** The loops of a "manager of" array (-1: none): each loop's members, self-loops included. */
function cyclesOf(managerOf: readonly number[]): number[][] {
  const state = new Uint8Array(managerOf.length); // 0 unseen, 1 on the current path, 2 done
  const cycles: number[][] = [];
  for (let start = 0; start < managerOf.length; start++) {
    if (state[start]) continue;
    const path: number[] = [];
    let cur = start;
    while (cur >= 0 && state[cur] === 0) {
      state[cur] = 1;
      path.push(cur);
      cur = managerOf[cur]!;
    }
    if (cur >= 0 && state[cur] === 1) cycles.push(path.slice(path.indexOf(cur)));
    for (const i of path) state[i] = 2;
  }
  return cycles;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
