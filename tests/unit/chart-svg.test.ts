import { describe, expect, it } from 'vitest';
import { clip, renderChartSvg } from '../../shared/render/chart-svg';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';
import { CARD_HEIGHT, CARD_WIDTH } from '../../shared/logic/layout';
import { generateOrgAccount } from '../support/org-generator';

const stamp = '2026-11-23T10:00:00.000Z';
const org = Account.parse({
  schemaVersion: ACCOUNT_SCHEMA_VERSION,
  id: 'acme',
  name: 'Acme <Group>',
  createdAt: stamp,
  updatedAt: stamp,
  departments: [{ id: 'it', name: '信息中心' }],
  people: [
    { id: 'boss', name: '王总', title: '总经理', attitude: 'champion', roles: ['decisionMaker'], keyPerson: true },
    { id: 'cio', name: 'Li & Co', title: 'CIO', departmentId: 'it', attitude: 'opponent' },
    { id: 'x', name: '<script>alert(1)</script>' },
  ],
  links: [
    { id: 'l1', source: 'cio', target: 'boss', kind: 'reportsTo' },
    { id: 'l2', source: 'x', target: 'boss', kind: 'influences', strength: 5 },
  ],
});

describe('the chart drawn as SVG', () => {
  it('without the assessment (a map-level briefing), cards show no attitude colour, influence, stage or key star', async () => {
    const { ATTITUDE_COLORS } = await import('../../shared/render/chart-svg');
    const plain = renderChartSvg(org, { language: 'en', legend: false, assessment: false }).svg;
    const full = renderChartSvg(org, { language: 'en', legend: false }).svg;
    expect(full).toContain(ATTITUDE_COLORS.champion);
    expect(full).toContain('★');
    expect(plain).not.toContain(ATTITUDE_COLORS.champion);
    expect(plain).not.toContain(ATTITUDE_COLORS.opponent);
    expect(plain).not.toContain('★');
    expect(plain).not.toMatch(/<circle cx="17" cy="82" r="3"/);
    expect(plain).toContain('王总');
  });

  it('draws every person, the lines, the department frame and the legend, with text escaped', () => {
    const { svg, width, height } = renderChartSvg(org, { language: 'zh-CN' });
    expect(width).toBeGreaterThan(220);
    expect(height).toBeGreaterThan(96);
    expect(svg).toContain('王总');
    expect(svg).toContain('Li &amp; Co');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('信息中心 · 1');
    expect(svg).toContain('图例');
    expect(svg).toContain('汇报'); // the legend's reporting line, in Chinese
    expect(svg.match(/<path d="[^"]*" fill="none"/g)).toHaveLength(2);
    expect(svg).toContain('marker-end="url(#arrow)"');
    expect(svg).toContain('<title>Acme &lt;Group&gt;</title>');
  });

  it('draws only the chosen people and the lines among them', () => {
    const { svg } = renderChartSvg(org, { language: 'en', only: new Set(['boss', 'cio']) });
    expect(svg).toContain('王总');
    expect(svg).not.toContain('&lt;script&gt;');
    expect(svg.match(/<path d="[^"]*" fill="none"/g)).toHaveLength(1);
  });

  it('draws a part of a large chart with only the cards, lines and frames that reach into it', () => {
    const chart = renderChartSvg(generateOrgAccount({ people: 300, seed: 2, withPositions: true }), {
      language: 'en',
      legend: false,
    });
    const cardsOf = (svg: string) =>
      [...svg.matchAll(/<g transform="translate\(([-\d.]+),([-\d.]+)\)"><rect width="220"/g)].map((m) => ({
        x: Number(m[1]),
        y: Number(m[2]),
      }));
    const window = { x: chart.width / 2, y: 0, width: 1200, height: 800 };
    const reaches = (c: { x: number; y: number }) =>
      c.x < window.x + window.width &&
      c.x + CARD_WIDTH > window.x &&
      c.y < window.y + window.height &&
      c.y + CARD_HEIGHT > window.y;
    const part = chart.within(window);
    const all = cardsOf(chart.svg);
    expect(all).toHaveLength(300);
    expect(cardsOf(part)).toEqual(all.filter(reaches));
    expect(cardsOf(part).length).toBeGreaterThan(0);
    // A line is kept when its box meets the window: every line between two shown cards is there.
    const paths = (svg: string) => svg.match(/<path d="[^"]*" fill="none"[^>]*>/g) ?? [];
    expect(paths(part).length).toBeGreaterThan(0);
    expect(paths(part).length).toBeLessThan(paths(chart.svg).length / 3);
    expect(part.length).toBeLessThan(chart.svg.length / 5);
    // Long dashed lines are cut just past the window's edges (their dashes keep their phase).
    const dashed = [...part.matchAll(/<path d="M([-\d.]+),([-\d.]+) L([-\d.]+),([-\d.]+)"[^>]*stroke-dasharray/g)];
    expect(dashed.length).toBeGreaterThan(0);
    const near = (x: number, y: number) =>
      x >= window.x - 25 && x <= window.x + window.width + 25 && y >= window.y - 25 && y <= window.y + window.height + 25;
    for (const m of dashed) expect(near(Number(m[1]), Number(m[2])) && near(Number(m[3]), Number(m[4])), m[0]).toBe(true);
    expect(part).toMatch(/stroke-dashoffset="\d/);
    // The whole chart as the window gives the whole drawing back.
    expect(chart.within({ x: 0, y: 0, width: chart.width, height: chart.height })).toBe(chart.svg);
  });

  it('draws dashes longer for a chart printed small', () => {
    const { svg } = renderChartSvg(org, { language: 'en', legend: false, dashScale: 10 });
    expect(svg).toContain('stroke-dasharray="60 40"'); // the department frame and the influence line
    expect(svg).not.toContain('stroke-dasharray="6 4"');
  });

  it('cuts long names, counting a Chinese character as two columns', () => {
    expect(clip('abcdef', 4)).toBe('abcd…');
    expect(clip('中华人民共和国', 6)).toBe('中华人…');
    expect(clip('short', 10)).toBe('short');
  });
});

describe('the printed legend', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`explains every mark the drawn cards show (${lang}): key person, influence dots, stage bars, role badges; a map shows no assessment`, async () => {
      const { renderLegendSvg } = await import('../../shared/render/chart-svg');
      const { STRINGS } = await import('../../shared/i18n');
      const { BUYING_ROLES } = await import('../../shared/taxonomy/keys');
      const { BUYING_ROLE_TERMS, ATTITUDE_TERMS } = await import('../../shared/taxonomy/labels');
      const s = STRINGS[lang];
      const team = renderLegendSvg(lang, { assessment: true });
      for (const text of [s.legendMarks.keyPerson, s.legendMarks.influence, s.legendMarks.stage, ATTITUDE_TERMS.champion.label[lang]]) {
        expect(team, text).toContain(text.replace(/'/g, '&#39;'));
      }
      expect(team).toContain('★');
      for (const r of BUYING_ROLES) {
        expect(team).toContain(`>${BUYING_ROLE_TERMS[r].short[lang]}</text>`);
        expect(team).toContain(BUYING_ROLE_TERMS[r].label[lang].replace(/'/g, '&#39;'));
      }
      // At map level the cards carry no attitude, influence, stage or key star: nor does the legend.
      const map = renderLegendSvg(lang, { assessment: false });
      for (const text of [s.legendMarks.keyPerson, s.legendMarks.influence, s.legendMarks.stage, ATTITUDE_TERMS.champion.label[lang]]) expect(map).not.toContain(text);
      expect(map).toContain(`>${BUYING_ROLE_TERMS.decisionMaker.short[lang]}</text>`);
    });
  }
});

describe('text that XML cannot hold', () => {
  it('is dropped, so the SVG stays well-formed', async () => {
    const { escapeXml } = await import('../../shared/render/chart-svg');
    expect(escapeXml('a\u000bb\u0000c\ufffed 中\u{1f600}')).toBe('abcd 中\u{1f600}');
  });
});
