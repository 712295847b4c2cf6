/** A CSS string literal: the footer's text goes into `content:`. */
const cssString = (s: string) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r]/g, ' ')}"`;

/**
 * The paper: A4 portrait, landscape pages for the chart, and in every page's footer the
 * confidentiality line and "page / pages" (CSS page-margin boxes, drawn with the page's fonts).
 */
export function pageStyle(footer: string, pageWord: string, landscape = false): string {
  const margins = `
    @bottom-left { content: ${cssString(footer)}; font: 7.5pt var(--font); color: #5d6b7e; }
    @bottom-right { content: ${cssString(pageWord)} " " counter(page) " / " counter(pages); font: 7.5pt var(--font); color: #5d6b7e; }`;
  return `
    @page { size: A4${landscape ? ' landscape' : ''}; margin: ${landscape ? '12mm 12mm 16mm' : '16mm 15mm 18mm'}; ${margins} }
    @page chart { size: A4 landscape; margin: 12mm 12mm 16mm; ${margins} }
    @page cover { size: A4; margin: 16mm 15mm 18mm; ${margins} }`;
}
