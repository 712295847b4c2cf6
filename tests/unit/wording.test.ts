import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { describe as describeFinding, hintOf } from '../../renderer/src/features/findings/describe';
import { deletedSentence } from '../../renderer/src/features/canvas/deleted-sentence';
import { STRINGS } from '../../shared/i18n';
import { listItems, listNames, listSome } from '../../shared/i18n/lists';
import { findings, type Finding } from '../../shared/logic/coverage';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';
import { BUYING_ROLES, CUSTOMER_TYPES, type Language } from '../../shared/taxonomy/keys';
import { BUYING_ROLE_TERMS, CUSTOMER_TYPE_TERMS } from '../../shared/taxonomy/labels';

// Issue 15, item 14: every finding, toast and list reads right in both languages: plurals,
// articles and list separators.

type Tree = { [k: string]: string | Tree };
const leaves = (t: Tree, prefix = ''): [string, string][] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));

const LANGS: Language[] = ['en', 'zh-CN'];
const ts = {} as Record<Language, TFunction>;
beforeAll(async () => {
  for (const lng of LANGS) {
    const instance = i18next.createInstance();
    await instance.init({ resources: { [lng]: { translation: STRINGS[lng] } }, lng, interpolation: { escapeValue: false }, returnNull: false });
    ts[lng] = instance.t.bind(instance) as TFunction;
  }
});

const TODAY = '2026-12-07';
const stamp = '2026-12-07T08:00:00.000Z';
/** An account with every kind of finding, and lists of two and more names and roles in them. */
function everything(trusted: number): Account {
  return Account.parse({
    schemaVersion: ACCOUNT_SCHEMA_VERSION,
    id: 'w',
    name: 'Wording Co',
    createdAt: stamp,
    updatedAt: stamp,
    opportunities: [{ id: 'o', name: 'Servers 2027' }],
    people: [
      { id: 'far', name: 'Luo Yongqiang', roles: ['decisionMaker', 'influencer'], relationship: { stage: 'acquainted' } },
      { id: 'foe', name: 'Ma Jun', attitude: 'opponent', influence: 5 },
      { id: 'key', name: 'He Wei', keyPerson: true, itinerary: [{ id: 't', from: TODAY, city: 'Beijing' }] },
      { id: 'ph1', name: '', placeholder: true, roles: ['expert'] },
      { id: 'ph2', name: 'the CFO', placeholder: true, roles: ['expert'] },
      ...['Sun Jianhua', 'Zhao Dongming', 'Wang Zhiyuan'].slice(0, trusted).map((name, i) => ({ id: `t${i}`, name, relationship: { stage: 'trust' as const } })),
    ],
  });
}

/** What reads wrong, in the language's own terms. */
function problems(text: string, lang: Language): string[] {
  const out: string[] = [];
  if (text.includes('⟦') || /\{\{\w+\}\}/.test(text)) out.push('untranslated or unfilled');
  if (text.includes('(s)')) out.push('lazy plural "(s)"');
  if (lang === 'en') {
    if (/\ba [AEIOUaeiou]/.test(text)) out.push('"a" before a vowel');
    if (/\b1 (people|activities|accounts|fields|lines|reports|others|days)\b/.test(text)) out.push('plural after 1');
    for (const type of CUSTOMER_TYPES) if (text.includes(`is ${CUSTOMER_TYPE_TERMS[type].label.en}.`)) out.push(`"is ${CUSTOMER_TYPE_TERMS[type].label.en}"`);
  } else {
    if (/[\u4e00-\u9fff”’)）] ?, ?[\u4e00-\u9fff“‘]/.test(text)) out.push('", " between Chinese words (use 、 or ，)');
    if (/[\u4e00-\u9fff]\. /.test(text)) out.push('"." after Chinese (use 。)');
  }
  return out;
}

describe.each(LANGS)('wording in %s', (lang) => {
  it('every finding reads right, its lists joined as the language joins them', () => {
    for (const trusted of [0, 1, 3]) {
      const account = everything(trusted);
      const all = findings(account, TODAY);
      const kinds = new Set(all.map((f) => f.kind));
      for (const k of ['roleUncovered', 'typeUncovered', 'questionUnanswered', 'keyRoleDistant', 'strongOpponent', 'keyPersonSilent', 'keyPersonTravelling'] as Finding['kind'][])
        expect(kinds.has(k), k).toBe(true);
      if (trusted < 2) expect(kinds.has('singleThreaded')).toBe(true);
      for (const f of all) {
        const text = describeFinding(f, account, ts[lang], lang);
        expect(problems(text, lang), text).toEqual([]);
        const hint = hintOf(f);
        if (hint) expect(problems(ts[lang](hint), lang)).toEqual([]);
      }
      // Every role and type by name, each in a sentence of its own.
      for (const role of BUYING_ROLES) expect(problems(describeFinding({ kind: 'roleUncovered', role, placeholders: [] }, account, ts[lang], lang), lang), role).toEqual([]);
      for (const customerType of CUSTOMER_TYPES)
        expect(problems(describeFinding({ kind: 'typeUncovered', customerType, placeholders: [] }, account, ts[lang], lang), lang), customerType).toEqual([]);
    }
    const two = describeFinding({ kind: 'keyRoleDistant', personId: 'far', roles: ['decisionMaker', 'influencer'], stage: 'acquainted' }, everything(0), ts[lang], lang);
    const roles = [BUYING_ROLE_TERMS.decisionMaker.label[lang], BUYING_ROLE_TERMS.influencer.label[lang]];
    expect(two).toContain(lang === 'zh-CN' ? roles.join('、') : roles.join(', '));
    const many = describeFinding({ kind: 'singleThreaded', trusted: ['t0', 't1', 't2'] }, everything(3), ts[lang], lang);
    expect(many).toContain(lang === 'zh-CN' ? 'Sun Jianhua、Zhao Dongming和Wang Zhiyuan' : 'Sun Jianhua, Zhao Dongming, and Wang Zhiyuan');
  });

  it('with nobody at trust, the hint builds a first relationship, not "a second"', () => {
    const hint = ts[lang](hintOf({ kind: 'singleThreaded', trusted: [] })!);
    expect(hint).not.toMatch(lang === 'en' ? /second/ : /再/);
  });

  it('the deleting toast names who, counts right, and lists as the language does', () => {
    const people = ['a', 'b', 'c', 'd', 'e', 'boss'].map((id, i) => ({ id, name: ['王一', '李二', '张三', '赵四', '钱五', '孙总'][i]! }));
    const before = { people };
    const one = deletedSentence(before, ['a'], new Map(), ts[lang], lang);
    expect(one).toContain('王一');
    expect(one).not.toMatch(/\b1\b/);
    const two = deletedSentence(before, ['a', 'b'], new Map([['c', 'boss']]), ts[lang], lang);
    expect(two).toContain(lang === 'zh-CN' ? '王一和李二' : '王一 and 李二');
    const five = deletedSentence(before, ['a', 'b', 'c', 'd', 'e'], new Map([['x', null]]), ts[lang], lang);
    for (const text of [one, two, five]) expect(problems(text, lang), text).toEqual([]);
    expect(five).toContain(ts[lang]('chart.others', { count: 2 }));
  });

  it('no string says "(s)" or counts without a plural form; Chinese strings use Chinese punctuation', () => {
    const strings = leaves(STRINGS[lang] as unknown as Tree);
    const keys = new Set(strings.map(([k]) => k));
    for (const [key, value] of strings) {
      const filled = value.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => (name === 'count' ? '2' : 'X'));
      expect(problems(filled, lang).filter((p) => p !== '"a" before a vowel'), `${key}: ${value}`).toEqual([]);
      // "{{count}} people" needs a singular too; "{{count}} more", "{{count}} open", "of {{count}}" do not.
      if (lang === 'en' && /\{\{count\}\} (?!more\b|below\b|of\b|open\b)[a-z]/.test(value) && !/_(one|other)$/.test(key)) expect.fail(`${key} counts without plural forms: ${value}`);
      if (/_one$/.test(key)) expect(keys.has(key.replace(/_one$/, '_other')), key).toBe(true);
    }
  });
});

describe('lists', () => {
  it('are joined by the language: 、 and 和 in Chinese, commas and "and" in English', () => {
    expect(listNames(['张三', '李四', '王五'], 'zh-CN')).toBe('张三、李四和王五');
    expect(listNames(['Zhang', 'Li', 'Wang'], 'en')).toBe('Zhang, Li, and Wang');
    expect(listItems(['决策人', '专家'], 'zh-CN')).toBe('决策人、专家');
    expect(listItems(['Decision maker', 'Expert'], 'en')).toBe('Decision maker, Expert');
    expect(listSome(['A', 'B', 'C', 'D', 'E'], 'en', (n) => `${n} others`)).toBe('A, B, C, and 2 others');
  });

  it('are never joined by hand with ", " in the page (every list goes through shared/i18n/lists.ts)', () => {
    const root = resolve(import.meta.dirname, '../../renderer/src');
    const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : /\.tsx?$/.test(f) ? [join(dir, f)] : []));
    const joined = files(root).filter((f) => /\.join\(\s*['"`],\s?['"`]\s*\)/.test(readFileSync(f, 'utf8')));
    expect(joined).toEqual([]);
  });
});
