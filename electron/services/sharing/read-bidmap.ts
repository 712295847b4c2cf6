import { chartProblems, duplicateRecordId } from '../../../shared/logic/chart';
import { ACCOUNT_SCHEMA_VERSION } from '../../../shared/model/account';
import { BIDMAP_FILE_VERSION, type BidmapFile } from '../../../shared/model/bidmap-file';
import { markChecked } from '../../../shared/model/checked';
import { ACCOUNT_MIGRATIONS, bidmapFileV0toV1, migrate, MigrationError } from '../../../shared/model/migrations';
import { ServiceError, serviceText } from '../errors';
import { bidmapFileSchema } from './compiled-file';

export interface ReadBidmap {
  file: BidmapFile;
  /** The version the file (or its oldest account) was migrated from, or null when it was current. */
  migratedFrom: number | null;
}

const refuse = (name: string, why: string) => new ServiceError('invalidInput', serviceText('importRefused', { name, why }));
/** The refusals a user meets most, worded whole in their language; the rest name a technical place. */
const refuseAs = (name: string, key: 'importEmpty' | 'importNotText' | 'importTruncated' | 'importNotBidmap') =>
  new ServiceError('invalidInput', serviceText(key, { name }));
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Line and column of a character offset, for JSON syntax errors. */
function where(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

function parseJson(name: string, bytes: Uint8Array): unknown {
  if (bytes.length === 0) throw refuseAs(name, 'importEmpty');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refuseAs(name, 'importNotText');
  }
  if (text.includes('\u0000')) throw refuse(name, 'it is not a text file (it holds binary data)');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw refuseAs(name, 'importEmpty');
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message);
    // The parser stopped at (or past) the last character: the file was cut short, whatever it expected there.
    if (/end of JSON input/i.test(message) || (at && Number(at[1]) >= text.trimEnd().length - 1)) {
      throw refuseAs(name, 'importTruncated');
    }
    throw refuse(name, `it is not valid JSON (${at ? where(text, Number(at[1])) : message})`);
  }
}

/** A JSON path as people read it: `accounts[0].people[3].name`. */
const pathOf = (path: readonly PropertyKey[]) =>
  path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : `${s}${s ? '.' : ''}${String(k)}`), '');

/**
 * Reads a .bidmap file's bytes: decodes, parses, migrates an older file (or a bare account file
 * of the prototype), refuses a newer one naming both versions, validates every account, and
 * checks each chart's rules. Throws a ServiceError naming the problem and where it is; pure
 * otherwise (writes nothing).
 */
export function readBidmap(name: string, bytes: Uint8Array): ReadBidmap {
  const raw = parseJson(name, bytes);
  if (!isRecord(raw)) throw refuse(name, 'it does not hold a JSON object');
  let envelope: Record<string, unknown>;
  let migratedFrom: number | null = null;
  if (!('format' in raw)) {
    if (!('people' in raw || 'name' in raw)) throw refuseAs(name, 'importNotBidmap');
    envelope = { ...bidmapFileV0toV1.up(raw), schemaVersion: BIDMAP_FILE_VERSION };
    migratedFrom = 0;
  } else {
    if (raw.format !== 'bidmap')
      throw refuse(name, `it is not a Bidmap file ("format" is ${JSON.stringify(raw.format)?.slice(0, 40)}, not "bidmap")`);
    const version = raw.schemaVersion;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
      throw refuse(name, 'its "schemaVersion" is missing or not a whole number of 1 or more');
    if (version > BIDMAP_FILE_VERSION) {
      throw new ServiceError('invalidInput', serviceText('importNewer', { name, version, supported: BIDMAP_FILE_VERSION }));
    }
    envelope = raw;
  }
  if (Array.isArray(envelope.accounts)) {
    envelope = {
      ...envelope,
      accounts: envelope.accounts.map((account, i) => {
        if (!isRecord(account)) return account; // the schema names it below
        try {
          const { doc, from } = migrate(account, ACCOUNT_MIGRATIONS, ACCOUNT_SCHEMA_VERSION);
          if (from < ACCOUNT_SCHEMA_VERSION) migratedFrom = Math.min(migratedFrom ?? from, from);
          return doc;
        } catch (e) {
          if (e instanceof MigrationError && e.code === 'newerVersion') {
            throw refuse(
              name,
              `accounts[${i}] was written by a newer Bidmap (account version ${e.found}; this Bidmap reads up to ${e.supported}). Update Bidmap to import it`,
            );
          }
          throw refuse(name, `accounts[${i}]: ${(e as Error).message}`);
        }
      }),
    };
  }
  // Every account through the Account schema, once (compiled: see compiled-file.ts).
  const parsed = bidmapFileSchema().safeParse(envelope);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const more =
      parsed.error.issues.length > 1
        ? ` (and ${parsed.error.issues.length - 1} more problem${parsed.error.issues.length > 2 ? 's' : ''})`
        : '';
    throw refuse(name, `${pathOf(issue.path) || 'the file'}: ${issue.message}${more}`);
  }
  const file = parsed.data;
  // Each account came out of the Account schema (inside the file's): the store need not check it again.
  for (const account of file.accounts) markChecked(account);
  const seen = new Set<string>();
  file.accounts.forEach((account, i) => {
    if (seen.has(account.id)) throw refuse(name, `accounts[${i}] has the id ${account.id} of an account before it in the file`);
    seen.add(account.id);
    const problem = chartProblems(account)[0];
    if (problem) {
      const named = `accounts[${i}] ("${account.name.slice(0, 80)}")`;
      switch (problem.code) {
        case 'duplicateId':
          throw refuse(name, `${named}: the id ${problem.id} is used twice`);
        case 'missingPerson': {
          const link = account.links.find((l) => l.id === problem.linkId);
          throw refuse(
            name,
            `${named}: the line ${problem.linkId} points to a person who is not in the account (${link?.source} → ${link?.target})`,
          );
        }
        case 'cycle':
          throw refuse(name, `${named}: its reporting lines form a cycle (${problem.personIds.join(' → ')})`);
        case 'twoManagers':
          throw refuse(name, `${named}: ${problem.personId} has two ${problem.dotted ? 'dotted' : 'solid'}-line managers`);
        case 'selfLink':
          throw refuse(name, `${named}: ${problem.personId} is linked to themselves`);
      }
    }
    const twice = duplicateRecordId(account);
    if (twice) throw refuse(name, `accounts[${i}] ("${account.name.slice(0, 80)}"): the id ${twice} is used twice`);
  });
  return { file, migratedFrom };
}
