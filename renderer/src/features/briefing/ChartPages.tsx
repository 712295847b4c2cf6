import type { TFunction } from 'i18next';
import { chartPaging } from '../../../../shared/logic/briefing';
import type { Account } from '../../../../shared/model/account';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../../shared/logic/layout';
import { renderChartSvg, renderLegendSvg } from '../../../../shared/render/chart-svg';
import type { Language } from '../../../../shared/taxonomy/keys';

/** Usable area of a landscape A4 page below the chart's heading, in CSS px. */
export const CHART_PAGE = { width: 1030, height: 640 };
/** The printed legend's scale (print.css). */
const LEGEND_SCALE = 0.6;

/** The svg's inner drawing, to show a part of it under another viewBox. */
const innerOf = (svg: string) => svg.slice(svg.indexOf('>') + 1, svg.lastIndexOf('</svg>'));

/**
 * The org chart as vector graphics with the canvas's card design and legend: one landscape page
 * when it reads there, else an overview page with the page of every part, then one page per part
 * that has people in it. These pages follow the cover, so their numbers are known: 2, 3, …
 */
export function ChartPages({ account, t, lang, firstPage, assessment }: { account: Account; t: TFunction; lang: Language; firstPage: number; assessment: boolean }) {
  const { svg, width, height, within } = renderChartSvg(account, { language: lang, legend: false, assessment });
  // The legend goes on the overview (or the one page): under the chart where the page has room for
  // it, else in the lower right, over the chart's corner.
  const legendSvg = renderLegendSvg(lang, { assessment });
  const paging = chartPaging(width, height, CHART_PAGE.width, CHART_PAGE.height);
  const legendHeight = Number(/height="([\d.]+)"/.exec(legendSvg)?.[1] ?? 0) * LEGEND_SCALE;
  const legendClass = CHART_PAGE.height - height * paging.scale >= legendHeight + 8 ? 'chart-legend below' : 'chart-legend';
  const title = t('briefing.chart.title');
  if (paging.tiles.length === 1) {
    return (
      <section className="print-page chart-page" aria-label={title}>
        <h2>{title}</h2>
        <div className="chart-svg" style={{ width: width * paging.scale, height: height * paging.scale }} dangerouslySetInnerHTML={{ __html: sized(svg, width, height, paging.scale, 0, 0) }} />
        <div className={legendClass} dangerouslySetInnerHTML={{ __html: legendSvg }} />
      </section>
    );
  }
  // Tiles with nobody in them are not printed; each part holds only what it shows (the whole chart
  // on every part made the PDF of a 300-person briefing 23 MB).
  const cards = cardBoxes(svg);
  const inside = (tile: (typeof paging.tiles)[number]) => {
    return cards.some((c) => c.x < tile.x + tile.width && c.x + CARD_WIDTH > tile.x && c.y < tile.y + tile.height && c.y + CARD_HEIGHT > tile.y);
  };
  const tiles = paging.tiles.filter(inside);
  const pageOf = new Map(tiles.map((tile, i) => [tile, firstPage + 1 + i]));
  const s = paging.scale;
  // The overview is printed small: its dashes drawn as long on paper as on a part's page.
  const overview = renderChartSvg(account, { language: lang, legend: false, assessment, dashScale: CHART_PAGE.width / paging.tiles[0]!.width / s }).svg;
  return (
    <>
      <section className="print-page chart-page" aria-label={title}>
        <h2>
          {title} <span className="muted">{t('briefing.chart.overview', { count: tiles.length })}</span>
        </h2>
        <div className="chart-svg" style={{ width: width * s, height: height * s, position: 'relative' }}>
          <div dangerouslySetInnerHTML={{ __html: sized(overview, width, height, s, 0, 0) }} />
          {tiles.map((tile) => (
            <div key={`${tile.row}-${tile.col}`} className="tile-mark" style={{ left: tile.x * s, top: tile.y * s, width: Math.min(tile.width, width - tile.x) * s, height: Math.min(tile.height, height - tile.y) * s }}>
              <span>{t('briefing.chart.pageRef', { page: pageOf.get(tile) })}</span>
            </div>
          ))}
        </div>
        <div className={legendClass} dangerouslySetInnerHTML={{ __html: legendSvg }} />
      </section>
      {tiles.map((tile) => (
        <section key={`${tile.row}-${tile.col}`} className="print-page chart-page" aria-label={title}>
          <h2>
            {title} <span className="muted">{t('briefing.chart.part', { row: tile.row + 1, col: tile.col + 1, page: pageOf.get(tile) })}</span>
          </h2>
          <div className="chart-svg" style={{ width: CHART_PAGE.width, height: CHART_PAGE.height }} dangerouslySetInnerHTML={{ __html: sized(within(tile), tile.width, tile.height, CHART_PAGE.width / tile.width, tile.x, tile.y) }} />
        </section>
      ))}
    </>
  );
}

/** The chart's svg showing the area at (x, y) of `w` x `h`, drawn at `scale`. */
function sized(svg: string, w: number, h: number, scale: number, x: number, y: number): string {
  const open = svg.slice(0, svg.indexOf('>') + 1);
  const font = /font-family="[^"]*"/.exec(open)?.[0] ?? '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w * scale}" height="${h * scale}" viewBox="${x} ${y} ${w} ${h}" ${font}>${innerOf(svg)}</svg>`;
}

/** Where the cards are in the chart's svg (each card is a translated group of the card's size). */
function cardBoxes(svg: string): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  const re = new RegExp(`<g transform="translate\\(([-\\d.]+),([-\\d.]+)\\)"><rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`, 'g');
  for (let m = re.exec(svg); m; m = re.exec(svg)) out.push({ x: Number(m[1]), y: Number(m[2]) });
  return out;
}
