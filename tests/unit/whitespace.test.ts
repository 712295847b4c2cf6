import { describe, expect, it } from 'vitest';
import { applyPrefill, planPrefill } from '../../shared/logic/strategy/prefill';
import { addLines, cellAt, cellOpportunities, namesIn, removeLine, splitNames, unitPeople, whitespaceTotals, withCell } from '../../shared/logic/strategy/whitespace';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';
import { WHITESPACE_LINES_MAX } from '../../shared/model/strategy';

const stamp = '2026-11-23T10:00:00.000Z';

function henan(extra: Record<string, unknown> = {}) {
  return Account.parse({
    schemaVersion: ACCOUNT_SCHEMA_VERSION,
    id: 'henan',
    name: 'Henan',
    createdAt: stamp,
    updatedAt: stamp,
    departments: [
      { id: 'use', name: '用电处' },
      { id: 'meter', name: '抄表核算科', parentId: 'use' },
      { id: 'it', name: '信息中心' },
    ],
    competitors: [{ id: 'ns', name: '北辰系统' }],
    opportunities: [
      { id: 'p1', name: '一期服务器' },
      { id: 'p2', name: '二期 服务器 地市推广 郑州' },
    ],
    people: [
      { id: 'sun', name: '孙建华', departmentId: 'use' },
      { id: 'li', name: '李红', departmentId: 'meter' },
      { id: 'ma', name: '马骏', departmentId: 'it' },
    ],
    background: {
      installedBase: [
        { id: 'ib1', product: '北辰 NS-8000 机架服务器', vendor: '北辰系统', notes: '信息中心机房；营销系统试点' },
        { id: 'ib2', product: '我方服务器及存储', vendor: '我方', notes: '用电处 12月到货' },
        { id: 'ib3', product: '台式电脑', vendor: '华信数据', notes: '用电处办公' },
        { id: 'ib4', product: 'Rack servers', vendor: 'Zhongyuan', notes: 'Zhengzhou prefecture' },
        { id: 'ib5', product: '磁带库（存储）', vendor: '', notes: '信息中心' },
      ],
    },
    whitespace: {
      products: [
        { id: 'srv', name: '服务器 / Servers' },
        { id: 'sto', name: '存储' },
      ],
      units: [
        { id: 'u-use', name: '用电处', departmentId: 'use' },
        { id: 'u-it', name: 'IT', departmentId: 'it' },
        { id: 'u-zz', name: 'Zhengzhou' },
      ],
      cells: [],
    },
    ...extra,
  });
}

describe('the whitespace grid', () => {
  it('adds up each row and column, counting cells nobody assessed as open', () => {
    let ws = henan().whitespace;
    ws = withCell(ws, 'srv', 'u-use', { status: 'ours', value: 3_000_000 });
    ws = withCell(ws, 'srv', 'u-it', { status: 'competitor', competitorId: 'ns', value: 5_000_000 });
    ws = withCell(ws, 'sto', 'u-zz', { status: 'open', value: 1_200_000 });
    ws = withCell(ws, 'sto', 'u-it', { status: 'na' });
    // A cell of a unit since removed is not counted.
    ws = { ...ws, cells: [...ws.cells, { id: 'x', productId: 'srv', unitId: 'gone', status: 'open', competitorId: null, opportunityId: null, value: 9, note: '' }] };
    const t = whitespaceTotals(ws);
    expect(t.products.get('srv')).toEqual({ value: 8_000_000, open: 1, cells: 3 });
    expect(t.products.get('sto')).toEqual({ value: 1_200_000, open: 2, cells: 3 });
    expect(t.units.get('u-it')).toEqual({ value: 5_000_000, open: 0, cells: 2 });
    expect(t.units.get('u-zz')).toEqual({ value: 1_200_000, open: 2, cells: 2 });
    expect(t.total).toEqual({ value: 9_200_000, open: 3, cells: 6 });
  });

  it('changes one cell, making it the first time', () => {
    const ws = withCell(henan().whitespace, 'sto', 'u-use', { status: 'pursuing', opportunityId: 'p1' });
    const cell = cellAt(ws, 'sto', 'u-use')!;
    expect(cell).toMatchObject({ status: 'pursuing', opportunityId: 'p1', value: null });
    const again = withCell(ws, 'sto', 'u-use', { value: 10 });
    expect(again.cells).toHaveLength(1);
    expect(cellAt(again, 'sto', 'u-use')).toMatchObject({ id: cell.id, status: 'pursuing', value: 10 });
  });

  it('adds lines typed at once (18 prefecture companies), skips blanks and repeats, and refuses past 200', () => {
    expect(splitNames('郑州、洛阳，开封\n安阳; 郑州 ')).toEqual(['郑州', '洛阳', '开封', '安阳', '郑州']);
    const ws = henan().whitespace;
    const added = addLines(ws, 'units', splitNames('郑州、洛阳\n\nZhengzhou, 洛阳'));
    expect(added !== 'tooMany' && added.added.map((l) => l.name)).toEqual(['郑州', '洛阳']);
    const many = Array.from({ length: WHITESPACE_LINES_MAX - 3 }, (_, i) => `unit ${i}`);
    expect(addLines(ws, 'units', many)).not.toBe('tooMany');
    expect(addLines(ws, 'units', [...many, 'one too many'])).toBe('tooMany');
  });

  it('removes a line with its cells', () => {
    const ws = withCell(withCell(henan().whitespace, 'srv', 'u-it', { status: 'ours' }), 'sto', 'u-use', { status: 'ours' });
    const less = removeLine(ws, 'units', 'u-it');
    expect(less.units.map((u) => u.id)).toEqual(['u-use', 'u-zz']);
    expect(less.cells.map((c) => c.unitId)).toEqual(['u-use']);
  });

  it('names the people of a department unit with its sub-departments, and the opportunities of a cell', () => {
    const a = henan();
    const [srv] = a.whitespace.products;
    const [use, , zz] = a.whitespace.units;
    expect(unitPeople(a, use!).map((p) => p.id)).toEqual(['sun', 'li']);
    expect(unitPeople(a, zz!)).toEqual([]);
    const ws = withCell(a.whitespace, 'srv', 'u-use', { status: 'pursuing', opportunityId: 'p1' });
    expect(cellOpportunities(a, cellAt(ws, 'srv', 'u-use'), srv!, use!).map((o) => o.id)).toEqual(['p1']);
    // Phase 2 names servers and Zhengzhou (in Chinese): no match for the English unit "Zhengzhou"; add 郑州 and it matches.
    expect(cellOpportunities(a, undefined, srv!, zz!)).toEqual([]);
    expect(cellOpportunities(a, undefined, srv!, { ...zz!, name: '郑州' }).map((o) => o.id)).toEqual(['p2']);
  });

  it('compares names folded, by each part and an English singular', () => {
    expect(namesIn('服务器 / Servers')).toEqual(['服务器 / servers', '服务器', 'servers', 'server']);
    expect(namesIn('DR')).toEqual(['dr']);
    expect(namesIn('X')).toEqual([]);
  });
});

describe('filling the grid from the installed base', () => {
  it('fills the cells of rows that name a unit, by product line, as ours or a competitor’s', () => {
    const plan = planPrefill(henan());
    const cells = plan.fills.map((f) => `${f.productId}/${f.unitId}:${f.status}:${f.competitorId ?? f.vendor}`);
    expect(cells).toEqual([
      // 北辰 servers in 信息中心 (the unit "IT" is the department 信息中心).
      'srv/u-it:competitor:ns',
      // Our servers and storage in 用电处.
      'srv/u-use:ours:我方',
      'sto/u-use:ours:我方',
      // Rack servers in Zhengzhou from a vendor that is not a listed competitor.
      'srv/u-zz:competitor:Zhongyuan',
    ]);
    // Desktop PCs name 用电处 but no product line; the tape library names 信息中心 but no vendor.
    expect(plan.skipped).toEqual([
      { installedId: 'ib3', unitIds: ['u-use'], reason: 'noProductLine' },
      { installedId: 'ib5', unitIds: ['u-it'], reason: 'noVendor' },
    ]);
    expect(plan.kept).toEqual([]);
  });

  it('never overwrites a cell the rep set, and says so', () => {
    const a = henan();
    const set = { ...a, whitespace: withCell(withCell(a.whitespace, 'srv', 'u-it', { status: 'pursuing', opportunityId: 'p1' }), 'sto', 'u-use', { note: 'ask Sun' }) };
    const plan = planPrefill(set);
    expect(plan.kept.map((k) => `${k.productId}/${k.unitId}:${k.why}`)).toEqual(['srv/u-it:alreadySet', 'sto/u-use:alreadySet']);
    expect(plan.fills.map((f) => `${f.productId}/${f.unitId}`)).toEqual(['srv/u-use', 'srv/u-zz']);
  });

  it('writes the plan into the grid, a vendor not listed named in the note', () => {
    const a = henan();
    const ws = applyPrefill(a.whitespace, planPrefill(a).fills);
    expect(cellAt(ws, 'srv', 'u-it')).toMatchObject({ status: 'competitor', competitorId: 'ns', note: '北辰 NS-8000 机架服务器' });
    expect(cellAt(ws, 'srv', 'u-zz')).toMatchObject({ status: 'competitor', competitorId: null, note: 'Zhongyuan: Rack servers' });
    expect(cellAt(ws, 'sto', 'u-use')).toMatchObject({ status: 'ours' });
    // Filling again changes nothing: every cell it would fill is now set.
    expect(planPrefill({ ...a, whitespace: ws }).fills).toEqual([]);
  });
});
