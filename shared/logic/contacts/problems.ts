import { z } from 'zod';

const line = z.number().int().min(1);
const lines = z.array(line);

/**
 * Why a row is left out of an import: only a row that cannot be a person (no name; a vCard with
 * nothing but a photo). Rows are numbered as the user sees them (header = row 1).
 */
export const RowProblem = z.discriminatedUnion('code', [
  z.object({ line, code: z.literal('missingName') }),
  z.object({ line, code: z.literal('photoOnly') }),
]);
export type RowProblem = z.infer<typeof RowProblem>;
export type RowProblemCode = RowProblem['code'];

/**
 * Something about a row that is imported all the same: a manager who cannot be found or chosen
 * (the person comes without a reporting line), an ID used twice, a value cut to the model's length.
 */
export const RowWarning = z.discriminatedUnion('code', [
  z.object({ line, code: z.literal('unknownManager'), manager: z.string() }),
  z.object({ line, code: z.literal('ambiguousManager'), manager: z.string(), lines }),
  z.object({ line, code: z.literal('cycle'), lines }),
  z.object({ line, code: z.literal('managerLeftOut'), managerLine: line }),
  z.object({ line, code: z.literal('duplicateId'), id: z.string(), lines }),
  z.object({ line, code: z.literal('cut'), field: z.string(), max: z.number().int() }),
]);
export type RowWarning = z.infer<typeof RowWarning>;
export type RowWarningCode = RowWarning['code'];

/** The warnings that leave a person without a reporting line ("imported without a manager: …"). */
export const WITHOUT_MANAGER: ReadonlySet<RowWarningCode> = new Set([
  'unknownManager',
  'ambiguousManager',
  'cycle',
  'managerLeftOut',
]);
export const leavesWithoutManager = (w: RowWarning): boolean => WITHOUT_MANAGER.has(w.code);

/** A row that is not a person (a report's total, a confidentiality or copyright line, a lone note): skipped, not a problem. */
export const NotAPerson = z.object({ line, text: z.string(), reason: z.enum(['total', 'notice', 'lone']) });
export type NotAPerson = z.infer<typeof NotAPerson>;

/** The words problems and warnings are told with (one locale's `contacts` strings). */
export interface ProblemWords {
  problem: Record<RowProblemCode, string>;
  warning: Record<RowWarningCode, string>;
  /** "imported without a manager: {{reason}}" */
  withoutManager: string;
}

const fillIn = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/** Up to eight row numbers, then "…": a cycle or a duplicate can touch thousands of rows. */
export const lineList = (lines: readonly number[]): string => lines.slice(0, 8).join(', ') + (lines.length > 8 ? ', …' : '');

/** The values a warning's sentence is filled with. */
export function warningValues(w: RowWarning): Record<string, string | number> {
  switch (w.code) {
    case 'unknownManager':
      return { manager: w.manager };
    case 'ambiguousManager':
      return { manager: w.manager, lines: lineList(w.lines) };
    case 'cycle':
      return { lines: lineList(w.lines) };
    case 'managerLeftOut':
      return { managerLine: w.managerLine };
    case 'duplicateId':
      return { id: w.id, lines: lineList(w.lines) };
    case 'cut':
      return { field: w.field, max: w.max };
  }
}

/** One problem as a sentence in the words given (the CLI and the problem CSV use it; the page words it through i18next). */
export function describeProblem(p: RowProblem, words: Pick<ProblemWords, 'problem'>): string {
  return words.problem[p.code];
}

/** One warning as a sentence: "imported without a manager: the manager “Zed” is not in the file". */
export function describeWarning(w: RowWarning, words: ProblemWords): string {
  const reason = fillIn(words.warning[w.code], warningValues(w));
  return leavesWithoutManager(w) ? fillIn(words.withoutManager, { reason }) : reason;
}
