import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { externalUrl } from '../../electron/main/external-url';

describe('externalUrl: which links leave the app for the system browser or mail app', () => {
  it('lets secure web pages and e-mail addresses through, normalized', () => {
    expect(externalUrl('https://example.com/a?b=1#c')).toBe('https://example.com/a?b=1#c');
    expect(externalUrl('HTTPS://Example.COM')).toBe('https://example.com/');
    expect(externalUrl('https://例子.测试/')).toBe('https://xn--fsqu00a.xn--0zwm56d/');
    expect(externalUrl('mailto:li.na@example.com')).toBe('mailto:li.na@example.com');
    expect(externalUrl('mailto:li.na@example.com?subject=Bid')).toBe('mailto:li.na@example.com?subject=Bid');
  });

  it('refuses every other scheme', () => {
    for (const url of [
      'http://example.com/',
      'file:///etc/passwd',
      'file://server/share/evil.exe',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'blob:https://example.com/1',
      'ftp://example.com/',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'search-ms:query=x',
      'vscode://file/etc/passwd',
      'chrome://settings',
      'about:blank',
      'ws://example.com/',
    ]) {
      expect(externalUrl(url), url).toBeNull();
    }
  });

  it('refuses https links that hide where they go and mailto links without an address', () => {
    expect(externalUrl('https://user:pass@example.com/')).toBeNull();
    expect(externalUrl('https://example.com@evil.example/')).toBeNull();
    expect(externalUrl('mailto:')).toBeNull();
    expect(externalUrl('mailto:?subject=x')).toBeNull();
    expect(externalUrl('mailto:nobody')).toBeNull();
  });

  it('refuses what is not a clean, reasonably short URL', () => {
    expect(externalUrl('')).toBeNull();
    expect(externalUrl('example.com')).toBeNull();
    expect(externalUrl('/relative/path')).toBeNull();
    expect(externalUrl('https://example.com/\nfile:///x')).toBeNull();
    expect(externalUrl(' https://example.com/')).toBeNull();
    expect(externalUrl('https://example.com/\u0000')).toBeNull();
    expect(externalUrl(`https://example.com/${'a'.repeat(3000)}`)).toBeNull();
    expect(externalUrl(42)).toBeNull();
    expect(externalUrl(null)).toBeNull();
    expect(externalUrl({ toString: () => 'https://example.com/' })).toBeNull();
  });
});

describe('the way out of the app', () => {
  it('is one shell.openExternal call, in security.ts, behind the allow-list', () => {
    const root = resolve(import.meta.dirname, '../..');
    const calls: string[] = [];
    for (const dir of ['electron', 'renderer/src', 'shared']) {
      for (const file of readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })) {
        if (!/\.(ts|tsx|mts|cts|js)$/.test(file)) continue;
        const text = readFileSync(join(root, dir, file), 'utf8');
        for (const line of text.split('\n'))
          if (line.includes('openExternal(')) calls.push(`${relative(root, join(root, dir, file))}: ${line.trim()}`);
      }
    }
    expect(calls).toEqual([
      "electron/main/security.ts: shell.openExternal(allowed).catch((e: unknown) => console.error('bidmap: could not open a link:', e));",
    ]);
    const security = readFileSync(join(root, 'electron/main/security.ts'), 'utf8');
    expect(security).toMatch(/const allowed = externalUrl\(url\);\s*if \(allowed === null\)/);
  });
});
