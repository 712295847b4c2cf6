import { STRINGS } from '../../../../shared/i18n';
import type { BriefingData } from '../../../../shared/model/briefing';

/**
 * Loads the font files (unicode-range subsets) the briefing's text needs before it is laid out.
 * Without it a large briefing is laid out with fallback fonts, then again when each wave of
 * subsets arrives (about 0.6 s each at 300 people); anything missed here still loads before the
 * page says it is ready (usePrintReady waits for document.fonts.ready).
 */
export async function preloadFonts(data: BriefingData): Promise<void> {
  const s = STRINGS[data.request.language];
  // The data, the strings the documents use, and the symbols their markup writes itself (the preview's ←).
  const text = JSON.stringify([data.account, data.preparedBy, s.briefing, s.person, s.accountInfo, s.findings, s.canvas, s.chart]) + '←★·—–…';
  const chars = [...new Set(text)].join('');
  // Regular and bold cover every face the print styles use (bold picks Inter's 600).
  await Promise.all(['400', '700'].map((weight) => document.fonts.load(`${weight} 16px Inter, "Noto Sans SC"`, chars))).catch(() => undefined);
}
