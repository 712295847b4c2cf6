import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';

/** A synthetic account of `people` people in a reporting tree, with filled dossiers. */
export function syntheticAccount(index: number, people: number): Account {
  const stamp = new Date(Date.UTC(2026, 0, 1)).toISOString();
  const ids = Array.from({ length: people }, (_, i) => `p${i}`);
  return Account.parse({
    schemaVersion: ACCOUNT_SCHEMA_VERSION,
    id: `acct${index}`,
    name: `Account ${index}`,
    createdAt: stamp,
    updatedAt: stamp,
    people: ids.map((id, i) => ({
      id,
      name: `Person ${index}-${i}`,
      title: i === 0 ? 'General Manager' : 'Engineer',
      roles: i % 3 === 0 ? ['influencer'] : ['endUser'],
      attitude: 'neutral',
      dossier: { hometown: 'Jinan', university: 'Shandong University', sports: 'badminton', goals: 'Deliver the new billing system this year' },
      motives: { organizational: 'Lower operating cost', personal: 'Promotion to division head' },
    })),
    links: ids.slice(1).map((id, i) => ({ id: `l${i}`, source: id, target: ids[Math.floor(i / 4)]!, kind: 'reportsTo' })),
  });
}
