import { CARD_HEIGHT, CARD_WIDTH, layoutReportingTree } from '../logic/layout';
import type { Account } from '../model/account';
import type { Person } from '../model/person';
import { ATTITUDES, BUYING_ROLES, LINK_KINDS, RELATIONSHIP_STAGES, type Attitude, type Language, type LinkKind } from '../taxonomy/keys';
import { ATTITUDE_TERMS, BUYING_ROLE_TERMS, LINK_KIND_TERMS } from '../taxonomy/labels';
import { STRINGS } from '../i18n';
import { FRAME_HEAD, FRAME_PAD, LABEL_FONT, LABEL_LINE, layoutFrames, linkRoutes } from './chart-frames';
import type { Point } from './chart-lines';
import { textWidth } from './text-width';

// The chart as a standalone SVG document: the picture export draws it, and printed briefings
// can embed it. Pure string building, so it renders the same in the app, the CLI and tests.

export const ATTITUDE_COLORS: Record<Attitude, string> = {
  champion: '#15803d',
  supporter: '#65a30d',
  neutral: '#a3a3a3',
  skeptic: '#d97706',
  opponent: '#dc2626',
  unknown: '#cbd5e1',
};

export const LINK_STYLES: Record<LinkKind, { color: string; dash: string; width: number }> = {
  reportsTo: { color: '#64748b', dash: '', width: 1.5 },
  influences: { color: '#7c3aed', dash: '6 4', width: 1.5 },
  ally: { color: '#16a34a', dash: '', width: 2 },
  rival: { color: '#dc2626', dash: '', width: 2 },
  informal: { color: '#94a3b8', dash: '2 4', width: 1.5 },
};

const FONT = "Inter, 'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";
const MARGIN = 40;

// Characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/FFFF) would make the file unreadable.
const XML_INVALID = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export const escapeXml = (s: string) =>
  s.replace(XML_INVALID, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Cuts text to about `max` columns (a CJK character counts two), with an ellipsis. */
export function clip(text: string, max: number): string {
  let width = 0;
  let out = '';
  for (const ch of text) {
    width += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
    if (width > max) return `${out}…`;
    out += ch;
  }
  return out;
}

export interface ChartSvgOptions {
  language: Language;
  /** Draw only these people (and the lines among them); default everyone. */
  only?: ReadonlySet<string>;
  /** Draw the legend at the right (default); a printed briefing shows it apart so the chart gets the page. */
  legend?: boolean;
  /**
   * Dashes this many times longer (default 1): a chart printed small (a large chart's overview)
   * keeps dashes that read on paper, and Chromium's PDF does not write each tiny one as a segment.
   */
  dashScale?: number;
  /**
   * Draw our assessment on the cards: attitude colour, influence, relationship stage, key person
   * (default). A map-level briefing has none of it, so it draws plain cards instead of defaults.
   */
  assessment?: boolean;
}

function card(p: Person, at: Point, department: string, lang: Language, assessment: boolean): string {
  const color = assessment ? ATTITUDE_COLORS[p.attitude] : '#94a3b8';
  const name = p.name || STRINGS[lang].canvas.placeholderName;
  const sub = [p.title, department].filter(Boolean).join(' · ');
  const stage = RELATIONSHIP_STAGES.indexOf(p.relationship.stage);
  const parts: string[] = [
    `<g transform="translate(${at.x},${at.y})">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" rx="8" fill="#ffffff" stroke="#d8dee6"${p.placeholder ? ' stroke-dasharray="4 3"' : ''}/>`,
    `<rect width="5" height="${CARD_HEIGHT}" rx="2" fill="${color}"/>`,
    `<circle cx="19" cy="18" r="5" fill="${color}"/>`,
    `<text x="30" y="23" font-size="14" font-weight="700" fill="#1c2430">${escapeXml(clip(name, 22))}</text>`,
  ];
  if (assessment && p.keyPerson) parts.push(`<text x="${CARD_WIDTH - 12}" y="23" font-size="14" text-anchor="end" fill="#d97706">★</text>`);
  parts.push(`<text x="13" y="42" font-size="11" fill="#5d6b7e">${escapeXml(clip(sub, 34))}</text>`);
  let x = 13;
  for (const r of p.roles) {
    const label = BUYING_ROLE_TERMS[r].short[lang];
    const w = badgeWidth(label, lang);
    if (x + w > CARD_WIDTH - 8) break;
    const strong = r === 'decisionMaker';
    parts.push(
      `<rect x="${x}" y="50" width="${w}" height="16" rx="4" fill="${strong ? '#1d4ed8' : '#eef1f5'}" stroke="${strong ? '#1d4ed8' : '#d8dee6'}"/>`,
      `<text x="${x + w / 2}" y="62" font-size="10" text-anchor="middle" fill="${strong ? '#ffffff' : '#1c2430'}">${escapeXml(label)}</text>`,
    );
    x += w + 4;
  }
  if (!assessment) {
    parts.push('</g>');
    return parts.join('');
  }
  for (let i = 0; i < 5; i++) parts.push(`<circle cx="${17 + i * 9}" cy="82" r="3" fill="${i < p.influence ? '#1d4ed8' : '#c7d2fe'}"/>`);
  for (let i = 0; i < RELATIONSHIP_STAGES.length; i++) {
    parts.push(`<rect x="${CARD_WIDTH - 80 + i * 14}" y="79" width="12" height="5" rx="2" fill="${i <= stage ? '#15803d' : '#eef1f5'}" stroke="${i <= stage ? '#15803d' : '#d8dee6'}"/>`);
  }
  parts.push('</g>');
  return parts.join('');
}

/** A rectangle in the chart's coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const meets = (a: Box, b: Box) => a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;

/** The box around points, grown by `pad` on every side (stroke widths, arrowheads). */
function boxOf(points: Point[], pad: number): Box {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs) - pad;
  const y = Math.min(...ys) - pad;
  return { x, y, width: Math.max(...xs) + pad - x, height: Math.max(...ys) + pad - y };
}

/** The box grown by `pad` on every side. */
const grow = (b: Box, pad: number): Box => ({ x: b.x - pad, y: b.y - pad, width: b.width + 2 * pad, height: b.height + 2 * pad });

/** The part of the segment a→b inside `w` as [t0, t1] along it (Liang–Barsky), or null when none is. */
function clipSegment(a: Point, b: Point, w: Box): [number, number] | null {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a.x - w.x],
    [dx, w.x + w.width - a.x],
    [-dy, a.y - w.y],
    [dy, w.y + w.height - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 > t1) return null;
  }
  return [t0, t1];
}

/**
 * How far past a part's edges its cut lines and frames reach, so the cut ends (and a frame's
 * rounded corners) lie outside what the part shows.
 */
const CUT_PAD = 24;

/** A drawn piece, the box it covers, and (for long dashed shapes) how to draw only its part in a window. */
interface Piece {
  markup: string;
  box: Box;
  part?: (window: Box) => string;
}

export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
  /**
   * The same document (same size and coordinates) holding only the frames, lines and cards that
   * meet `window`, long dashed lines and department frames cut to it: a printed part of a large
   * chart carries its own part (Chromium's PDF writes every dash of a stroke as a segment of its own,
   * the hidden ones too), not the whole chart again.
   */
  within(window: Box): string;
}

/** What the legend explains: the lines always; with the assessment, attitudes and the marks of it. */
interface LegendOptions {
  assessment?: boolean;
}

const LEGEND_ROW = 18;
const LEGEND_TOP = 38;
const LEGEND_FONT = 11;

/** A legend row: its mark drawn at (x, baseline y), the mark's width, and its words. */
interface LegendRow {
  mark: (x: number, y: number) => string;
  markWidth: number;
  label: string;
}

/** The legend's columns (at most six rows each), in the order they are drawn. */
function legendColumns(lang: Language, options: LegendOptions): LegendRow[][] {
  const s = STRINGS[lang];
  const line = (color: string, dash: string) => (x: number, y: number) =>
    `<line x1="${x}" y1="${y - 4}" x2="${x + 28}" y2="${y - 4}" stroke="${color}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
  const lines: LegendRow[] = LINK_KINDS.map((k) => ({
    mark: line(LINK_STYLES[k].color, LINK_STYLES[k].dash),
    markWidth: 28,
    label: LINK_KIND_TERMS[k].label[lang],
  }));
  lines.push({ mark: line(LINK_STYLES.reportsTo.color, '2 4'), markWidth: 28, label: s.chart.legendDotted });
  const columns = [lines];
  if (options.assessment ?? true) {
    columns.push(
      ATTITUDES.map((a) => ({
        mark: (x, y) => `<circle cx="${x + 5}" cy="${y - 4}" r="5" fill="${ATTITUDE_COLORS[a]}"/>`,
        markWidth: 10,
        label: ATTITUDE_TERMS[a].label[lang],
      })),
    );
    columns.push([
      {
        mark: (x, y) => `<text x="${x}" y="${y + 1}" font-size="13" fill="#d97706">★</text>`,
        markWidth: 14,
        label: s.legendMarks.keyPerson,
      },
      {
        mark: (x, y) =>
          Array.from(
            { length: 5 },
            (_, i) => `<circle cx="${x + 3 + i * 9}" cy="${y - 4}" r="3" fill="${i < 3 ? '#1d4ed8' : '#c7d2fe'}"/>`,
          ).join(''),
        markWidth: 42,
        label: s.legendMarks.influence,
      },
      {
        mark: (x, y) =>
          RELATIONSHIP_STAGES.map(
            (_, i) =>
              `<rect x="${x + i * 14}" y="${y - 7}" width="12" height="5" rx="2" fill="${i <= 2 ? '#15803d' : '#eef1f5'}" stroke="${i <= 2 ? '#15803d' : '#d8dee6'}"/>`,
          ).join(''),
        markWidth: 68,
        label: s.legendMarks.stage,
      },
    ]);
  }
  // Buying roles as the cards show them: their short form in a badge.
  const roles = BUYING_ROLES.map((r): LegendRow => {
    const short = BUYING_ROLE_TERMS[r].short[lang];
    const w = badgeWidth(short, lang);
    const strong = r === 'decisionMaker';
    return {
      mark: (x, y) =>
        `<rect x="${x}" y="${y - 12}" width="${w}" height="16" rx="4" fill="${strong ? '#1d4ed8' : '#eef1f5'}" stroke="${strong ? '#1d4ed8' : '#d8dee6'}"/><text x="${x + w / 2}" y="${y}" font-size="10" text-anchor="middle" fill="${strong ? '#ffffff' : '#1c2430'}">${escapeXml(short)}</text>`,
      markWidth: w,
      label: BUYING_ROLE_TERMS[r].label[lang],
    };
  });
  columns.push(roles.slice(0, 5), roles.slice(5));
  return columns;
}

/** A role badge's width, as the cards draw it. */
const badgeWidth = (label: string, lang: Language) => label.length * (lang === 'zh-CN' ? 11 : 7) + 10;

/** The legend's size and drawing at (x, y). */
function legend(
  lang: Language,
  options: LegendOptions,
): { width: number; height: number; draw: (x: number, y: number) => string } {
  const columns = legendColumns(lang, options);
  const widths = columns.map((rows) => Math.max(...rows.map((r) => r.markWidth + 6 + textWidth(r.label, LEGEND_FONT))));
  const width = Math.ceil(12 + widths.reduce((a, w) => a + w + 18, 0) - 6);
  const height = LEGEND_TOP - 8 + Math.max(...columns.map((c) => c.length)) * LEGEND_ROW;
  const draw = (x: number, y: number) => {
    const out = [
      `<g transform="translate(${x},${y})">`,
      `<rect width="${width}" height="${height}" rx="8" fill="#ffffff" stroke="#d8dee6"/>`,
    ];
    out.push(
      `<text x="12" y="20" font-size="12" font-weight="700" fill="#1c2430">${escapeXml(STRINGS[lang].canvas.legend)}</text>`,
    );
    let cx = 12;
    columns.forEach((rows, c) => {
      rows.forEach((row, i) => {
        const ly = LEGEND_TOP + i * LEGEND_ROW;
        out.push(
          row.mark(cx, ly),
          `<text x="${cx + row.markWidth + 6}" y="${ly}" font-size="${LEGEND_FONT}" fill="#1c2430">${escapeXml(row.label)}</text>`,
        );
      });
      cx += widths[c]! + 18;
    });
    out.push('</g>');
    return out.join('');
  };
  return { width, height, draw };
}

/** The chart (or the chosen people) with department frames, typed lines and the legend. */
export function renderChartSvg(account: Account, options: ChartSvgOptions): ChartSvg {
  const lang = options.language;
  const assessment = options.assessment ?? true;
  const people = account.people.filter((p) => !options.only || options.only.has(p.id));
  const ids = new Set(people.map((p) => p.id));
  const missing = people.some((p) => !account.canvas.positions[p.id]);
  const laid = missing
    ? layoutReportingTree(
        people.map((p) => p.id),
        account.links,
      )
    : null;
  const raw = (id: string): Point => account.canvas.positions[id] ?? laid?.get(id) ?? { x: 0, y: 0 };
  const links = account.links.filter((l) => ids.has(l.source) && ids.has(l.target));
  const departments = new Map(account.departments.map((d) => [d.id, d.name]));
  // Frames (and their labels, placed clear of the lines) where the cards are; the drawing then
  // takes its size from cards and frames together, a long label's taller head included.
  const placed = layoutFrames(people, links, departments, raw, linkRoutes(links, raw).values());
  const all = people.map((p) => raw(p.id));
  const x0 = Math.min(all.length ? Math.min(...all.map((p) => p.x)) - FRAME_PAD : 0, ...placed.map((f) => f.box.x));
  const y0 = Math.min(all.length ? Math.min(...all.map((p) => p.y)) - FRAME_PAD - FRAME_HEAD : 0, ...placed.map((f) => f.box.y));
  const x1 = all.length ? Math.max(...all.map((p) => p.x + CARD_WIDTH)) + FRAME_PAD : CARD_WIDTH;
  const y1 = all.length ? Math.max(...all.map((p) => p.y + CARD_HEIGHT)) + FRAME_PAD : CARD_HEIGHT;
  const withLegend = options.legend ?? true;
  const key = withLegend ? legend(lang, { assessment }) : null;
  const chartW = x1 - x0;
  const width = Math.ceil(chartW + MARGIN * (key ? 3 : 2) + (key?.width ?? 0));
  const height = Math.ceil(Math.max(y1 - y0, key?.height ?? 0) + MARGIN * 2);
  const dx = MARGIN - x0;
  const dy = MARGIN - y0;
  const pos = (id: string): Point => {
    const p = raw(id);
    return { x: p.x + dx, y: p.y + dy };
  };

  const dashScale = options.dashScale ?? 1;
  const dashes = (d: string) =>
    d && dashScale !== 1
      ? d
          .split(' ')
          .map((n) => Number(n) * dashScale)
          .join(' ')
      : d;
  // Each drawn piece with the box it covers, so a part of the chart can leave out the rest.
  const frames: Piece[] = [];
  const labels: Piece[] = [];
  for (const f of placed) {
    const fx = f.box.x + dx;
    const fy = f.box.y + dy;
    const fw = f.box.width;
    const fh = f.box.height;
    const frame = (x: number, y: number, w: number, h: number) =>
      `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="12" fill="#94a3b8" fill-opacity="0.07" stroke="#94a3b8" stroke-width="1.5" stroke-dasharray="${dashes('6 4')}"/>`;
    const markup = frame(fx, fy, fw, fh);
    frames.push({
      markup,
      box: { x: fx - 2, y: fy - 2, width: fw + 4, height: fh + 4 },
      part(window) {
        const g = grow(window, CUT_PAD);
        const x = Math.max(fx, g.x);
        const y = Math.max(fy, g.y);
        const w = Math.min(fx + fw, g.x + g.width) - x;
        const h = Math.min(fy + fh, g.y + g.height) - y;
        if (x === fx && y === fy && w === fw && h === fh) return markup;
        if (w <= 0 || h <= 0) return '';
        return frame(x, y, w, h);
      },
    });
    // Drawn over the lines. A label is placed clear of them (and of other frames' edges) wherever
    // there is room; where there was none, a backing keeps it legible. (No stroked halo: Chromium's PDF writes stroked text twice,
    // and the PDF's text, searched or copied, would say every label twice.)
    const lx = f.label.x + dx;
    const ly = f.label.y + dy;
    const spans = f.label.lines.map((text, i) => `<tspan x="${lx}" y="${ly + i * LABEL_LINE + 11}">${escapeXml(text)}</tspan>`).join('');
    const backing = !f.backing ? '' : `<rect x="${lx - 3}" y="${ly - 1}" width="${f.label.width + 6}" height="${f.label.height + 2}" rx="3" fill="#eef1f4" fill-opacity="0.9"/>`;
    labels.push({
      markup: `${backing}<text font-size="${LABEL_FONT}" font-weight="600" fill="#5d6b7e" data-department="${escapeXml(f.departmentId)}">${spans}</text>`,
      box: { x: lx - 3, y: ly - 2, width: f.label.width + 6, height: f.label.height + 4 },
    });
  }
  const routes = linkRoutes(links, pos);
  const lines = links
    .filter((l) => routes.has(l.id))
    .map((l): Piece => {
      const st = LINK_STYLES[l.kind];
      const dash = dashes(l.kind === 'reportsTo' && l.dotted ? '2 4' : st.dash);
      const w = l.strength && l.strength >= 4 ? 3 : st.width;
      const { points, straight } = routes.get(l.id)!;
      const d = routes.get(l.id)!.path();
      const arrow = l.kind === 'influences';
      const path = (d: string, end: boolean, offset = 0) =>
        `<path d="${d}" fill="none" stroke="${st.color}" stroke-width="${w}"${dash ? ` stroke-dasharray="${dash}"` : ''}${offset ? ` stroke-dashoffset="${offset}"` : ''}${arrow && end ? ' marker-end="url(#arrow)"' : ''}/>`;
      const markup = path(d, true);
      // Grown by the stroke and the arrowhead (12 px).
      const box = boxOf(points, 14);
      if (!straight || !dash) return { markup, box };
      const [a, b] = straight;
      return {
        markup,
        box,
        part(window) {
          const cut = clipSegment(a, b, grow(window, CUT_PAD));
          if (!cut) return '';
          const [t0, t1] = cut;
          if (t0 === 0 && t1 === 1) return markup;
          const at = (t: number) => `${a.x + (b.x - a.x) * t},${a.y + (b.y - a.y) * t}`;
          // The dashes keep their phase, so a line crossing two parts lines up at the cut.
          return path(`M${at(t0)} L${at(t1)}`, t1 === 1, t0 * Math.hypot(b.x - a.x, b.y - a.y));
        },
      };
    });
  const cards = people.map((p): Piece => {
    const at = pos(p.id);
    return { markup: card(p, at, p.departmentId ? (departments.get(p.departmentId) ?? '') : '', lang, assessment), box: { x: at.x - 1, y: at.y - 1, width: CARD_WIDTH + 2, height: CARD_HEIGHT + 2 } };
  });
  const head = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(account.name)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="12" markerHeight="12" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${LINK_STYLES.influences.color}"/></marker></defs>`,
    `<rect width="${width}" height="${height}" fill="#f6f7f9"/>`,
  ];
  const tail = [key ? key.draw(chartW + MARGIN * 2, MARGIN) : '', '</svg>'];
  const pieces = [...frames, ...lines, ...labels, ...cards];
  const compose = (markup: string[]) => [...head, ...markup, ...tail].join('\n');
  return {
    svg: compose(pieces.map((x) => x.markup)),
    width,
    height,
    within: (window) => compose(pieces.filter((x) => meets(x.box, window)).map((x) => (x.part ? x.part(window) : x.markup)).filter(Boolean)),
  };
}

/** The legend alone, as its own small SVG (a printed chart shows it apart from the chart). */
export function renderLegendSvg(lang: Language, options: LegendOptions = {}): string {
  const { width, height, draw } = legend(lang, options);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">${draw(0, 0)}</svg>`;
}
