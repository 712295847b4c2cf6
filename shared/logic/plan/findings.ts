import type { Account } from '../../model/account';
import type { Finding } from '../coverage';
import { isOverdue } from './actions';
import { hasRelationshipGap } from './people';

/** From this weight a criterion where a competitor scores above us is a risk. */
export const HEAVY_WEIGHT = 4;

/**
 * The plan's gaps and risks (issue 17): relationships far below their target with nothing planned,
 * key people nobody is working on, overdue actions, decision makers leaning to a competitor,
 * heavy criteria where a competitor scores above us.
 */
export function planFindings(account: Account, today: string): Finding[] {
  const out: Finding[] = [];
  const competitors = new Set(account.competitors.map((c) => c.id));
  // Who an open action serves, once (findings run on every edit; an account holds up to 5,000 actions).
  const served = new Set(account.actions.flatMap((a) => (a.status === 'open' ? a.personIds : [])));
  for (const p of account.people) {
    if (p.placeholder) continue;
    const decides = p.roles.includes('decisionMaker');
    const planned = served.has(p.id);
    if (p.target.stage && hasRelationshipGap(p) && !planned)
      out.push({ kind: 'relationshipGap', personId: p.id, stage: p.relationship.stage, target: p.target.stage, by: p.target.by });
    if (p.keyPerson && !planned) out.push({ kind: 'keyPersonNoAction', personId: p.id });
    // A competitor since taken off the account's list is no longer a lean to worry about.
    if (decides && p.leaning.kind === 'competitor' && p.leaning.competitorId && competitors.has(p.leaning.competitorId))
      out.push({ kind: 'leansToCompetitor', personId: p.id, competitorId: p.leaning.competitorId, strength: p.leaning.strength });
  }
  for (const o of account.opportunities) {
    if (o.status !== 'open') continue;
    for (const c of o.criteria) {
      if (c.weight < HEAVY_WEIGHT) continue;
      for (const s of c.theirs) {
        if (s.score === null || !competitors.has(s.id)) continue;
        if (c.ours.score === null || s.score > c.ours.score)
          out.push({ kind: 'criterionBehind', opportunityId: o.id, criterionId: c.id, competitorId: s.id, weight: c.weight, ours: c.ours.score, theirs: s.score });
      }
    }
  }
  const overdue = account.actions.filter((a) => isOverdue(a, today)).sort((a, b) => a.due.localeCompare(b.due));
  for (const a of overdue) out.push({ kind: 'actionOverdue', actionId: a.id, due: a.due });
  return out;
}
