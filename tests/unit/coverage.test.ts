import { describe, expect, it } from 'vitest';
import { briefingFindings } from '../../shared/logic/briefing';
import { daysBetween, findingKey, findings, isUnstarted, lastContactOf, openFindings, setAsideFindings, type Finding } from '../../shared/logic/coverage';
import { CompositeKey } from '../../shared/model/ids';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';
import { BUYING_ROLES, CUSTOMER_TYPES } from '../../shared/taxonomy/keys';

const TODAY = '2026-11-23';
const stamp = '2026-11-23T10:00:00.000Z';

type PersonInput = Record<string, unknown> & { id: string };
function account(people: PersonInput[], extra: Record<string, unknown> = {}) {
  return Account.parse({
    schemaVersion: ACCOUNT_SCHEMA_VERSION,
    id: 'acme',
    name: 'Acme',
    createdAt: stamp,
    updatedAt: stamp,
    people: people.map((p) => ({ name: p.id, ...p })),
    ...extra,
  });
}
const of = <K extends Finding['kind']>(list: Finding[], kind: K) =>
  list.filter((f): f is Extract<Finding, { kind: K }> => f.kind === kind);

describe('coverage and risks of an account', () => {
  it('counts days between ISO dates, and the last contact from the activity log', () => {
    expect(daysBetween('2026-10-24', TODAY)).toBe(30);
    expect(daysBetween('2026-12-07', TODAY)).toBe(-14);
    expect(lastContactOf({ activities: [] }, TODAY)).toBe('');
    const log = [
      {
        id: 'a1',
        date: '2026-11-01',
        kind: 'visit' as const,
        summary: '',
        memberIds: [],
        actionId: null,
      },
      {
        id: 'a2',
        date: '2026-11-20',
        kind: 'call' as const,
        summary: '',
        memberIds: [],
        actionId: null,
      },
    ];
    expect(lastContactOf({ activities: log }, TODAY)).toBe('2026-11-20');
    // A meeting planned for next week is not a contact yet.
    expect(lastContactOf({ activities: log }, '2026-11-19')).toBe('2026-11-01');
  });

  it('lists every buying role and customer type nobody holds; a placeholder is a known gap, not cover', () => {
    const a = account([
      { id: 'dm', roles: ['decisionMaker'], customerType: 'executive' },
      { id: 'cfo-unknown', placeholder: true, roles: ['purchaser'], customerType: 'procurement' },
    ]);
    const list = findings(a, TODAY);
    const roles = of(list, 'roleUncovered');
    expect(roles.map((f) => f.role)).toEqual(BUYING_ROLES.filter((r) => r !== 'decisionMaker'));
    expect(roles.find((f) => f.role === 'purchaser')!.placeholders).toEqual(['cfo-unknown']);
    expect(of(list, 'typeUncovered').map((f) => f.customerType)).toEqual(CUSTOMER_TYPES.filter((t) => t !== 'executive'));
  });

  it('asks the five decision questions of open opportunities only; an answer naming only a deleted person is no answer', () => {
    const a = account([{ id: 'boss' }], {
      opportunities: [
        { id: 'o1', name: 'Servers', decisions: { decides: ['boss'], setsSpecs: ['gone'] } },
        { id: 'o2', name: 'Lost deal', status: 'lost' },
      ],
    });
    const open = of(findings(a, TODAY), 'questionUnanswered');
    expect(open).toEqual([
      { kind: 'questionUnanswered', opportunityId: 'o1', question: 'setsSpecs' },
      { kind: 'questionUnanswered', opportunityId: 'o1', question: 'contractTerms' },
      { kind: 'questionUnanswered', opportunityId: 'o1', question: 'installs' },
      { kind: 'questionUnanswered', opportunityId: 'o1', question: 'maintains' },
    ]);
  });

  it('flags decision makers and influencers below "familiar", and opponents of influence 4 or 5', () => {
    const a = account([
      { id: 'far', roles: ['decisionMaker', 'expert'], relationship: { stage: 'acquainted' } },
      { id: 'near', roles: ['influencer'], relationship: { stage: 'familiar' } },
      { id: 'user', roles: ['endUser'], relationship: { stage: 'initial' } },
      { id: 'foe', attitude: 'opponent', influence: 4 },
      { id: 'weakFoe', attitude: 'opponent', influence: 3 },
    ]);
    const list = findings(a, TODAY);
    expect(of(list, 'keyRoleDistant')).toEqual([
      { kind: 'keyRoleDistant', personId: 'far', roles: ['decisionMaker'], stage: 'acquainted' },
    ]);
    expect(of(list, 'strongOpponent')).toEqual([{ kind: 'strongOpponent', personId: 'foe', influence: 4 }]);
  });

  it('flags key people quiet for 30 days or never contacted, and not the others', () => {
    const met = (date: string) => [{ id: `a-${date}`, date, kind: 'meal' }];
    const a = account([
      { id: 'recent', keyPerson: true, activities: met('2026-10-25') },
      { id: 'quiet', keyPerson: true, activities: met('2026-10-24') },
      { id: 'never', keyPerson: true },
      { id: 'notKey', activities: [] },
    ]);
    // The longest silence first: never contacted, then by the last contact's date.
    expect(of(findings(a, TODAY), 'keyPersonSilent')).toEqual([
      { kind: 'keyPersonSilent', personId: 'never', lastContact: '', days: null },
      { kind: 'keyPersonSilent', personId: 'quiet', lastContact: '2026-10-24', days: 30 },
    ]);
  });

  it('flags a single-threaded account: fewer than two people at trust or closer', () => {
    const one = account([
      { id: 'a', relationship: { stage: 'trust' } },
      { id: 'b', relationship: { stage: 'familiar' } },
    ]);
    expect(of(findings(one, TODAY), 'singleThreaded')).toEqual([{ kind: 'singleThreaded', trusted: ['a'] }]);
    const two = account([
      { id: 'a', relationship: { stage: 'trust' } },
      { id: 'b', relationship: { stage: 'reliance' } },
    ]);
    expect(of(findings(two, TODAY), 'singleThreaded')).toEqual([]);
    expect(of(findings(account([]), TODAY), 'singleThreaded')).toEqual([]);
  });

  it('flags key people travelling within the next 14 days, or under way today', () => {
    const trip = (id: string, from: string, to = '') => ({ id, from, to, city: 'Beijing' });
    const a = account([
      {
        id: 'k',
        keyPerson: true,
        activities: [{ id: 'x', date: TODAY, kind: 'call' }],
        itinerary: [
          trip('past', '2026-11-01', '2026-11-05'),
          trip('now', '2026-11-20', '2026-11-25'),
          trip('in14', '2026-12-07'),
          trip('in15', '2026-12-08'),
          trip('todayOnly', TODAY),
          // No start: nothing to go by. End before start: taken as a one-day trip on its start.
          trip('noStart', '', '2027-03-01'),
          trip('reversed', '2026-11-30', '2026-11-01'),
          // Just added, nothing filled in: not a journey yet.
          { id: 'blank', from: TODAY, to: '', city: '', place: ' ' },
          { id: 'placeOnly', from: '2026-11-28', to: '', city: '', place: 'Zhengzhou hotel' },
        ],
      },
      { id: 'notKey', itinerary: [trip('t', '2026-11-24')] },
    ]);
    // In the order the trips start.
    expect(of(findings(a, TODAY), 'keyPersonTravelling').map((f) => f.tripId)).toEqual(['now', 'todayOnly', 'placeOnly', 'reversed', 'in14']);
  });
});

// Issue 15, item 8: findings can be set aside with a reason; an empty account gets first steps.
describe('setting findings aside', () => {
  const portTender = () =>
    account([{ id: 'boss', roles: ['decisionMaker'], relationship: { stage: 'trust' } }], {
      setAside: [{ id: 'roleUncovered-customersCustomer', reason: 'A port tender has no customer’s customer', date: TODAY }],
    });

  it('keeps a finding by a key that names its kind and subject', () => {
    const keys = findings(portTender(), TODAY).map(findingKey);
    expect(keys).toContain('roleUncovered-customersCustomer');
    expect(keys).toContain('typeUncovered-procurement');
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(CompositeKey.safeParse(key).success).toBe(true);
  });

  it('a finding set aside is not open; it is listed apart with its reason; taken out of the list it is open again', () => {
    const a = portTender();
    expect(openFindings(a, TODAY).map(findingKey)).not.toContain('roleUncovered-customersCustomer');
    expect(setAsideFindings(a, TODAY)).toEqual([
      { finding: { kind: 'roleUncovered', role: 'customersCustomer', placeholders: [] }, entry: a.setAside[0] },
    ]);
    expect(openFindings({ ...a, setAside: [] }, TODAY).map(findingKey)).toContain('roleUncovered-customersCustomer');
    // Not printed either.
    expect(briefingFindings(a, 'full', TODAY).map(findingKey)).not.toContain('roleUncovered-customersCustomer');
  });

  it('an account with nobody on it has no open findings (it shows first steps), though every gap exists', () => {
    const empty = account([]);
    expect(isUnstarted(empty)).toBe(true);
    expect(findings(empty, TODAY).length).toBeGreaterThan(10);
    expect(openFindings(empty, TODAY)).toEqual([]);
    expect(isUnstarted(account([{ id: 'ph', placeholder: true }]))).toBe(true);
    expect(isUnstarted(account([{ id: 'someone' }]))).toBe(false);
  });
});
