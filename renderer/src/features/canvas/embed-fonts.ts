import { api } from '../../app/api';

/**
 * The app's web fonts as data: URLs, for an SVG that is drawn as an image (such an image cannot
 * load fonts itself). Only the font files whose unicode-range covers the text are embedded, so
 * a Chinese chart carries a few subsets of Noto Sans SC, not all of them.
 */
export async function fontFacesFor(text: string): Promise<string> {
  const codes = new Set([...text].map((c) => c.codePointAt(0)!));
  const faces: string[] = [];
  for (const sheet of [...document.styleSheets]) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of [...rules]) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const range = rule.style.getPropertyValue('unicode-range');
      if (range && !covers(range, codes)) continue;
      const url = /url\(["']?([^"')]+\.woff2)["']?\)/.exec(rule.style.getPropertyValue('src'))?.[1];
      if (!url) continue;
      try {
        const data = await dataUrl(new URL(url, sheet.href ?? document.baseURI).href);
        faces.push(
          `@font-face{font-family:${rule.style.getPropertyValue('font-family')};font-weight:${rule.style.getPropertyValue('font-weight') || 'normal'};src:url(${data}) format('woff2');${range ? `unicode-range:${range};` : ''}}`,
        );
      } catch {
        // A font that cannot be read is left out: the picture falls back to the system's fonts.
      }
    }
  }
  return faces.join('\n');
}

function covers(range: string, codes: ReadonlySet<number>): boolean {
  for (const part of range.split(',')) {
    const [lo, hi] = part.trim().replace(/^U\+/i, '').split('-');
    const from = parseInt(lo!.replace(/\?/g, '0'), 16);
    const to = hi ? parseInt(hi, 16) : parseInt(lo!.replace(/\?/g, 'F'), 16);
    for (const c of codes) if (c >= from && c <= to) return true;
  }
  return false;
}

/** Through the services (a page loaded from a file cannot fetch files), else by fetch (dev server). */
async function dataUrl(url: string): Promise<string> {
  const name = new URL(url).pathname.split('/').pop() ?? '';
  try {
    return `data:font/woff2;base64,${(await api.readFont({ name })).base64}`;
  } catch {
    // fall through
  }
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^;]*/, 'data:font/woff2'));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}
