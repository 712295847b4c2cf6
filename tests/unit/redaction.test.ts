import { describe, expect, it } from 'vitest';
import { buildDemoAccounts } from '../../electron/services/demo';
import { redactAccount } from '../../shared/logic/redaction';
import { Account } from '../../shared/model/account';

const NOW = '2026-11-22T09:00:00.000Z';

/** Every non-trivial text under the given keys of a value (where it is found, and the text). */
function textsUnder(value: unknown, keys: ReadonlySet<string>, inside = false, out: string[] = []): string[] {
  if (typeof value === 'string') {
    // Ids, dates and vocabulary keys say nothing by themselves; free text does.
    if (inside && value.trim().length >= 6 && !/^[A-Za-z0-9_-]+$/.test(value)) out.push(value);
  } else if (Array.isArray(value)) value.forEach((v) => textsUnder(v, keys, inside, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) textsUnder(v, keys, inside || keys.has(k), out);
  return out;
}

const FULL_ONLY = new Set([
  'dossier',
  'itinerary',
  'activities',
  'phone',
  'email',
  'why',
  'note',
  'hometown',
  'university',
  'interests',
]);
/** Texts every level keeps (a trip's source may be a colleague's name, a background a department's). */
const keptByMap = (a: Account) =>
  new Set([
    ...a.people.flatMap((p) => [p.name, p.alternateName, p.title]),
    ...a.departments.map((d) => d.name),
    ...a.team.map((m) => m.name),
  ]);
/** The personal and note texts of an account: its people, its lines and our team members. */
const personalTexts = (a: Account) =>
  textsUnder({ people: a.people, links: a.links, team: a.team }, FULL_ONLY).filter((t) => !keptByMap(a).has(t));
const TEAM_UP = new Set(['motives', 'background', 'competitors', 'opportunities']);

describe.each(['zh-CN', 'en'] as const)('redaction of the demo accounts (%s)', (lang) => {
  const accounts = buildDemoAccounts(lang, NOW);

  it('keeps everything at full', () => {
    for (const a of accounts) expect(redactAccount(a, 'full')).toEqual(a);
  });

  it.each(['map', 'team'] as const)(
    'at %s, no dossier, itinerary, activity, contact detail or note text is left anywhere',
    (level) => {
      for (const a of accounts) {
        const r = redactAccount(a, level);
        // At team the account's own background stays, and an office address may name a hometown's city.
        const shared = JSON.stringify(level === 'map' ? r : { people: r.people, links: r.links, team: r.team });
        const secrets = personalTexts(a);
        expect(secrets.length).toBeGreaterThan(10);
        for (const text of secrets) expect(shared, `${a.id}: "${text}"`).not.toContain(JSON.stringify(text).slice(1, -1));
      }
    },
  );

  it('at map, motives, background, competitors and opportunities are gone; names, titles, roles and reporting lines stay', () => {
    for (const a of accounts) {
      const map = redactAccount(a, 'map');
      const shared = JSON.stringify(map);
      for (const text of textsUnder(a, TEAM_UP)) {
        if (keptByMap(a).has(text)) continue;
        expect(shared, `${a.id}: "${text}"`).not.toContain(JSON.stringify(text).slice(1, -1));
      }
      expect(map.people.map((p) => [p.name, p.title, p.roles])).toEqual(a.people.map((p) => [p.name, p.title, p.roles]));
      expect(map.links).toEqual(a.links.filter((l) => l.kind === 'reportsTo').map((l) => ({ ...l, note: '', strength: null })));
      expect(map.people.every((p) => p.attitude === 'unknown' && p.relationship.stage === 'initial')).toBe(true);
      expect(Account.safeParse(map).success).toBe(true);
    }
  });

  it('at team, motives, stages, attitudes, opportunities and competitors stay', () => {
    for (const a of accounts) {
      const team = redactAccount(a, 'team');
      expect(team.people.map((p) => [p.motives, p.attitude, p.influence, p.relationship.stage])).toEqual(
        a.people.map((p) => [p.motives, p.attitude, p.influence, p.relationship.stage]),
      );
      expect(team.opportunities).toEqual(a.opportunities);
      expect(team.competitors).toEqual(a.competitors);
      expect(team.links).toHaveLength(a.links.length);
    }
  });
});
