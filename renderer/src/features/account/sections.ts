import type { Account, AccountFields } from '../../../../shared/model/account';

export const ACCOUNT_SECTIONS = ['background', 'departments', 'team', 'competitors', 'opportunities', 'whitespace', 'segmentation', 'formerPeople'] as const;
export type AccountSection = (typeof ACCOUNT_SECTIONS)[number];

export interface AccountSectionProps {
  account: Account;
  /** Replaces some account fields as one undo step (or joins the open one with the same `session`). */
  edit(change: (a: Account) => AccountFields, session?: string): boolean;
  /** The same for a field being typed in: answers the reason in words when the value is refused. */
  commit(change: (a: Account) => AccountFields, session?: string): true | string;
}

/** The element a finding about an opportunity's decision question focuses. */
export const decisionFieldId = (opportunityId: string, question: string) => `decision-${opportunityId}-${question}`;
