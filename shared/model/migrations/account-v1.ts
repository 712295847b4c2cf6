import type { Migration } from './runner';

// v1 kept a next step on each activity (`nextStep`, `nextStepDue`, `nextStepDone`). v2 has an
// action plan: each next step becomes an action of the account, owned by the workspace's user
// (who logged it), serving the person whose log it was in; the activity keeps a link to it.
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' ? v : '');
/** An action's text holds 1,000 characters, a v1 next step 4,000 (its note holds them all). Frozen with v2. */
const ACTION_TEXT_MAX = 1000;

export const accountV1toV2: Migration = {
  from: 1,
  name: 'activities’ next steps to actions of the plan',
  up(doc) {
    const taken = new Set<string>();
    const idFor = (activityId: string) => {
      const base = `na_${activityId}`.slice(0, 60);
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}${n}`;
      taken.add(id);
      return id;
    };
    const actions: Record<string, unknown>[] = [];
    const people = (Array.isArray(doc.people) ? doc.people : []).map((p) => {
      if (!isRecord(p) || !Array.isArray(p.activities)) return p;
      const activities = p.activities.map((a) => {
        if (!isRecord(a)) return a;
        const { nextStep, nextStepDue, nextStepDone, ...rest } = a;
        const step = text(nextStep);
        const due = text(nextStepDue);
        // A next step with neither words nor a date was never written: nothing to carry.
        if (!step.trim() && !due) return { ...rest, actionId: null };
        const id = idFor(String(a.id));
        const long = step.length > ACTION_TEXT_MAX;
        actions.push({
          id,
          // A longer step keeps its start as the action and every word in the note: nothing is cut.
          text: long ? `${step.slice(0, ACTION_TEXT_MAX - 1)}…` : step,
          note: long ? step : '',
          owner: '@me',
          due,
          status: nextStepDone === true ? 'done' : 'open',
          statusDate: '',
          personIds: [p.id],
          activityId: a.id,
          createdOn: text(a.date),
        });
        return { ...rest, actionId: id };
      });
      return { ...p, activities };
    });
    const earlier = Array.isArray(doc.actions) ? doc.actions : [];
    return { ...doc, people, actions: [...earlier, ...actions] };
  },
};
