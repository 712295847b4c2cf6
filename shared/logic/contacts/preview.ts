import { z } from 'zod';
import type { ContactPlan } from './build';
import { leavesWithoutManager, NotAPerson, RowProblem, RowWarning } from './problems';

/** The most tree lines and problems a preview carries to the page (the counts are always whole). */
export const PREVIEW_LIMIT = 1000;

export const TreeLine = z.object({
  depth: z.number().int().min(0),
  name: z.string(),
  title: z.string(),
  department: z.string(),
  /** The row the person comes from. */
  line: z.number().int(),
  /** For a top of the imported tree: the person already in the account they report to. */
  under: z.string().nullable(),
});
export type TreeLine = z.infer<typeof TreeLine>;

/** What the user sees before importing: the tree to be, every row left out, skipped or warned about. */
export const ContactsPreview = z.object({
  importable: z.number().int(),
  departments: z.number().int(),
  tree: z.array(TreeLine),
  problems: z.array(RowProblem),
  problemCount: z.number().int(),
  /** Warnings, the ones that cost a reporting line first. */
  warnings: z.array(RowWarning),
  warningCount: z.number().int(),
  /** People imported without their manager (a manager not found, ambiguous, in a loop or left out). */
  withoutManager: z.number().int(),
  notPeople: z.array(NotAPerson),
  notPeopleCount: z.number().int(),
  /** Sensitive columns (passwords, ID-card numbers) not copied into notes. */
  ignoredColumns: z.array(z.string()),
  skipped: z.array(z.object({ line: z.number().int(), name: z.string() })),
});
export type ContactsPreview = z.infer<typeof ContactsPreview>;

/** The preview of a plan: the added people as an indented tree (file order among colleagues). */
export function previewOf(plan: ContactPlan): ContactsPreview {
  const { account } = plan;
  const byId = new Map(account.people.map((p) => [p.id, p]));
  const departments = new Map(account.departments.map((d) => [d.id, d.name]));
  const fresh = new Set(plan.added.map((a) => a.id));
  const lineOf = new Map(plan.added.map((a) => [a.id, a.line]));
  const managerOf = new Map<string, string>();
  for (const l of account.links)
    if (l.kind === 'reportsTo' && !l.dotted && fresh.has(l.source)) managerOf.set(l.source, l.target);
  const staff = new Map<string, string[]>();
  const tops: string[] = [];
  for (const { id } of plan.added) {
    const m = managerOf.get(id);
    if (!m || !fresh.has(m)) tops.push(id);
    else if (staff.has(m)) staff.get(m)!.push(id);
    else staff.set(m, [id]);
  }
  const tree: TreeLine[] = [];
  // Depth-first with an explicit stack: a 20,000-deep chain must not overflow the call stack.
  const stack = tops.map((id) => ({ id, depth: 0 })).reverse();
  while (stack.length && tree.length < PREVIEW_LIMIT) {
    const { id, depth } = stack.pop()!;
    const p = byId.get(id)!;
    const m = managerOf.get(id);
    tree.push({
      depth,
      name: p.name,
      title: p.title,
      department: p.departmentId ? (departments.get(p.departmentId) ?? '') : '',
      line: lineOf.get(id)!,
      under: depth === 0 && m && !fresh.has(m) ? (byId.get(m)?.name ?? null) : null,
    });
    for (const c of [...(staff.get(id) ?? [])].reverse()) stack.push({ id: c, depth: depth + 1 });
  }
  return {
    importable: plan.added.length,
    departments: plan.departmentsAdded,
    tree,
    problems: plan.problems.slice(0, PREVIEW_LIMIT),
    problemCount: plan.problems.length,
    warnings: [...plan.warnings.filter(leavesWithoutManager), ...plan.warnings.filter((w) => !leavesWithoutManager(w))].slice(
      0,
      PREVIEW_LIMIT,
    ),
    warningCount: plan.warnings.length,
    withoutManager: plan.withoutManager,
    notPeople: plan.notPeople.slice(0, PREVIEW_LIMIT).map((n) => ({ ...n, text: n.text.slice(0, 200) })),
    notPeopleCount: plan.notPeople.length,
    ignoredColumns: plan.ignoredColumns.map((h) => h.slice(0, 200)),
    skipped: plan.skipped.slice(0, PREVIEW_LIMIT),
  };
}
