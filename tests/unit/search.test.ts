import { describe, expect, it } from 'vitest';
import { buildDemoAccounts } from '../../electron/services/demo';
import { seedDemo } from '../../electron/services/demo-workspace';
import { WorkspaceSearch } from '../../electron/services/search/workspace-search';
import { openSession } from '../../electron/services/session';
import { Workspace } from '../../electron/services/store/workspace';
import type { SearchHit, SearchResults } from '../../shared/ipc/search';
import {
  buildSearchIndex,
  fold,
  normalizeQuery,
  pinyinForms,
  PROSE_CAP,
  SEARCH_FIELDS,
  SEARCH_GROUPS,
} from '../../shared/logic/search';
import { snippetOf } from '../../shared/logic/search/snippet';
import { STRINGS } from '../../shared/i18n';
import { Account, ACCOUNT_SCHEMA_VERSION, type AccountInput } from '../../shared/model/account';
import type { PersonInput } from '../../shared/model/person';
import { TestHost } from '../support/host';
import { generateOrgAccount } from '../support/org-generator';
import { tempDir } from '../support/temp';

const NOW = '2026-11-01T00:00:00.000Z';
const zhDemo = () => buildDemoAccounts('zh-CN', NOW);
const enDemo = () => buildDemoAccounts('en', NOW);

function account(id: string, name: string, people: PersonInput[], extra: Partial<AccountInput> = {}): Account {
  return Account.parse({ schemaVersion: ACCOUNT_SCHEMA_VERSION, id, name, createdAt: NOW, updatedAt: NOW, people, ...extra });
}

const group = (r: SearchResults, g: string) => r.groups.find((x) => x.group === g);
const hits = (r: SearchResults, g: string): SearchHit[] => group(r, g)?.hits ?? [];
const names = (r: SearchResults, g: string) => hits(r, g).map((h) => h.person?.name ?? h.accountName);
/** The marked text of a hit's snippet. */
const marked = (h: SearchHit) => h.snippet.marks.map(([a, b]) => h.snippet.text.slice(a, b)).join('|');

describe('pinyin forms', () => {
  it('give the toneless pinyin and the initials of each Chinese run', () => {
    expect(pinyinForms('张主任')).toEqual({ full: 'zhangzhuren', initials: 'zzr' });
    expect(pinyinForms('信息科技部 主任（张主任）')).toEqual({
      full: 'xinxikejibu zhuren zhangzhuren',
      initials: 'xxkjb zr zzr',
    });
    expect(pinyinForms('Director Zhang')).toBeNull();
  });

  it('write ü as v, as typed, and read a name’s first character as a surname', () => {
    expect(pinyinForms('吕晓峰', true)?.full).toBe('lvxiaofeng');
    expect(pinyinForms('单田芳', true)?.full).toBe('shantianfang');
    expect(pinyinForms('曾国藩', true)?.initials).toBe('zgf');
  });
});

describe('folding', () => {
  it('keeps the length, so offsets in folded text are offsets in the original', () => {
    for (const s of ['García Müller', 'ＩＢＭ主机', 'İstanbul', 'a\nb\tc', '张主任（张）', '𠀀x'])
      expect(fold(s)).toHaveLength(s.length);
    expect(fold('García ＩＢＭ')).toBe('garcia ibm');
  });

  it('makes a query one line of single spaces, at most 200 characters', () => {
    expect(normalizeQuery('  Zhang \n\t Wei  ')).toBe('zhang wei');
    expect(normalizeQuery('x'.repeat(10_000))).toHaveLength(200);
    expect(normalizeQuery(' \u0001\u0000 ')).toBe('');
  });
});

describe('the search index on the Chinese demo', () => {
  const index = buildSearchIndex(zhDemo());

  it('finds Chinese text by any substring, a single character included', () => {
    for (const q of ['张', '主任', '张主任', '国栋']) {
      expect(names(index.search(q, { limit: 20 }), 'people'), q).toContain('张国栋');
    }
    const one = index.search('栋');
    expect(hits(one, 'people')[0]).toMatchObject({ person: { name: '张国栋' }, field: 'name', via: 'text' });
    expect(marked(hits(one, 'people')[0]!)).toBe('栋');
  });

  it('finds 张主任 by full pinyin and by initials, and marks the Chinese it matched', () => {
    for (const [q, via] of [
      ['zhang', 'pinyin'],
      ['zhuren', 'pinyin'],
      ['zhangzhuren', 'pinyin'],
      ['zhang zhu ren', 'pinyin'],
      ['zzr', 'initials'],
    ] as const) {
      const hit = hits(index.search(q, { limit: 50 }), 'people').find((h) => h.person?.name === '张国栋');
      expect(hit, q).toBeDefined();
      if (q !== 'zhang') expect(hit, q).toMatchObject({ field: 'title', via });
    }
    const zzr = hits(index.search('zzr'), 'people').find((h) => h.person?.name === '张国栋')!;
    expect(zzr.snippet.text).toBe('信息科技部 主任（张主任）');
    expect(marked(zzr)).toBe('张主任');
    // "zhang" also finds the name 张国栋 itself, ranked first (a name prefix).
    const first = hits(index.search('zhang'), 'people')[0]!;
    expect(first).toMatchObject({ person: { name: '张国栋' }, field: 'name', via: 'pinyin' });
    expect(marked(first)).toBe('张');
  });

  it('does not search prose by pinyin, nor pinyin by a Chinese query', () => {
    const r = index.search('jingzhou');
    expect(group(r, 'dossier')).toBeUndefined();
    expect(
      index
        .search('荆州')
        .groups.map((g) => g.group)
        .sort(),
    ).toEqual(['activities', 'dossier']);
  });

  it('groups hits: accounts, people, dossier, motives, notes, activities, with the field that matched', () => {
    const r = index.search('荆州');
    expect(hits(r, 'dossier')[0]).toMatchObject({
      person: { name: '张国栋' },
      field: 'dossier.hometown',
      accountName: expect.stringContaining('银行'),
    });
    expect(hits(r, 'activities')[0]).toMatchObject({ field: 'itinerary' });
    // 张 starts many names: People first (groups are ordered by their best match, see below).
    const shown = index.search('张').groups.map((g) => g.group);
    expect(shown[0]).toBe('people');
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown.every((g) => SEARCH_GROUPS.includes(g))).toBe(true);
    expect(hits(index.search('金牌'), 'motives')[0]).toMatchObject({ person: { name: '张国栋' }, field: 'motives.personal' });
  });
});

describe('the search index on the English demo', () => {
  const index = buildSearchIndex(enDemo());

  it('matches Latin text case- and accent-insensitively, by substring', () => {
    for (const q of ['jingzhou', 'JINGZHOU', 'ingzho', 'Jingzhóu']) {
      expect(
        hits(index.search(q), 'dossier').map((h) => h.person?.name),
        q,
      ).toContain('Zhang Guodong');
    }
    const hit = hits(index.search('JINGZHOU'), 'dossier')[0]!;
    expect(marked(hit)).toBe('Jingzhou');
  });

  it('finds the Chinese alternate name of a romanised person, and prefers the name itself when both match', () => {
    expect(names(index.search('张国栋'), 'people')).toEqual(['Zhang Guodong']);
    // "zhang" is the name's prefix and the pinyin of the alternate name 张国栋: the name is shown.
    expect(hits(index.search('zhang'), 'people')[0]).toMatchObject({
      person: { name: 'Zhang Guodong' },
      field: 'name',
      via: 'text',
    });
  });

  it('cuts long texts to a snippet around the match, with the match marked', () => {
    const hit = hits(index.search('gold credential'), 'motives')[0]!;
    expect(marked(hit)).toBe('gold credential');
    expect(hit.snippet.text.length).toBeLessThan(110);
    expect(hit.snippet.text.startsWith('…') || hit.snippet.text.endsWith('…')).toBe(true);
  });
});

describe('ranking', () => {
  const index = buildSearchIndex([
    account('a1', 'Acme', [
      { id: 'p1', name: 'Olivia Stone' },
      { id: 'p2', name: 'Anna Li' },
      { id: 'p3', name: 'Lina Wu' },
      { id: 'p4', name: 'Li' },
      { id: 'p5', name: 'Tom Hart', title: 'Liaison officer' },
      { id: 'p6', name: 'Bo Chen', dossier: { hometown: 'Linyi' } },
    ]),
  ]);

  it('puts exact before prefix before word start before infix, names before titles', () => {
    expect(names(index.search('li', { limit: 10 }), 'people')).toEqual(['Li', 'Lina Wu', 'Tom Hart', 'Anna Li', 'Olivia Stone']);
  });

  it('shows name and title hits in People, before dossier hits in their own group', () => {
    const r = index.search('li', { limit: 10 });
    expect(r.groups.map((g) => g.group)).toEqual(['people', 'dossier']);
    expect(names(r, 'dossier')).toEqual(['Bo Chen']);
  });

  it('keeps the asked number of hits per group and says how many matched', () => {
    const r = index.search('li', { limit: 2 });
    expect(hits(r, 'people')).toHaveLength(2);
    expect(group(r, 'people')).toMatchObject({ total: 5, capped: false });
  });

  it('stops counting prose hits past a cap, and says so', () => {
    const many = Array.from({ length: PROSE_CAP + 50 }, (_, i) => ({
      id: `p${i}`,
      name: `P${i}`,
      dossier: { hometown: 'Jinan' },
    }));
    const r = buildSearchIndex([account('big', 'Big', many)]).search('jinan');
    expect(group(r, 'dossier')).toMatchObject({ total: PROSE_CAP, capped: true });
  });
});

describe('ranking across groups: the best match comes first, whatever its group', () => {
  /** The first row the palette shows (Enter opens it): the first hit of the first group. */
  const first = (r: SearchResults) => r.groups[0]?.hits[0];
  const zh = buildSearchIndex(zhDemo());
  const en = buildSearchIndex(enDemo());

  it('"zhao" opens 赵东明, not the account with 招 (zhao) inside its name', () => {
    const r = zh.search('zhao');
    expect(first(r)).toMatchObject({ person: { name: '赵东明' }, field: 'name' });
    expect(r.groups.map((g) => g.group)).toEqual(['people', 'accounts']);
    expect(first(en.search('zhao'))).toMatchObject({ person: { name: 'Zhao Dongming' }, field: 'name' });
  });

  it('"孙" and "sun" put 孙建华 first, before a competitor’s rep and text that mentions him', () => {
    expect(first(zh.search('孙'))).toMatchObject({ person: { name: '孙建华' }, field: 'name' });
    expect(first(zh.search('sun'))).toMatchObject({ person: { name: '孙建华' } });
    expect(first(en.search('sun'))).toMatchObject({ person: { name: 'Sun Jianhua' }, field: 'name' });
    expect(first(en.search('孙'))).toMatchObject({ person: { name: 'Sun Jianhua' }, field: 'alternateName' });
    // The other groups follow, by their best match: the plans that mention him last.
    expect(zh.search('孙').groups.map((g) => g.group)).toEqual(['people', 'accounts', 'dossier', 'activities', 'motives']);
  });

  it('an account whose name matches as well or better still comes first', () => {
    const index = buildSearchIndex([
      account('a1', 'Lighthouse Freight', [{ id: 'p1', name: 'Ann Lightfoot' }]),
      account('a2', 'Harbour Works', [
        { id: 'p2', name: 'Harbour' },
        { id: 'p3', name: 'Bo Chen', dossier: { hometown: 'Light' } },
      ]),
    ]);
    // "light": the start of an account's name and of a person's: a tie, accounts first as ever;
    // a hometown that is exactly "Light" is not a name: after both.
    expect(index.search('light').groups.map((g) => g.group)).toEqual(['accounts', 'people', 'dossier']);
    // "harbour": the person is named exactly that, the account only starts with it.
    expect(index.search('harbour').groups.map((g) => g.group)).toEqual(['people', 'accounts']);
  });

  it('a name at a word’s start beats other text matched whole; inside a word comes last', () => {
    const index = buildSearchIndex([
      account('a1', 'Acme', [
        { id: 'p1', name: 'Lin Xiaoming', dossier: { hometown: 'Ming' } },
        { id: 'p2', name: 'Wu Ming', title: 'Engineer' },
      ]),
    ]);
    // "ming": Wu Ming's name at a word's start, a hometown exactly "Ming", Xiaoming inside a word.
    const r = index.search('ming');
    expect(r.groups.map((g) => g.group)).toEqual(['people', 'dossier']);
    expect(r.groups[0]!.hits.map((h) => h.person?.name)).toEqual(['Wu Ming', 'Lin Xiaoming']);
    // "iaom": inside a name only; an exact trip city beats a name matched inside a word.
    const trips = buildSearchIndex([
      account('a1', 'Acme', [
        { id: 'p1', name: 'Xiaoming' },
        { id: 'p2', name: 'Bo', itinerary: [{ id: 't1', from: '2026-12-01', city: 'iaom' }] },
      ]),
    ]);
    expect(trips.search('iaom').groups.map((g) => g.group)).toEqual(['activities', 'people']);
  });
});

describe('hostile input', () => {
  const index = buildSearchIndex([account('a1', 'Acme (east) [1] $^.*+?\\', [{ id: 'p1', name: 'Zoë', title: 'a.b' }])]);

  it('takes regular-expression characters literally', () => {
    expect(index.search('e.*t').groups).toEqual([]); // as a pattern it would match "east"
    expect(names(index.search('.*'), 'accounts')).toEqual(['Acme (east) [1] $^.*+?\\']);
    expect(names(index.search('(east)'), 'accounts')).toEqual(['Acme (east) [1] $^.*+?\\']);
    expect(names(index.search('$^.*+?\\'), 'accounts')).toHaveLength(1);
    expect(names(index.search('a.b'), 'people')).toEqual(['Zoë']);
    expect(index.search('a?b').groups).toEqual([]);
  });

  it('finds nothing for an empty or blank query, and survives a very long one', () => {
    expect(index.search('').groups).toEqual([]);
    expect(index.search('   \n ').groups).toEqual([]);
    expect(index.search('Acme'.repeat(5000)).groups).toEqual([]);
    expect(index.search('\u0001').groups).toEqual([]);
  });

  it('never lets a match run from one text into the next', () => {
    // "Zoë" then "a.b": a query spanning both must not match.
    expect(index.search('oea.b').groups).toEqual([]);
    expect(index.search('zoe').groups.map((g) => g.group)).toEqual(['people']);
  });
});

describe('keeping the index fresh', () => {
  it('replaces or removes one account’s part only', () => {
    const index = buildSearchIndex([
      account('a1', 'Alpha', [{ id: 'p1', name: 'Wang Wei' }]),
      account('a2', 'Beta', [{ id: 'p2', name: 'Li Na' }]),
    ]);
    expect(names(index.search('wang'), 'people')).toEqual(['Wang Wei']);
    index.setAccount(account('a1', 'Alpha', [{ id: 'p1', name: '王伟' }]));
    expect(names(index.search('wang'), 'people')).toEqual(['王伟']);
    expect(hits(index.search('ww'), 'people')[0]).toMatchObject({ via: 'initials', person: { name: '王伟' } });
    index.removeAccount('a1');
    expect(index.search('wang').groups).toEqual([]);
    expect(names(index.search('li na'), 'people')).toEqual(['Li Na']);
    expect(index.accountCount).toBe(1);
  });

  it('follows a workspace: created, renamed, edited and deleted accounts, without rebuilding', async () => {
    const ws = await Workspace.open(await tempDir());
    await seedDemo(ws, 'zh-CN');
    const search = new WorkspaceSearch(ws);
    // Searches that arrive together wait for one build.
    await Promise.all([search.search('a', 8), search.search('b', 8)]);
    expect(names(await search.search('zzr', 8), 'people')).toContain('张国栋');
    expect(search.stats).toEqual({ builds: 1, accountUpdates: 0 });

    const created = await ws.create('青岛港务集团');
    expect(names(await search.search('青岛', 8), 'accounts')).toEqual(['青岛港务集团']);
    await ws.rename(created.id, '青岛港 码头调度');
    expect(names(await search.search('码头', 8), 'accounts')).toEqual(['青岛港 码头调度']);
    expect((await search.search('港务', 8)).groups).toEqual([]);

    ws.update('bank', (a) => ({
      ...a,
      people: a.people.map((p) => (p.name === '张国栋' ? { ...p, dossier: { ...p.dossier, hometown: '湖北宜昌' } } : p)),
    }));
    expect(hits(await search.search('宜昌', 8), 'dossier')[0]).toMatchObject({
      person: { name: '张国栋' },
      field: 'dossier.hometown',
    });

    await ws.delete('bank');
    expect(names(await search.search('zzr', 8), 'people')).not.toContain('张国栋');
    // One build; then only the accounts that changed (created, renamed, edited, deleted).
    expect(search.stats).toEqual({ builds: 1, accountUpdates: 4 });
    await ws.close();
  });
});

describe('building the index on a big workspace', () => {
  it('lets other work run between slices, and an account changed meanwhile is found as it is now', async () => {
    const ws = await Workspace.open(await tempDir());
    await ws.add(
      Array.from({ length: 40 }, (_, i) => generateOrgAccount({ people: 300, seed: i + 1, id: `g${i}`, name: `Group ${i}` })),
    );
    const search = new WorkspaceSearch(ws);
    const first = search.search('quist', 8);
    expect(search.stats.builds).toBe(0); // the build gave the event loop a turn
    ws.update('g0', (a) => ({ ...a, people: a.people.map((p, k) => (k === 0 ? { ...p, name: 'Zebulon Quist' } : p)) }));
    ws.update('g39', (a) => ({ ...a, people: a.people.map((p, k) => (k === 0 ? { ...p, name: 'Ada Quist' } : p)) }));
    expect(names(await first, 'people').sort()).toEqual(['Ada Quist', 'Zebulon Quist']);
    expect(search.stats.builds).toBe(1);
    await ws.close();
  });
});

describe('the search call', () => {
  it('answers within the contract, and refuses a query over 200 characters', async () => {
    const dir = await tempDir();
    const ws = await Workspace.open(dir);
    await ws.add(zhDemo());
    await ws.close();
    const session = await openSession({
      workspaceDir: dir,
      host: new TestHost(),
      appDataDir: null,
      defaultLanguage: 'en',
      seedDemoIfEmpty: false,
      checkOutputs: true,
    });
    const ok = await session.invoke('search', { query: 'zzr' });
    expect(ok).toMatchObject({ ok: true, value: { query: 'zzr', groups: [{ group: 'people' }] } });
    expect(await session.invoke('search', { query: 'x'.repeat(201) })).toMatchObject({
      ok: false,
      error: { code: 'invalidInput' },
    });
    expect(await session.invoke('search', { query: 'a', limit: 1000 })).toMatchObject({
      ok: false,
      error: { code: 'invalidInput' },
    });
    await session.close();
  });
});

describe('snippets', () => {
  it('keep short texts whole and cut long ones around the match', () => {
    expect(snippetOf('Jingzhou, Hubei', 0, 8)).toEqual({ text: 'Jingzhou, Hubei', marks: [[0, 8]] });
    const long = `${'word '.repeat(40)}target${' tail'.repeat(40)}`;
    const s = snippetOf(long, long.indexOf('target'), long.indexOf('target') + 6);
    expect(s.text.slice(s.marks[0]![0], s.marks[0]![1])).toBe('target');
    expect(s.text.startsWith('…') && s.text.endsWith('…')).toBe(true);
    const zh = `${'前'.repeat(100)}张主任${'后'.repeat(100)}`;
    const z = snippetOf(zh, 100, 103);
    expect(z.text.slice(z.marks[0]![0], z.marks[0]![1])).toBe('张主任');
    expect(z.text.length).toBeLessThan(60); // wide characters take two columns
  });
});

describe('field labels', () => {
  it("exist in both languages for every searched field (dossier and motive fields under the person panel's names)", () => {
    for (const lang of ['en', 'zh-CN'] as const) {
      for (const f of SEARCH_FIELDS) {
        const own = f.startsWith('dossier.') || f.startsWith('motives.');
        const root = (own ? STRINGS[lang].person : STRINGS[lang].search.fields) as unknown as Record<string, unknown>;
        const label = f.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], root);
        expect(typeof label, `${lang} ${f}`).toBe('string');
      }
    }
  });
});
