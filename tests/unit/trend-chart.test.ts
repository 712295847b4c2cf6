import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LineChart } from '../../renderer/src/features/trends/LineChart';

// The trend chart is one SVG for the app and the print route: the same props give the same
// markup (a PDF made twice is the same), nothing in it animates, and a value not known breaks the line.

const props = {
  title: 'Support vs opposition',
  dates: ['2026-09-01', '2026-10-01', '2026-11-01', '2026-12-07'],
  series: [
    { key: 'for', label: 'Support', values: [3, 5, 8, 10], tone: 'for' },
    { key: 'risks', label: 'Open risks', values: [4, null, 2, 1], tone: 'risks' },
  ],
  yDomain: [0, 12] as [number, number],
  yTicks: [0, 6, 12],
  lang: 'en' as const,
  lastValue: true,
};
const draw = (over: Partial<typeof props> = {}) => renderToStaticMarkup(createElement(LineChart, { ...props, ...over }));

describe('LineChart', () => {
  it('draws the same SVG for the same data, with nothing that moves', () => {
    const svg = draw();
    expect(draw()).toBe(svg);
    expect(svg).not.toMatch(/<animate|transition|@keyframes/);
    expect(svg).toContain('viewBox="0 0 560 180"');
  });

  it('one dot per known value; an unknown value breaks its line in two', () => {
    const svg = draw();
    expect(svg.match(/<circle/g)).toHaveLength(4 + 3);
    const paths = [...svg.matchAll(/class="trend-line" d="([^"]*)"/g)].map((m) => m[1]!);
    expect(paths[0]!.match(/M/g)).toHaveLength(1);
    expect(paths[1]!.match(/M/g)).toHaveLength(2);
  });

  it('writes the latest value of each line, and the dates in the language', () => {
    const svg = draw();
    expect(svg).toMatch(/class="trend-value"[^>]*>10</);
    expect(svg).toMatch(/class="trend-value"[^>]*>1</);
    expect(svg).toMatch(/>1 Oct 2026</);
    expect(draw({ lang: 'zh-CN' as never })).toMatch(/>2026年\d{1,2}月\d{1,2}日</);
  });

  it('a single date still sits inside a span: one dot per line, no line to draw', () => {
    const svg = draw({ dates: ['2026-12-07'], series: [{ key: 'for', label: 'Support', values: [10], tone: 'for' }] });
    expect(svg.match(/<circle/g)).toHaveLength(1);
    expect(svg).toMatch(/class="trend-line" d="M[\d.]+,[\d.]+Z?"/);
  });
});
