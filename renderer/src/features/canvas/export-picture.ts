import i18next from 'i18next';
import type { Account } from '../../../../shared/model/account';
import { renderChartSvg } from '../../../../shared/render/chart-svg';
import { api } from '../../app/api';
import { reportError } from '../../app/errors';
import { currentLanguage } from '../../app/i18n';
import { useApp } from '../../app/store';
import { fontFacesFor } from './embed-fonts';

const MAX_PIXELS = 16384; // Chromium's canvas side limit

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error(i18next.t('chart.exportFailed')));
    img.src = src;
  });
}

/**
 * A picture of the chart (or of the chosen people) with its legend: drawn as SVG by the shared
 * renderer (the same drawing briefings use), with the app's fonts embedded; PNG at twice the size.
 */
export async function exportPicture(kind: 'png' | 'svg', account: Account, only: ReadonlySet<string>): Promise<void> {
  const saving = useApp.getState().toast({ kind: 'info', message: i18next.t('chart.exporting') });
  try {
    const { svg, width, height } = renderChartSvg(account, { language: currentLanguage(), only });
    const fonts = await fontFacesFor(svg);
    const full = fonts ? svg.replace('<defs>', `<defs><style>${fonts}</style>`) : svg;
    if (kind === 'svg') return await save(account, 'svg', full);
    const scale = Math.min(2, MAX_PIXELS / Math.max(width, height));
    const img = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(full)}`);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
    await save(account, 'png', canvas.toDataURL('image/png').split(',')[1]!);
    if (scale < 2) useApp.getState().toast({ kind: 'info', message: i18next.t('chart.exportScaled', { scale: scale.toFixed(2) }) });
  } catch (e) {
    reportError(e);
  } finally {
    useApp.getState().dismiss(saving);
  }
}

async function save(account: Account, kind: 'png' | 'svg', data: string): Promise<void> {
  const { path } = await api.savePicture({ name: account.name, kind, data });
  if (path) useApp.getState().toast({ kind: 'info', message: i18next.t('chart.exported', { path }) });
}
