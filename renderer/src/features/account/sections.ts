import type { Account, AccountFields } from '../../../../shared/model/account';

export const ACCOUNT_SECTIONS = ['background', 'departments', 'team', 'competitors', 'opportunities', 'segmentation'] as const;
export type AccountSection = (typeof ACCOUNT_SECTIONS)[number];

export interface AccountSectionProps {
  account: Account;
  /** Replaces some account fields as one undo step (or joins the open one with the same `session`). */
  edit(change: (a: Account) => AccountFields, session?: string): boolean;
}

/** The element a finding about an opportunity's decision question focuses. */
export const decisionFieldId = (opportunityId: string, question: string) => `decision-${opportunityId}-${question}`;
