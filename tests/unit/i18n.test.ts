import { describe, expect, it } from 'vitest';
import { languageOf, STRINGS } from '../../shared/i18n';
import * as taxonomy from '../../shared/taxonomy';

type Tree = { [k: string]: string | Tree };
const leaves = (t: Tree, prefix = ''): [string, string][] =>
  Object.entries(t).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  );

describe('UI strings', () => {
  const en = new Map(leaves(STRINGS.en as unknown as Tree));
  const zh = new Map(leaves(STRINGS['zh-CN'] as unknown as Tree));

  it('have the same keys in both languages, none empty', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, value] of [...en, ...zh]) expect(value.trim(), key).not.toBe('');
  });

  it('keep the same interpolations in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of en) expect(vars(zh.get(key)!), key).toEqual(vars(value));
  });

  it('are Chinese in zh-CN where they are words', () => {
    const translated = [...zh].filter(([, v]) => /[\u4e00-\u9fff]/.test(v)).length;
    expect(translated / zh.size).toBeGreaterThan(0.85);
  });

  it('map OS locales to the two languages', () => {
    expect(languageOf('zh-TW')).toBe('zh-CN');
    expect(languageOf('zh')).toBe('zh-CN');
    expect(languageOf('en-GB')).toBe('en');
    expect(languageOf('de-DE')).toBe('en');
    expect(languageOf(undefined)).toBe('en');
  });
});

describe('taxonomies', () => {
  const tables = [
    [taxonomy.BUYING_ROLES, taxonomy.BUYING_ROLE_TERMS],
    [taxonomy.CUSTOMER_TYPES, taxonomy.CUSTOMER_TYPE_TERMS],
    [taxonomy.RELATIONSHIP_STAGES, taxonomy.STAGE_TERMS],
    [taxonomy.ZONES, taxonomy.ZONE_TERMS],
    [taxonomy.ATTITUDES, taxonomy.ATTITUDE_TERMS],
    [taxonomy.LINK_KINDS, taxonomy.LINK_KIND_TERMS],
    [taxonomy.ACTIVITY_KINDS, taxonomy.ACTIVITY_KIND_TERMS],
    [taxonomy.DECISION_QUESTIONS, taxonomy.DECISION_QUESTION_TERMS],
  ] as const;

  it('match DOMAIN.md: ten roles, six customer types, five stages, three zones', () => {
    expect(taxonomy.BUYING_ROLES).toHaveLength(10);
    expect(taxonomy.CUSTOMER_TYPES).toHaveLength(6);
    expect(taxonomy.RELATIONSHIP_STAGES).toEqual(['initial', 'acquainted', 'familiar', 'trust', 'reliance']);
    expect(taxonomy.ZONES).toHaveLength(3);
    expect(taxonomy.BUYING_ROLE_TERMS.decisionMaker.label['zh-CN']).toBe('决策人');
    expect(taxonomy.ZONE_TERMS.growth.label['zh-CN']).toBe('增长区');
  });

  it('label and describe every key in both languages', () => {
    for (const [keys, terms] of tables) {
      expect(Object.keys(terms).sort()).toEqual([...keys].sort());
      for (const k of keys) {
        const term = (terms as Record<string, { label: Record<string, string>; description: Record<string, string> }>)[k]!;
        expect(term.label['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
        expect(term.label.en).toMatch(/^[\x20-\x7e’]+$/);
        expect(term.description['zh-CN']).toBeTruthy();
        expect(term.description.en).toBeTruthy();
      }
    }
  });

  it('give each customer type its concerns and each zone its strategy', () => {
    for (const t of taxonomy.CUSTOMER_TYPES) expect(taxonomy.CUSTOMER_TYPE_TERMS[t].concerns.en).not.toBe('');
    for (const z of taxonomy.ZONES) expect(taxonomy.ZONE_TERMS[z].strategy['zh-CN']).not.toBe('');
  });
});
