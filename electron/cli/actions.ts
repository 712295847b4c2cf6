import { localIsoDate } from '../../shared/logic/dates';
import { isOverdue } from '../../shared/logic/plan/actions';
import { listActions, ownerKnown } from '../../shared/logic/plan/list';
import { opportunityLabel, ownerLabel, personLabel } from '../../shared/logic/plan/names';
import { ActionQuery, type ActionOwnerQuery, type ActionRow } from '../../shared/model/action-list';
import { inspectWorkspace } from '../services/store/inspect';
import type { FileCodec } from '../services/vault/file-codec';
import { UsageError, type Out } from './commands';

export interface ActionsOptions {
  dir: string;
  codec: FileCodec;
  overdue: boolean;
  /** A bid-team member's name, or "me" (the user's actions and those nobody owns yet). */
  owner?: string;
  json: boolean;
}

/** The row as `--json` prints it: flat enough for jq, every name resolved. */
const jsonRow = (r: ActionRow, today: string) => ({
  account: { id: r.accountId, name: r.accountName },
  id: r.action.id,
  text: r.action.text,
  due: r.action.due || null,
  overdue: isOverdue(r.action, today),
  owner: { kind: r.owner.kind, name: ownerLabel(r.owner, 'en') },
  people: r.people.map((p) => ({ id: p.id, name: p.name })),
  opportunity: r.opportunity,
  findingKey: r.action.findingKey,
  createdOn: r.action.createdOn || null,
});

/**
 * `bidmap actions`: the open actions of every account, soonest due first (undated last); with
 * `--overdue` only those past their date; with `--owner` only one person's ("me": the user's and
 * those nobody owns yet, as the home screen's "My actions"). Read-only.
 */
export async function actions(o: ActionsOptions, out: Out): Promise<number> {
  const inspection = await inspectWorkspace(o.dir, o.codec);
  const accounts = inspection.accounts.flatMap((a) => (a.result.ok ? [a.result.value] : []));
  const me = inspection.index?.ok ? inspection.index.value.settings.preparedBy : '';
  const name = o.owner?.trim();
  if (o.owner !== undefined && !name) throw new UsageError('--owner takes a name, or "me".');
  const owner: ActionOwnerQuery = !name
    ? { kind: 'all' }
    : name.toLowerCase() === 'me'
      ? { kind: 'mine' }
      : { kind: 'named', name };
  if (owner.kind === 'named' && !ownerKnown(accounts, owner.name, me)) {
    out.error(
      `Nobody named "${owner.name}" is on the bid team of an account in ${o.dir}${me ? `, nor is it your name (${me})` : ''}. Use --owner me for your own actions.`,
    );
    return 1;
  }
  const today = localIsoDate(new Date());
  const { rows } = listActions(accounts, ActionQuery.parse({ today, overdueOnly: o.overdue, owner }), me);
  if (o.json) {
    out.log(
      JSON.stringify(
        rows.map((r) => jsonRow(r, today)),
        null,
        2,
      ),
    );
    return 0;
  }
  if (rows.length === 0) {
    const whose = owner.kind === 'mine' ? ' of yours' : owner.kind === 'named' ? ` owned by ${owner.name}` : '';
    out.log(`No ${o.overdue ? 'overdue' : 'open'} actions${whose} in ${o.dir}.`);
    return 0;
  }
  // One line per action, tab-separated as `bidmap list` prints: due, account, owner, action, for whom.
  for (const r of rows) {
    const due = r.action.due ? `${r.action.due}${isOverdue(r.action, today) ? ' overdue' : ''}` : 'no date';
    const opportunity = opportunityLabel(r, 'en');
    const whom = [r.people.map((p) => personLabel(p, 'en')).join(', '), opportunity].filter(Boolean).join('; ');
    out.log(
      [due, r.accountName, ownerLabel(r.owner, 'en'), r.action.text.replace(/\s+/g, ' ').trim() || '(no text)', whom || '-'].join(
        '\t',
      ),
    );
  }
  return 0;
}
