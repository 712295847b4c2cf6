import { z } from 'zod';

const line = z.number().int().min(1);
const lines = z.array(line);

/**
 * Why a row is left out of an import. Rows are numbered as the user sees them (header = row 1).
 * A row whose manager is itself left out is left out too (`managerLeftOut`), so the exported
 * problem rows, once fixed, import together with their managers.
 */
export const RowProblem = z.discriminatedUnion('code', [
  z.object({ line, code: z.literal('missingName') }),
  z.object({ line, code: z.literal('tooLong'), field: z.string(), max: z.number().int() }),
  z.object({ line, code: z.literal('duplicateId'), id: z.string(), lines }),
  z.object({ line, code: z.literal('unknownManager'), manager: z.string() }),
  z.object({ line, code: z.literal('ambiguousManager'), manager: z.string(), lines }),
  z.object({ line, code: z.literal('cycle'), lines }),
  z.object({ line, code: z.literal('managerLeftOut'), managerLine: line }),
]);
export type RowProblem = z.infer<typeof RowProblem>;
export type RowProblemCode = RowProblem['code'];

/** The words a problem is told with (one locale's `contacts.problem` strings). */
export type ProblemWords = Record<RowProblemCode, string>;

const fillIn = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/** Up to eight row numbers, then "…": a cycle or a duplicate can touch thousands of rows. */
export const lineList = (lines: readonly number[]): string => lines.slice(0, 8).join(', ') + (lines.length > 8 ? ', …' : '');

/** The values a problem's sentence is filled with. */
export function problemValues(p: RowProblem): Record<string, string | number> {
  switch (p.code) {
    case 'missingName':
      return {};
    case 'tooLong':
      return { field: p.field, max: p.max };
    case 'duplicateId':
      return { id: p.id, lines: lineList(p.lines) };
    case 'unknownManager':
      return { manager: p.manager };
    case 'ambiguousManager':
      return { manager: p.manager, lines: lineList(p.lines) };
    case 'cycle':
      return { lines: lineList(p.lines) };
    case 'managerLeftOut':
      return { managerLine: p.managerLine };
  }
}

/** One problem as a sentence in the words given (the CLI and the problem CSV use it; the page words it through i18next). */
export function describeProblem(p: RowProblem, words: ProblemWords): string {
  return fillIn(words[p.code], problemValues(p));
}
