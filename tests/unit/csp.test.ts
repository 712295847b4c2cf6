import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, cspPlugin } from '../../electron/build/csp-plugin';

const root = resolve(import.meta.dirname, '../..');
const BUILT_PAGE = resolve(root, 'out/renderer/index.html');

/** directive → its sources, as a browser splits a policy. */
function directives(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** What a safe policy for an offline app must hold; each broken rule is named. */
function weaknesses(policy: string): string[] {
  const found: string[] = [];
  const d = directives(policy);
  for (const [name, sources] of d) {
    for (const source of sources) {
      const s = source.toLowerCase();
      if (s === "'unsafe-eval'" || s === "'wasm-unsafe-eval'") found.push(`${name} allows eval (${source})`);
      // A remote origin: any scheme that reaches a network, a bare host, or a wildcard.
      if (/^(https?|wss?|ftp):/.test(s) || s.includes('*') || /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/|$)/.test(s)) {
        found.push(`${name} allows a remote origin (${source})`);
      }
    }
  }
  const scripts = d.get('script-src') ?? d.get('default-src') ?? [];
  if (scripts.some((s) => s.toLowerCase() === "'unsafe-inline'")) found.push("scripts may be inline ('unsafe-inline')");
  if (d.get('default-src')?.join(' ') !== "'self'") found.push("default-src is not 'self' alone");
  for (const name of ['object-src', 'base-uri', 'frame-src', 'form-action']) {
    if (d.get(name)?.join(' ') !== "'none'") found.push(`${name} is not 'none'`);
  }
  return found;
}

/** The policy of a page's CSP meta tag, or null. */
function metaPolicy(html: string): string | null {
  return /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html)?.[1] ?? null;
}

describe('the renderer’s Content-Security-Policy', () => {
  it('allows no eval, no inline script and no remote origin', () => {
    expect(weaknesses(CONTENT_SECURITY_POLICY)).toEqual([]);
  });

  it('is caught when weakened (the check looks)', () => {
    expect(weaknesses(CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'"))).toEqual([
      "script-src allows eval ('unsafe-eval')",
    ]);
    expect(weaknesses(CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"))).toEqual([
      "scripts may be inline ('unsafe-inline')",
    ]);
    for (const remote of [
      'https://cdn.example.com',
      'http:',
      'ws://localhost:5173',
      '*',
      'https://*.example.com',
      'cdn.example.com',
    ]) {
      expect(weaknesses(CONTENT_SECURITY_POLICY.replace("connect-src 'self'", `connect-src 'self' ${remote}`)), remote).toEqual([
        `connect-src allows a remote origin (${remote})`,
      ]);
    }
    expect(weaknesses(CONTENT_SECURITY_POLICY.replace("object-src 'none'", "object-src 'self'"))).toEqual([
      "object-src is not 'none'",
    ]);
  });

  it('is written first in the page’s <head> by the build plugin', () => {
    const plugin = cspPlugin();
    const source = readFileSync(resolve(root, 'renderer/index.html'), 'utf8');
    const transform = plugin.transformIndexHtml as (html: string) => string;
    const html = transform(source);
    expect(metaPolicy(html)).toBe(CONTENT_SECURITY_POLICY);
    const head = html.slice(html.search(/<head(\s[^>]*)?>/i));
    expect(head.search(/<meta http-equiv="Content-Security-Policy"/i)).toBeLessThan(head.search(/<script|<link|<style/i) >>> 0);
    expect(() => transform('<html><body></body></html>')).toThrow(/no <head>/);
  });

  it.skipIf(!existsSync(BUILT_PAGE))(
    'is the one in the built page (out/renderer/index.html; skipped before npm run build)',
    () => {
      const html = readFileSync(BUILT_PAGE, 'utf8');
      expect(html.match(/http-equiv="Content-Security-Policy"/gi)).toHaveLength(1);
      expect(metaPolicy(html)).toBe(CONTENT_SECURITY_POLICY);
      // The bundle is loaded from the page's own folder, never from elsewhere.
      for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]*)"/gi)) expect(src).toMatch(/^\.?\/?assets\//);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i); // no inline script
    },
  );
});
