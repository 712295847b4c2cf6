import { getNodesBounds, getViewportForBounds, type ReactFlowInstance } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';
import i18next from 'i18next';
import type { Account } from '../../../../shared/model/account';
import { api } from '../../app/api';
import { reportError } from '../../app/errors';
import { useApp } from '../../app/store';
import type { ChartNode } from './toFlow';

const MARGIN = 40;
const LEGEND_SPACE = 0; // the legend is drawn inside the picture, top-right, by its own panel

/**
 * A picture of the chart (or of the selected people): the viewport is rendered off-screen at
 * the size the chosen cards need, with the legend, then saved where the user says.
 */
export async function exportPicture(
  kind: 'png' | 'svg',
  account: Account,
  rf: ReactFlowInstance<ChartNode>,
  onlySelected: boolean,
): Promise<void> {
  const nodes = rf.getNodes();
  const chosen = onlySelected ? nodes.filter((n) => n.selected) : nodes;
  if (chosen.length === 0) return;
  // Only cards in view are in the page (onlyRenderVisibleElements): bring the chosen ones into view.
  const before = rf.getViewport();
  await rf.fitView({ nodes: chosen.map((n) => ({ id: n.id })), padding: 0.02 });
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const flow = document.querySelector<HTMLElement>('.react-flow');
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!flow || !viewport) return;
  const bounds = getNodesBounds(chosen);
  const width = Math.ceil(Math.min(8000, bounds.width + MARGIN * 2));
  const height = Math.ceil(Math.min(8000, bounds.height + MARGIN * 2 + LEGEND_SPACE));
  const { x, y, zoom } = getViewportForBounds(bounds, width, height, 0.05, 2, 0.02);
  const hidden = onlySelected ? new Set(nodes.filter((n) => !n.selected).map((n) => n.id)) : new Set<string>();
  const legend = flow.querySelector<HTMLElement>('.legend');
  // The legend joins the picture: a copy placed in the picture's corner.
  const legendCopy = legend ? (legend.cloneNode(true) as HTMLElement) : null;
  const options = {
    width,
    height,
    backgroundColor: getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff',
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${x}px, ${y}px) scale(${zoom})` },
    filter: (el: HTMLElement) => !(el.dataset?.id && hidden.has(el.dataset.id)),
  };
  try {
    useApp.getState().toast({ kind: 'info', message: i18next.t('chart.saving') });
    const wrapper = document.createElement('div');
    wrapper.className = 'picture-export react-flow';
    wrapper.style.cssText = `position:fixed;left:-100000px;top:0;width:${width}px;height:${height}px;overflow:hidden`;
    const clone = viewport.cloneNode(true) as HTMLElement;
    Object.assign(clone.style, options.style);
    wrapper.appendChild(clone);
    if (legendCopy) {
      legendCopy.style.cssText = 'position:absolute;right:12px;top:12px;';
      wrapper.appendChild(legendCopy);
    }
    flow.appendChild(wrapper);
    try {
      const render = { width, height, backgroundColor: options.backgroundColor, filter: options.filter, pixelRatio: 2 };
      const data = kind === 'png' ? (await toPng(wrapper, render)).split(',')[1]! : decodeURIComponent((await toSvg(wrapper, render)).split(',')[1]!);
      const { path } = await api.savePicture({ name: account.name, kind, data });
      if (path) useApp.getState().toast({ kind: 'info', message: i18next.t('chart.exported', { path }) });
    } finally {
      wrapper.remove();
      await rf.setViewport(before);
    }
  } catch (e) {
    reportError(e);
  }
}
