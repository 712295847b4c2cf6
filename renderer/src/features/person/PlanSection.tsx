import type { Account } from '../../../../shared/model/account';
import { InfluencePlan } from './plan/InfluencePlan';
import { LeaningFields } from './plan/LeaningFields';
import { PersonCriteria } from './plan/PersonCriteria';
import type { SectionProps } from './sections';

/**
 * How to win this person (issue 17): whom they lean to, which decision criteria they care about
 * and in what words, and the influence plan for both brains. The target relationship sits with
 * the stage, in Relationship.
 */
export function PlanSection({ account, ...props }: SectionProps & { account: Account }) {
  return (
    <>
      <LeaningFields {...props} competitors={account.competitors} />
      <PersonCriteria {...props} account={account} />
      <InfluencePlan {...props} account={account} />
    </>
  );
}
