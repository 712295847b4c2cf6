// The services' sentences are said in the user's language: each is a key in `serviceErrors`, in
// both languages with the same {{params}}, and every call that raises one fills exactly those.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../../shared/i18n';
import { formatServiceText, serviceText, type ServiceMessageKey } from '../../shared/i18n/service-text';
import { LIMITS, limitText, type LimitKey } from '../../shared/model/limits';
import { dispatch } from '../../electron/services/ipc/dispatch';
import { openDesk } from '../support/sharing';
import { tempDir } from '../support/temp';

const paramsOf = (template: string) => [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
const keys = Object.keys(STRINGS.en.serviceErrors) as ServiceMessageKey[];

/** `serviceText('key', { a, b: f(x, y) })` calls in the services' sources: the key and the names it passes. */
async function calls(): Promise<{ file: string; key: string; params: string[] }[]> {
  const root = resolve(import.meta.dirname, '../../electron');
  const out: { file: string; key: string; params: string[] }[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const path = join(entry.parentPath, entry.name);
    const text = await readFile(path, 'utf8');
    // A key chosen at run time (a variable, a condition) is not matched: its argument's type checks it.
    for (const m of text.matchAll(/serviceText\(\s*'(\w+)'\s*(?:,\s*\{([^}]*)\})?\s*\)/g)) {
      let depth = 0;
      const names: string[] = [];
      let current = '';
      for (const ch of m[2] ?? '') {
        if (ch === '(') depth++;
        if (ch === ')') depth--;
        if (ch === ',' && depth === 0) {
          names.push(current);
          current = '';
        } else current += ch;
      }
      names.push(current);
      out.push({
        file: path,
        key: m[1]!,
        params: names
          .map((n) => n.split(':')[0]!.trim())
          .filter(Boolean)
          .sort(),
      });
    }
  }
  return out;
}

describe("the services speak the user's language", () => {
  it.each(keys)('%s has the same {{params}} in English and Chinese', (key) => {
    expect(paramsOf(STRINGS['zh-CN'].serviceErrors[key])).toEqual(paramsOf(STRINGS.en.serviceErrors[key]));
    expect(STRINGS['zh-CN'].serviceErrors[key]).not.toBe(STRINGS.en.serviceErrors[key]);
  });

  it('every serviceText call fills exactly the params its sentence names, and every sentence is used', async () => {
    const found = await calls();
    expect(found.length).toBeGreaterThan(30);
    for (const c of found) {
      expect(keys, `${c.file}: unknown key ${c.key}`).toContain(c.key);
      expect(c.params, `${c.file}: ${c.key}`).toEqual(paramsOf(STRINGS.en.serviceErrors[c.key as ServiceMessageKey]));
    }
    const used = new Set(found.map((c) => c.key));
    // The plan's limits are said through limitText (shared/model/limits.ts), each tested in strategy-limits.test.ts.
    const limits = Object.keys(LIMITS).map((l) => limitText(l as LimitKey).key);
    const dynamic = ['importEmpty', 'importNotText', 'importTruncated', 'importNotBidmap', 'lockHeldByApp', 'lockHeldByCli', ...limits];
    expect(keys.filter((k) => !used.has(k) && !dynamic.includes(k))).toEqual([]);
  });

  it('formats a sentence in either language, leaving a missing value visible', () => {
    expect(formatServiceText(serviceText('noAccount', { id: 'a_1' }))).toBe('No account with id a_1.');
    expect(formatServiceText(serviceText('noAccount', { id: 'a_1' }), 'zh-CN')).toBe('没有编号为 a_1 的客户。');
    expect(formatServiceText(serviceText('noAccount'))).toBe('No account with id {{id}}.');
  });

  it('a refusal crosses the boundary with its key, so the page can say it in Chinese', async () => {
    const desk = await openDesk(await tempDir());
    const handlers = { getAccount: () => desk.session.workspace().get('nobody') } as never;
    const answer = await dispatch(handlers, 'getAccount', { id: 'nobody' });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'notFound', message: 'No account with id nobody.', text: { key: 'noAccount', params: { id: 'nobody' } } },
    });
    await desk.session.close();
  });
});
