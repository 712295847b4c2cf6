import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { ChartPatch } from '../../../../shared/model/chart-patch';
import { Person } from '../../../../shared/model/person';
import { useChart } from '../canvas/chart-store';

/** Why an edit was not saved: the schema's first complaint, as a field path and a reason. */
export interface EditProblem {
  path: string;
  reason: 'tooLong' | 'date' | 'other';
}

function problemOf(error: z.ZodError): EditProblem {
  const issue = error.issues[0]!;
  const path = issue.path.map(String).join('.');
  const reason = issue.code === 'too_big' ? 'tooLong' : issue.code === 'invalid_format' ? 'date' : 'other';
  return { path, reason };
}

/**
 * Edits one person through the chart's undo history: the change is checked against the shared
 * schema first, so a bad value is refused with a reason and nothing is saved.
 */
export function usePersonEdit(personId: string) {
  const person = useChart((s) => s.account?.people.find((p) => p.id === personId) ?? null);
  // Kept with the person it is about: choosing someone else clears it.
  const [refused, setProblem] = useState<(EditProblem & { personId: string }) | null>(null);
  const problem = refused?.personId === personId ? refused : null;

  /** `session`: edits with the same one form one undo step (typing in one field). */
  const edit = useCallback(
    (change: (p: Person) => Person, session?: string): boolean => {
      const current = useChart.getState().account?.people.find((p) => p.id === personId);
      if (!current) return false;
      const parsed = Person.safeParse(change(current));
      if (!parsed.success) {
        setProblem({ ...problemOf(parsed.error), personId });
        return false;
      }
      setProblem(null);
      const result = useChart.getState().apply(ChartPatch.parse({ people: [parsed.data] }), session ? { coalesce: `${personId}:${session}` } : undefined);
      return 'step' in result;
    },
    [personId],
  );
  return { person, edit, problem };
}
