import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { RememberRefusal } from '../../../shared/model/vault';
import { writeFileDurable } from '../fs/durable-write';
import type { DataKeys } from './keyring';

/**
 * What the operating system offers to keep a secret for the signed-in user: Electron's
 * `safeStorage` in the app (Keychain, DPAPI, libsecret/KWallet), a stand-in in tests.
 */
export interface OsCipher {
  isAvailable(): boolean;
  /** Linux's backend (`basic_text`, `gnome_libsecret`, `kwallet5`, …, `unknown` before ready); null on macOS and Windows. */
  backend(): string | null;
  encrypt(plain: string): Buffer;
  decrypt(sealed: Buffer): string;
}

/**
 * Why keys cannot be remembered here, or null when they can. Linux's `basic_text` backend
 * "encrypts" with a password built into Chromium: anyone who copies the file could read the keys,
 * so remembering there would undo the passphrase.
 */
export function rememberRefusal(os: OsCipher | null): RememberRefusal | null {
  if (!os) return 'noDevice';
  const backend = os.backend();
  if (backend === 'basic_text') return 'basicText';
  if (!os.isAvailable() || backend === 'unknown') return 'unavailable';
  return null;
}

/** One workspace's keys as remembered: base64 per key id. */
const Remembered = z.object({ current: z.string(), keys: z.record(z.string(), z.string()) });
/** `device-keys.json` in the app-data folder: per workspace id, its keys sealed by the OS. */
const DeviceFile = z.record(z.string().regex(/^[0-9a-f]{32}$/), z.string());

/**
 * "Remember on this device": a workspace's data keys, sealed by the OS for this user, kept in the
 * app-data folder (never in the workspace folder, which may be copied or synced elsewhere).
 */
export class DeviceKeys {
  constructor(
    private readonly appDataDir: string | null,
    private readonly os: OsCipher | null,
  ) {}

  refusal(): RememberRefusal | null {
    return this.appDataDir === null ? 'noDevice' : rememberRefusal(this.os);
  }

  private get file(): string {
    return join(this.appDataDir!, 'device-keys.json');
  }

  private async entries(): Promise<Record<string, string>> {
    if (this.appDataDir === null) return {};
    try {
      const parsed = DeviceFile.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      return parsed.success ? parsed.data : {};
    } catch {
      return {}; // missing or damaged: nothing remembered, the passphrase is asked
    }
  }

  async has(workspaceId: string): Promise<boolean> {
    return Object.hasOwn(await this.entries(), workspaceId);
  }

  async remember(workspaceId: string, keys: DataKeys, current: string): Promise<void> {
    const refused = this.refusal();
    if (refused) throw new Error(`keys cannot be remembered on this device (${refused})`);
    const plain = JSON.stringify({ current, keys: Object.fromEntries([...keys].map(([id, k]) => [id, k.toString('base64')])) });
    const entries = await this.entries();
    entries[workspaceId] = this.os!.encrypt(plain).toString('base64');
    await writeFileDurable(this.file, JSON.stringify(entries));
  }

  /** The remembered keys, or null (none, the OS cannot open them any more, or remembering is refused now). */
  async recall(workspaceId: string): Promise<{ keys: DataKeys; current: string } | null> {
    if (this.refusal()) return null;
    const sealed = (await this.entries())[workspaceId];
    if (sealed === undefined) return null;
    try {
      const parsed = Remembered.parse(JSON.parse(this.os!.decrypt(Buffer.from(sealed, 'base64'))));
      return { current: parsed.current, keys: new Map(Object.entries(parsed.keys).map(([id, k]) => [id, Buffer.from(k, 'base64')])) };
    } catch {
      return null;
    }
  }

  async forget(workspaceId: string): Promise<void> {
    const entries = await this.entries();
    if (!Object.hasOwn(entries, workspaceId)) return;
    delete entries[workspaceId];
    await writeFileDurable(this.file, JSON.stringify(entries));
  }
}
