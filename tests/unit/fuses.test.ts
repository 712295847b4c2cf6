import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FuseOptionsV1 } from 'app-builder-lib';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The packaging config as electron-builder reads it. Packaging itself (which downloads the
// Electron binary and flips the fuses in it) cannot run in the test environment.
const config = parse(readFileSync(resolve(import.meta.dirname, '../../electron-builder.yml'), 'utf8')) as {
  asar?: unknown;
  electronFuses?: FuseOptionsV1;
};

describe('the packaged app’s Electron fuses', () => {
  const fuses = config.electronFuses ?? {};

  it('cannot be turned into a plain Node runtime or debugged from outside', () => {
    expect(fuses.runAsNode).toBe(false); // ELECTRON_RUN_AS_NODE ignored
    expect(fuses.enableNodeOptionsEnvironmentVariable).toBe(false); // NODE_OPTIONS ignored
    expect(fuses.enableNodeCliInspectArguments).toBe(false); // --inspect, --inspect-brk, SIGUSR1 ignored
  });

  it('loads only its own, integrity-checked app.asar', () => {
    expect(config.asar).toBe(true);
    expect(fuses.onlyLoadAppFromAsar).toBe(true);
    expect(fuses.enableEmbeddedAsarIntegrityValidation).toBe(true);
  });

  it('names only fuses electron-builder knows, each as a yes or no', () => {
    const known: (keyof FuseOptionsV1)[] = [
      'runAsNode',
      'enableCookieEncryption',
      'enableNodeOptionsEnvironmentVariable',
      'enableNodeCliInspectArguments',
      'enableEmbeddedAsarIntegrityValidation',
      'onlyLoadAppFromAsar',
      'loadBrowserProcessSpecificV8Snapshot',
      'grantFileProtocolExtraPrivileges',
      'resetAdHocDarwinSignature',
    ];
    for (const [name, value] of Object.entries(fuses)) {
      expect(known, `unknown fuse ${name}`).toContain(name);
      expect(typeof value, name).toBe('boolean');
    }
  });
});
