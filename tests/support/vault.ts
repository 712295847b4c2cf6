import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { OsCipher } from '../../electron/services/vault/device-keys';
import type { KdfCost } from '../../electron/services/vault/keyring';
import type { Account } from '../../shared/model/account';

/** scrypt at 2^10: the same code path as the app's 2^17, in a millisecond instead of half a second. */
export const TEST_KDF: KdfCost = { N: 2 ** 10, r: 8, p: 1 };

/**
 * The texts encryption must hide: every dossier field, motive, trip, activity and note of the
 * accounts, at least 4 characters long and not also a name, title or department (those repeat
 * in texts the test does not look for, and a name alone is not the secret).
 */
export function secretTexts(accounts: readonly Account[]): string[] {
  const texts: string[] = [];
  const names: string[] = [];
  for (const a of accounts) {
    names.push(a.name, ...a.departments.map((d) => d.name), ...a.team.map((m) => m.name));
    for (const p of a.people) {
      names.push(p.name, p.alternateName, p.title);
      texts.push(...Object.values(p.dossier).filter((v): v is string => typeof v === 'string'));
      texts.push(p.motives.organizational, p.motives.personal, p.motives.fears, p.motives.ourOffer);
      texts.push(...p.itinerary.flatMap((t) => [t.place, t.purpose]));
      texts.push(...p.activities.map((x) => x.summary));
    }
    texts.push(...a.links.map((l) => l.note));
    texts.push(...a.actions.map((x) => x.text));
  }
  return [...new Set(texts.filter((t) => t.trim().length >= 4 && !names.some((n) => n.includes(t))))];
}

/** Every file under the folder, at any depth, with its bytes. */
export async function filesUnder(dir: string): Promise<{ file: string; bytes: Buffer }[]> {
  const out: { file: string; bytes: Buffer }[] = [];
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    out.push({ file: relative(dir, path), bytes: await readFile(path) });
  }
  return out;
}

/**
 * Which of the texts appear in the files' bytes, as UTF-8 and as JSON writes them (escaped quotes,
 * newlines): each hit names the file.
 */
export function textsIn(files: { file: string; bytes: Buffer }[], texts: readonly string[]): { file: string; text: string }[] {
  const hits: { file: string; text: string }[] = [];
  for (const text of texts) {
    const needles = [...new Set([text, JSON.stringify(text).slice(1, -1)])].map((t) => Buffer.from(t, 'utf8'));
    for (const f of files) if (needles.some((n) => f.bytes.includes(n))) hits.push({ file: f.file, text });
  }
  return hits;
}

/**
 * The OS's secret keeping, as Electron's safeStorage behaves: sealed bytes that only this object
 * opens; `backend` as Linux reports it (`basic_text` when no keyring service runs).
 */
export class FakeOsCipher implements OsCipher {
  private readonly secret = Math.random().toString(36).slice(2);
  constructor(
    public backendName: string | null = 'gnome_libsecret',
    public available = true,
  ) {}
  isAvailable = () => this.available;
  backend = () => this.backendName;
  encrypt = (plain: string) => Buffer.from(`${this.secret}:${Buffer.from(plain).toString('base64')}`);
  decrypt(sealed: Buffer): string {
    const [secret, body] = sealed.toString().split(':');
    if (secret !== this.secret) throw new Error('not sealed by this OS user');
    return Buffer.from(body ?? '', 'base64').toString();
  }
}
