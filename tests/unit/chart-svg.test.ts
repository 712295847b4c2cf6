import { describe, expect, it } from 'vitest';
import { clip, renderChartSvg } from '../../shared/render/chart-svg';
import { Account, ACCOUNT_SCHEMA_VERSION } from '../../shared/model/account';

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

  it('cuts long names, counting a Chinese character as two columns', () => {
    expect(clip('abcdef', 4)).toBe('abcd…');
    expect(clip('中华人民共和国', 6)).toBe('中华人…');
    expect(clip('short', 10)).toBe('short');
  });
});

describe('text that XML cannot hold', () => {
  it('is dropped, so the SVG stays well-formed', async () => {
    const { escapeXml } = await import('../../shared/render/chart-svg');
    expect(escapeXml('a\u000bb\u0000c\ufffed 中\u{1f600}')).toBe('abcd 中\u{1f600}');
  });
});
