import type { TFunction } from 'i18next';
import type { Account } from '../../../../shared/model/account';
import { ME, type ActionOwner } from '../../../../shared/model/strategy';

/**
 * Who owns an action, as the page and the briefings name them: the workspace's user by their name
 * (or "Me"), a member of our bid team, "(removed)" for a member since taken off the team, or
 * "Nobody yet".
 */
export function ownerName(owner: ActionOwner, account: Pick<Account, 'team'>, me: string, t: TFunction): string {
  if (owner === null) return t('plan.noOwner');
  if (owner === ME) return me.trim() || t('plan.me');
  const member = account.team.find((m) => m.id === owner);
  return member ? member.name || t('plan.unnamedMember') : t('plan.removedMember');
}
