import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What a PDF says: the text of each page, its info dictionary and XMP metadata. */
export interface PdfContent {
  /** The text of each page, in reading order, a line per text line (1-based page n is pages[n - 1]). */
  pages: string[];
  /** Every page's text, pages separated by a form feed. */
  text: string;
  /** The document information dictionary (Title, Creator, Producer, Language…), as pdf.js reads it. */
  info: Record<string, unknown>;
  /** The XMP metadata (raw XML), if the PDF has any. */
  metadata: string | null;
  /** The titles of the bookmarks (Chromium makes them from the headings), depth first. */
  outline: string[];
}

interface OutlineNode {
  title: string;
  items: OutlineNode[];
}
const titles = (nodes: OutlineNode[] | null): string[] => (nodes ?? []).flatMap((n) => [n.title, ...titles(n.items)]);

/** Text without white space: a value wrapped over two lines, or split into runs, still matches. */
export const compact = (s: string) => s.replace(/\s+/g, '');

/** Whether `haystack` holds `needle`, ignoring white space and line breaks in both. */
export const holds = (haystack: string, needle: string) => compact(haystack).includes(compact(needle));

/** Reads a PDF (a path or its bytes) with pdf.js, as a reader's text layer and search would see it. */
export async function readPdf(source: string | Uint8Array): Promise<PdfContent> {
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  const data = new Uint8Array(typeof source === 'string' ? await readFile(source) : source);
  const doc = await getDocument({ data, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
      page.cleanup();
    }
    const meta = await doc.getMetadata();
    return {
      pages,
      text: pages.join('\f'),
      info: { ...(meta.info as Record<string, unknown>) },
      metadata: meta.metadata ? String(meta.metadata.getRaw()) : null,
      outline: titles(await doc.getOutline()),
    };
  } finally {
    await doc.destroy();
  }
}

/** What a PDF carries besides its pages' text (info dictionary, XMP, bookmarks), as one string to search. */
export function metadataText(pdf: PdfContent): string {
  return JSON.stringify([pdf.info, pdf.metadata, pdf.outline]);
}

/**
 * How long a test waits for a PDF to be made: printing runs in Chromium, which on a loaded 2-core CI
 * machine took over 10 s (the page shows its progress meanwhile); the wait is for the file, not a timing check.
 */
export const PDF_MADE = { timeout: 60_000 };
