import { describe, expect, it } from 'vitest';
import { buildDemoAccounts } from '../../electron/services/demo';
import { CARD_HEIGHT, CARD_WIDTH, layoutReportingTree } from '../../shared/logic/layout';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';
import { FRAME_PAD, layoutFrames, linkRoutes } from '../../shared/render/chart-frames';
import { crosses, nearestSides, routeLine, SIDE_SHIFT, type Point, type Rect } from '../../shared/render/chart-lines';
import { renderChartSvg } from '../../shared/render/chart-svg';
import { textWidth, wrapText } from '../../shared/render/text-width';

// Issue 15, item 11: lines between the nearest sides of two cards, department labels clear of
// every line and wrapped rather than cut, on the canvas and in the SVG drawing alike.

const card = (x: number, y: number): Rect => ({ x, y, width: CARD_WIDTH, height: CARD_HEIGHT });
const inside = (p: Point, r: Rect) =>
  p.x > r.x + 0.5 && p.x < r.x + r.width - 0.5 && p.y > r.y + 0.5 && p.y < r.y + r.height - 0.5;
const onSide = (p: Point, r: Rect) =>
  (Math.abs(p.x - r.x) < 0.01 || Math.abs(p.x - r.x - r.width) < 0.01) && p.y >= r.y && p.y <= r.y + r.height
    ? p.x - r.x < 1
      ? 'left'
      : 'right'
    : (Math.abs(p.y - r.y) < 0.01 || Math.abs(p.y - r.y - r.height) < 0.01) && p.x >= r.x && p.x <= r.x + r.width
      ? p.y - r.y < 1
        ? 'top'
        : 'bottom'
      : null;

const DEMOS = (['en', 'zh-CN'] as const).flatMap((lang) =>
  buildDemoAccounts(lang, '2026-12-01T09:00:00.000Z').map((a) => ({ lang, account: a })),
);

/** The cards of an account where the chart draws them. */
function placed(account: Account): (id: string) => Point {
  const laid = layoutReportingTree(
    account.people.map((p) => p.id),
    account.links,
  );
  return (id) => account.canvas.positions[id] ?? laid.get(id)!;
}

describe('which sides a line joins', () => {
  it('side to side for cards in a row, bottom to top for cards in a column, whichever comes first in the link', () => {
    expect(nearestSides(card(0, 0), card(300, 0))).toEqual({ from: 'right', to: 'left' });
    expect(nearestSides(card(300, 0), card(0, 0))).toEqual({ from: 'left', to: 'right' });
    expect(nearestSides(card(0, 0), card(0, 200))).toEqual({ from: 'bottom', to: 'top' });
    expect(nearestSides(card(0, 200), card(0, 0))).toEqual({ from: 'top', to: 'bottom' });
    // One row down and far to the side: the facing sides are left and right, the shortest way.
    expect(nearestSides(card(0, 0), card(600, 176))).toEqual({ from: 'right', to: 'left' });
    // Slightly to the side, well below: bottom to top.
    expect(nearestSides(card(0, 0), card(60, 400))).toEqual({ from: 'bottom', to: 'top' });
    // Overlapping cards face nowhere: joined along the axis they are furthest apart on.
    expect(nearestSides(card(0, 0), card(100, 10))).toEqual({ from: 'right', to: 'left' });
  });

  it('draws an ally or rival line in a row from the right of one to the left of the other, never through either card', () => {
    for (const kind of ['ally', 'rival'] as const) {
      const a = card(0, 0);
      const b = card(700, 20);
      const route = routeLine(kind, false, a, b);
      expect(onSide(route.from, a)).toBe('right');
      expect(onSide(route.to, b)).toBe('left');
      for (const p of route.points) expect(inside(p, a) || inside(p, b), `${kind} ${JSON.stringify(p)}`).toBe(false);
    }
  });

  it('keeps an ally one row below off the reporting line between the same two people', () => {
    const manager = card(0, 0);
    const report = card(0, CARD_HEIGHT + 80);
    const reporting = routeLine('reportsTo', false, manager, report);
    const ally = routeLine('ally', false, manager, report);
    expect(reporting.from.x).toBe(CARD_WIDTH / 2);
    expect(ally.from.x).toBe(CARD_WIDTH / 2 + SIDE_SHIFT);
    expect(ally.to.x).toBe(CARD_WIDTH / 2 + SIDE_SHIFT);
  });

  it('turns a reporting line across just above the people it leads to, inside their frame’s padding', () => {
    const route = routeLine('reportsTo', false, card(300, 0), card(0, CARD_HEIGHT + 80));
    const bar = route.points[1]!.y;
    expect(route.points[2]!.y).toBe(bar);
    expect(CARD_HEIGHT + 80 - bar).toBeLessThan(FRAME_PAD);
  });

  for (const { lang, account } of DEMOS) {
    it(`joins facing sides for every influence, ally, rival and informal line of the demo ${account.id} (${lang})`, () => {
      const at = placed(account);
      const routes = linkRoutes(account.links, at);
      const others = account.links.filter((l) => l.kind !== 'reportsTo');
      expect(others.length).toBeGreaterThan(0);
      for (const l of others) {
        const a = card(at(l.source).x, at(l.source).y);
        const b = card(at(l.target).x, at(l.target).y);
        const r = routes.get(l.id)!;
        const from = onSide(r.from, a);
        const to = onSide(r.to, b);
        expect(from, l.id).toBe(r.fromSide);
        expect(to, l.id).toBe(r.toSide);
        // The two ends face each other: no line leaves the top of one card for the bottom of one below it.
        const dx = r.to.x - r.from.x;
        const dy = r.to.y - r.from.y;
        const outward = { top: -dy, bottom: dy, left: -dx, right: dx };
        const inward = { top: dy, bottom: -dy, left: dx, right: -dx };
        expect(outward[r.fromSide], `${l.id} leaves ${r.fromSide}`).toBeGreaterThan(0);
        expect(inward[r.toSide], `${l.id} arrives at ${r.toSide}`).toBeGreaterThan(0);
      }
    });
  }
});

describe('department labels', () => {
  it('wrap between words and between Chinese characters, keeping every character', () => {
    const en = wrapText('Materials and Procurement Department', 120, 12);
    expect(en.join(' ')).toBe('Materials and Procurement Department');
    for (const l of en) expect(textWidth(l, 12)).toBeLessThanOrEqual(120);
    const zh = wrapText('省电力公司营销服务中心计量与客户服务部', 100, 12);
    expect(zh.join('')).toBe('省电力公司营销服务中心计量与客户服务部');
    expect(zh.length).toBeGreaterThan(1);
    for (const l of zh) expect(textWidth(l, 12)).toBeLessThanOrEqual(100);
  });

  for (const { lang, account } of DEMOS) {
    it(`of the demo ${account.id} (${lang}) are crossed by no line and cover no card`, () => {
      const at = placed(account);
      const routes = [...linkRoutes(account.links, at).values()];
      const names = new Map(account.departments.map((d) => [d.id, d.name]));
      const frames = layoutFrames(account.people, account.links, names, at, routes);
      expect(frames.length).toBeGreaterThan(0);
      for (const f of frames) {
        const label = { x: f.label.x, y: f.label.y, width: f.label.width, height: f.label.height };
        expect(f.clear, f.name).toBe(true);
        for (const r of routes) expect(crosses(r.points, label), `${f.name} crossed`).toBe(false);
        for (const p of account.people) {
          const c = card(at(p.id).x, at(p.id).y);
          const meets =
            c.x < label.x + label.width && c.x + c.width > label.x && c.y < label.y + label.height && c.y + c.height > label.y;
          expect(meets, `${f.name} over ${p.name}`).toBe(false);
        }
        expect(f.label.lines.join(' ').replace(/\s+/g, '')).toBe(`${f.name}·${f.members.length}`.replace(/\s+/g, ''));
      }
    });
  }

  it('a long name is wrapped whole inside its frame (a taller head when it needs one), never cut', () => {
    const name =
      'Power-Use Division Metering, Billing, Tariff Collection and Customer Service Section of the Zhengzhou Supply Bureau';
    const account = Account.parse({
      schemaVersion: ACCOUNT_SCHEMA_VERSION,
      id: 'long',
      name: 'Long names',
      createdAt: '2026-12-01T09:00:00.000Z',
      updatedAt: '2026-12-01T09:00:00.000Z',
      departments: [{ id: 'd', name }],
      people: [
        { id: 'boss', name: 'Boss' },
        { id: 'p', name: 'Pat', departmentId: 'd' },
      ],
      links: [{ id: 'l', source: 'p', target: 'boss', kind: 'reportsTo' }],
      canvas: { positions: { boss: { x: 0, y: 0 }, p: { x: 0, y: 300 } } },
    });
    const at = placed(account);
    const routes = [...linkRoutes(account.links, at).values()];
    const [frame] = layoutFrames(account.people, account.links, new Map([['d', name]]), at, routes);
    expect(frame!.label.lines.join(' ')).toBe(`${name} · 1`);
    expect(frame!.label.lines.length).toBeGreaterThan(2);
    const box = frame!.box;
    expect(frame!.label.x).toBeGreaterThanOrEqual(box.x);
    expect(frame!.label.x + frame!.label.width).toBeLessThanOrEqual(box.x + box.width);
    expect(frame!.label.y + frame!.label.height).toBeLessThanOrEqual(300);
    for (const r of routes) expect(crosses(r.points, frame!.label)).toBe(false);
    // And so in the SVG drawing: every word is there, no ellipsis.
    const { svg } = renderChartSvg(account, { language: 'en', legend: false });
    const label = svgLabels(svg).find((l) => l.text.includes('Power-Use'))!;
    expect(label.text.replace(/\s+/g, ' ')).toBe(`${name} · 1`);
  });
});

// ---- Reading the SVG drawing back: its department labels and its lines, as drawn. ----

interface SvgLabel {
  text: string;
  boxes: Rect[];
}

/** The department labels of a chart SVG: their text and the box of each line of it. */
function svgLabels(svg: string): SvgLabel[] {
  const out: SvgLabel[] = [];
  for (const m of svg.matchAll(/<text ([^>]*font-weight="600" fill="#5d6b7e"[^>]*)>(.*?)<\/text>/g)) {
    const attrs = m[1]!;
    const size = Number(/font-size="([\d.]+)"/.exec(attrs)![1]);
    const spans = [...m[2]!.matchAll(/<tspan x="([-\d.]+)" y="([-\d.]+)">(.*?)<\/tspan>/g)].map((s) => ({
      x: Number(s[1]),
      y: Number(s[2]),
      text: s[3]!,
    }));
    const lines = spans.length
      ? spans
      : [{ x: Number(/(?:^|\s)x="([-\d.]+)"/.exec(attrs)![1]), y: Number(/(?:^|\s)y="([-\d.]+)"/.exec(attrs)![1]), text: m[2]! }];
    const unescape = (s: string) =>
      s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
    out.push({
      text: lines.map((l) => unescape(l.text)).join(' '),
      // From a little below the top of the capitals to the baseline: the ink a line could cross.
      boxes: lines.map((l) => ({
        x: l.x,
        y: l.y - size * 0.75,
        width: textWidth(unescape(l.text), size) / 1.04,
        height: size * 0.75,
      })),
    });
  }
  return out;
}

/** A point along a Bézier curve (de Casteljau). */
function bezierAt(points: Point[], t: number): Point {
  let p = points;
  while (p.length > 1) p = p.slice(1).map((q, k) => ({ x: p[k]!.x + (q.x - p[k]!.x) * t, y: p[k]!.y + (q.y - p[k]!.y) * t }));
  return p[0]!;
}

/** The lines of a chart SVG, each as points along it (absolute M, L, H, V, C and Q commands). */
function svgLines(svg: string): Point[][] {
  const out: Point[][] = [];
  for (const m of svg.matchAll(/<path d="([^"]*)" fill="none"/g)) {
    const tokens = m[1]!.match(/[MLHVCQ]|-?[\d.]+/g)!;
    const pts: Point[] = [];
    let at: Point = { x: 0, y: 0 };
    let i = 0;
    const num = () => Number(tokens[i++]);
    while (i < tokens.length) {
      const cmd = tokens[i++]!;
      if (cmd === 'M' || cmd === 'L') at = { x: num(), y: num() };
      else if (cmd === 'H') at = { x: num(), y: at.y };
      else if (cmd === 'V') at = { x: at.x, y: num() };
      else if (cmd === 'C' || cmd === 'Q') {
        const ctrl = Array.from({ length: cmd === 'C' ? 3 : 2 }, () => ({ x: num(), y: num() }));
        const from = at;
        for (let s = 1; s <= 12; s++) pts.push(bezierAt([from, ...ctrl], s / 12));
        at = ctrl[ctrl.length - 1]!;
        continue;
      }
      pts.push(at);
    }
    out.push(pts);
  }
  return out;
}

describe('the SVG drawing (picture export, printed briefings)', () => {
  for (const { lang, account } of DEMOS) {
    it(`draws no line of the demo ${account.id} (${lang}) through a department label`, () => {
      const { svg } = renderChartSvg(account, { language: lang, legend: false });
      const labels = svgLabels(svg);
      const lines = svgLines(svg);
      expect(labels.length).toBeGreaterThan(0);
      expect(lines.length).toBeGreaterThan(0);
      for (const label of labels) {
        for (const box of label.boxes)
          for (const line of lines) expect(crosses(line, box), `“${label.text}” crossed`).toBe(false);
        expect(label.text, 'cut').not.toContain('…');
      }
    });
  }
});
