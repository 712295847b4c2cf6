import { layoutReportingTree } from '../../shared/logic/layout';
import { Account, ACCOUNT_SCHEMA_VERSION, type AccountInput } from '../../shared/model/account';
import type { PersonInput } from '../../shared/model/person';
import { ACTIONS_MAX, type ActionInput } from '../../shared/model/strategy';
import { addDays } from '../../shared/logic/dates';
import {
  ACTIVITY_KINDS,
  ALIGNMENTS,
  ATTITUDES,
  BUYING_ROLES,
  RELATIONSHIP_STAGES,
  type Attitude,
  type BuyingRole,
  type CustomerType,
  type RelationshipStage,
} from '../../shared/taxonomy/keys';

export interface OrgOptions {
  /** How many people, the top manager included (at least 1). */
  people: number;
  /** Same seed, same account (default 1). */
  seed?: number;
  /** Fill `canvas.positions` with the tidy-tree layout (default: no saved positions). */
  withPositions?: boolean;
  id?: string;
  name?: string;
  /**
   * Fill everyone's dossier, motives, a few activities (the latest with an open next step) and one or
   * two trips in the 60 days after `today`, and make about 10% key people, as a full briefing of a
   * worked account would show. Drawn from a second generator, so the chart is the same with or without.
   */
  details?: { today: string };
}

/** mulberry32: a tiny, fast, seedable PRNG; good enough for test data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DIVISIONS = [
  'Finance',
  'Procurement',
  'Information Technology',
  'Operations',
  'Engineering',
  'Sales',
  'Marketing',
  'Legal',
  'Human Resources',
  'Research',
  'Quality',
  'Logistics',
  'Customer Service',
  'Strategy',
  'Risk',
  'Facilities',
];

// Surname and given name with their pinyin, so `alternateName` is the romanised name.
const SURNAMES: [string, string][] = [
  ['王', 'Wang'], ['李', 'Li'], ['张', 'Zhang'], ['刘', 'Liu'], ['陈', 'Chen'], ['杨', 'Yang'], ['黄', 'Huang'],
  ['赵', 'Zhao'], ['周', 'Zhou'], ['吴', 'Wu'], ['徐', 'Xu'], ['孙', 'Sun'], ['马', 'Ma'], ['朱', 'Zhu'],
  ['胡', 'Hu'], ['郭', 'Guo'], ['何', 'He'], ['高', 'Gao'], ['林', 'Lin'], ['罗', 'Luo'],
];
const GIVEN: [string, string][] = [
  ['伟', 'Wei'], ['芳', 'Fang'], ['娜', 'Na'], ['敏', 'Min'], ['静', 'Jing'], ['磊', 'Lei'], ['强', 'Qiang'],
  ['洋', 'Yang'], ['艳', 'Yan'], ['勇', 'Yong'], ['军', 'Jun'], ['杰', 'Jie'], ['涛', 'Tao'], ['明', 'Ming'],
  ['超', 'Chao'], ['秀英', 'Xiuying'], ['建华', 'Jianhua'], ['志强', 'Zhiqiang'], ['海燕', 'Haiyan'],
  ['文博', 'Wenbo'], ['晓东', 'Xiaodong'], ['丽娟', 'Lijuan'], ['国栋', 'Guodong'], ['欣怡', 'Xinyi'],
];
const FIRST = [
  'Anna', 'Ben', 'Carla', 'David', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'James', 'Kofi', 'Lena', 'Marco',
  'Nadia', 'Omar', 'Priya', 'Quentin', 'Rosa', 'Sven', 'Tara', 'Umar', 'Vera', 'Wim', 'Yara', 'Zoe',
];
const LAST = [
  'Andersen', 'Baker', 'Costa', 'Dubois', 'Eriksen', 'Fischer', 'García', 'Hoffmann', 'Ivanova', 'Jensen',
  'Kowalski', 'Lopez', 'Müller', 'Nakamura', 'Okafor', 'Petrov', 'Rossi', 'Schmidt', 'Tanaka', 'Weber',
];
const STAFF_TITLES = ['Senior Engineer', 'Engineer', 'Analyst', 'Specialist', 'Coordinator', 'Team Lead', 'Consultant', 'Assistant'];

/** The deepest level anyone sits at (the top manager is level 0): at most 7 levels in all. */
const MAX_LEVEL = 6;

/**
 * A realistic, deterministic organisation chart for tests and benchmarks: one top manager, a few
 * vice-presidents each heading a division, departments under them, spans of control of 3–8 and
 * 4–7 levels (for a few hundred people and more), one solid `reportsTo` line per person but the top,
 * a few dotted (matrix) lines (at most one per person, always up a level), 10% extra `influences`
 * links, half the names Chinese. It passes the chart rules (shared/logic/chart/rules.ts).
 */
export function generateOrgAccount(options: OrgOptions): Account {
  const people = Math.max(1, Math.floor(options.people));
  const seed = options.seed ?? 1;
  const rand = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const chance = (p: number) => rand() < p;
  const weighted = <T>(entries: readonly [T, number][]): T => {
    let r = rand() * entries.reduce((s, [, w]) => s + w, 0);
    for (const [value, w] of entries) if ((r -= w) < 0) return value;
    return entries[entries.length - 1]![0];
  };

  const pad = String(people - 1).length;
  const personId = (i: number) => `p-${String(i).padStart(pad, '0')}`;

  // The tree, breadth first: everyone gets a level, a manager (but the top) and a department.
  const level: number[] = [0];
  const managerOf: number[] = [-1];
  const departmentOf: string[] = ['d-exec'];
  const departments: AccountInput['departments'] = [{ id: 'd-exec', name: 'Executive Office', parentId: null }];
  const divisionOf: string[] = ['Executive Office'];
  const queue: number[] = [0];
  let next = 1;
  const divisionNames = [...DIVISIONS];
  const subCount = new Map<string, number>();
  while (next < people) {
    const manager = queue.shift();
    if (manager === undefined) break;
    let span: number;
    const remaining = people - next;
    if (manager === 0) span = Math.min(remaining, int(3, 6));
    else {
      // Some people at the middle levels are individual contributors, not managers.
      if (level[manager]! >= 2 && chance(0.12)) continue;
      span = Math.min(remaining, int(3, 8));
    }
    // Leave no manager with only one or two reports at the end.
    if (remaining - span > 0 && remaining - span < 3) span = remaining <= 8 ? remaining : remaining - 3;
    for (let k = 0; k < span; k++) {
      const i = next++;
      level[i] = level[manager]! + 1;
      managerOf[i] = manager;
      if (manager === 0) {
        // A vice-president heads a division.
        const name = divisionNames.splice(Math.floor(rand() * divisionNames.length), 1)[0] ?? `Division ${i}`;
        const id = `d-${departments.length}`;
        departments.push({ id, name, parentId: null });
        departmentOf[i] = id;
        divisionOf[i] = name;
      } else if (level[manager] === 1) {
        // A director heads a department of the division, e.g. "Finance 3".
        const division = divisionOf[manager]!;
        const n = (subCount.get(division) ?? 0) + 1;
        subCount.set(division, n);
        const id = `d-${departments.length}`;
        departments.push({ id, name: `${division} ${n}`, parentId: departmentOf[manager]! });
        departmentOf[i] = id;
        divisionOf[i] = division;
      } else {
        departmentOf[i] = departmentOf[manager]!;
        divisionOf[i] = divisionOf[manager]!;
      }
      if (level[i]! < MAX_LEVEL) queue.push(i);
    }
  }
  // Only reachable if the levels ran out (tens of thousands of people): hang the rest under the
  // deepest people who may still have reports.
  const room = Math.max(...level.filter((l) => l < MAX_LEVEL));
  const deepest = level.flatMap((l, i) => (l === room ? [i] : []));
  while (next < people) {
    const i = next++;
    const manager = deepest[i % deepest.length]!;
    level[i] = room + 1;
    managerOf[i] = manager;
    departmentOf[i] = departmentOf[manager]!;
    divisionOf[i] = divisionOf[manager]!;
  }
  const reportCount = new Array<number>(people).fill(0);
  for (let i = 1; i < people; i++) reportCount[managerOf[i]!]!++;

  const titleOf = (i: number): string => {
    const division = divisionOf[i]!;
    if (i === 0) return 'General Manager';
    if (level[i] === 1) return `Vice President, ${division}`;
    if (level[i] === 2) return `Director, ${division}`;
    if (reportCount[i]! > 0) return level[i] === 3 ? `${division} Manager` : 'Team Manager';
    return pick(STAFF_TITLES);
  };
  const customerTypeOf = (i: number): CustomerType | null => {
    if (level[i]! <= 1) return 'executive';
    if (chance(0.3)) return null;
    const d = divisionOf[i]!;
    if (d === 'Procurement') return 'procurement';
    if (level[i] === 2 || reportCount[i]! > 0) return d === 'Information Technology' || d === 'Engineering' ? 'technicalManagement' : 'userManagement';
    return d === 'Information Technology' || d === 'Engineering' || d === 'Research' ? 'technicalStaff' : 'user';
  };
  const rolesOf = (i: number): BuyingRole[] => {
    const roles = new Set<BuyingRole>();
    if (i === 0 || (level[i] === 1 && chance(0.5))) roles.add('decisionMaker');
    if (divisionOf[i] === 'Procurement' && chance(0.5)) roles.add('purchaser');
    const extra = weighted<number>([[0, 55], [1, 35], [2, 10]]);
    for (let k = 0; k < extra; k++) roles.add(pick(BUYING_ROLES));
    return BUYING_ROLES.filter((r) => roles.has(r));
  };
  const ATTITUDE_WEIGHTS = ATTITUDES.map((a): [Attitude, number] => [a, a === 'unknown' ? 40 : a === 'neutral' ? 20 : 10]);
  const STAGE_WEIGHTS = RELATIONSHIP_STAGES.map((s, k): [RelationshipStage, number] => [s, [45, 25, 15, 10, 5][k]!]);

  const stamp = new Date(Date.UTC(2026, 0, 1)).toISOString();
  const persons: PersonInput[] = [];
  for (let i = 0; i < people; i++) {
    const chinese = chance(0.5);
    let name: string;
    let alternateName: string;
    if (chinese) {
      const [surname, surnamePinyin] = pick(SURNAMES);
      const [given, givenPinyin] = pick(GIVEN);
      name = `${surname}${given}`;
      alternateName = `${surnamePinyin} ${givenPinyin}`;
    } else {
      name = `${pick(FIRST)} ${pick(LAST)}`;
      alternateName = '';
    }
    const top = Math.max(1, 5 - level[i]!);
    persons.push({
      id: personId(i),
      name,
      alternateName,
      title: titleOf(i),
      departmentId: departmentOf[i]!,
      customerType: customerTypeOf(i),
      roles: rolesOf(i),
      attitude: weighted(ATTITUDE_WEIGHTS),
      influence: Math.min(5, int(top, top + 1)),
      keyPerson: level[i]! <= 1 || chance(0.03),
      relationship: { stage: weighted(STAGE_WEIGHTS) },
    });
  }

  // One solid line per person but the top, a few dotted (matrix) lines to another manager, 10% influences.
  const links: AccountInput['links'] = [];
  for (let i = 1; i < people; i++) links.push({ id: `r-${i}`, source: personId(i), target: personId(managerOf[i]!), kind: 'reportsTo' });
  // Dotted lines point strictly up a level, at most one per person: no cycle, as the chart rules require.
  const managers = reportCount.flatMap((n, i) => (n > 0 ? [i] : []));
  const dotted = managers.length > 2 ? Math.round(people * 0.02) : 0;
  const withDotted = new Set<number>();
  for (let k = 0, tries = 0; k < dotted && tries < dotted * 20; tries++) {
    const i = int(2, people - 1);
    const m = pick(managers);
    if (withDotted.has(i) || m === managerOf[i] || level[m]! >= level[i]!) continue;
    withDotted.add(i);
    links.push({ id: `m-${k++}`, source: personId(i), target: personId(m), kind: 'reportsTo', dotted: true });
  }
  const paired = new Set<string>();
  const influences = people > 1 ? Math.round(people * 0.1) : 0;
  for (let k = 0, tries = 0; k < influences && tries < influences * 20; tries++) {
    const a = int(0, people - 1);
    const b = int(0, people - 1);
    if (a === b || paired.has(`${a}~${b}`)) continue;
    paired.add(`${a}~${b}`);
    links.push({ id: `i-${k++}`, source: personId(a), target: personId(b), kind: 'influences', strength: int(1, 5) });
  }

  const actions = options.details ? addDetails(persons, mulberry32(seed ^ 0x5bd1e995), options.details.today) : [];

  const account = Account.parse({
    schemaVersion: ACCOUNT_SCHEMA_VERSION,
    id: options.id ?? `org-${people}-${seed}`,
    name: options.name ?? `Generated org ${people} (seed ${seed})`,
    industry: 'Energy',
    createdAt: stamp,
    updatedAt: stamp,
    departments,
    people: persons,
    links,
    actions,
  } satisfies AccountInput);
  if (!options.withPositions) return account;
  const laid = layoutReportingTree(
    account.people.map((p) => p.id),
    account.links,
  );
  return Account.parse({ ...account, canvas: { ...account.canvas, positions: Object.fromEntries(laid) } });
}

const CITIES = ['北京', '上海', '郑州', '洛阳', '西安', '成都', 'Hamburg', 'Lyon', 'Osaka', 'Toronto', 'Nairobi', 'Lima'];
const UNIVERSITIES = ['Tsinghua University', '华北电力大学', 'TU München', 'University of Toronto', '浙江大学', 'Kyoto University'];
const SPORTS = ['badminton', '羽毛球', 'cycling', 'table tennis', 'running', '钓鱼', 'golf'];
const GOALS = [
  'Bring the new billing system live before the annual audit, with no unplanned outage',
  '在集团检查前完成机房扩容，预算控制在计划之内',
  'Cut the cost of operations by a tenth without adding headcount',
  'Be seen by the board as the person who modernised the data centre',
];
const SUMMARIES = [
  'Walked through the capacity plan and the migration schedule; asked for two reference sites',
  '技术交流，介绍了灾备方案；对方关心上线期间的服务响应',
  'Lunch after the user meeting; talked about the tender timetable and who will score it',
  'Phone call to confirm the workshop date and the list of attendees',
];
const STEPS = ['Send the reference list', '安排参观样板客户', 'Draft the migration plan', 'Confirm the workshop agenda', '提交报价初稿'];

/** Dossiers, motives, activities and trips for everyone (see OrgOptions.details); answers the plan's actions (a next step each). */
function addDetails(persons: PersonInput[], rand: () => number, today: string): ActionInput[] {
  const actions: ActionInput[] = [];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  persons.forEach((p, i) => {
    if (rand() < 0.08) p.keyPerson = true;
    p.phone = `+86 371 5555 ${String(i).padStart(4, '0')}`;
    p.email = `person${i}@example.com`;
    p.dossier = {
      family: rand() < 0.5 ? 'Married, one daughter at university' : '已婚，儿子在读高中',
      hometown: pick(CITIES),
      university: pick(UNIVERSITIES),
      sports: pick(SPORTS),
      food: rand() < 0.5 ? 'Sichuan food, no alcohol' : '喜欢河南烩面',
      goals: pick(GOALS),
      ambitions: 'Head of the division within three years',
      birthday: `19${int(60, 95)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
      notes: `${pick(GOALS)}. ${pick(SUMMARIES)}.`,
    };
    p.motives = {
      organizational: pick(GOALS),
      personal: rand() < 0.5 ? 'Promotion to division head' : '希望项目成为他的业绩',
      alignment: pick(ALIGNMENTS),
      evidence: pick(SUMMARIES),
      fears: 'An outage at go-live reported to headquarters',
      ourOffer: 'Four-hour on-site service and a standby server during go-live',
    };
    const activities = int(1, 4);
    p.activities = Array.from({ length: activities }, (_, k) => ({
      id: `${p.id}-a${k}`,
      date: addDays(today, -int(1, 120)),
      kind: pick(ACTIVITY_KINDS),
      summary: pick(SUMMARIES),
      actionId: k === activities - 1 && actions.length < ACTIONS_MAX ? `${p.id}-n` : null,
    }));
    // The last activity's next step: an action of the plan, for this person, as far as an account holds
    // actions (a 10,000-person chart has next steps for its first 5,000).
    if (actions.length < ACTIONS_MAX) actions.push({ id: `${p.id}-n`, text: pick(STEPS), owner: '@me', due: addDays(today, int(1, 30)), personIds: [p.id], activityId: `${p.id}-a${activities - 1}`, createdOn: today });
    p.itinerary = Array.from({ length: int(1, 2) }, (_, k) => {
      const from = addDays(today, int(1, 55));
      return { id: `${p.id}-t${k}`, from, to: addDays(from, int(0, 3)), city: pick(CITIES), place: 'Conference hotel', transport: 'High-speed train', purpose: 'Provincial work meeting', source: 'Their assistant' };
    });
  });
  return actions;
}
