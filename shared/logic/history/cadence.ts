import type { Account } from '../../model/account';
import type { ReviewCadence } from '../../model/review';
import { reviewsInOrder } from './review-record';

// When an account's next review is due (issue 18): a cadence after its last review; at once
// when it has a cadence and was never reviewed. No cadence: never due.

/** The day `cadence` after `date` (a month: the same day of the next month, or its last day). */
export function nextReviewDay(date: string, cadence: Exclude<ReviewCadence, 'none'>): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (cadence === 'monthly') {
    const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
    return new Date(Date.UTC(y, m, Math.min(d, last))).toISOString().slice(0, 10);
  }
  return new Date(Date.UTC(y, m - 1, d + (cadence === 'weekly' ? 7 : 14))).toISOString().slice(0, 10);
}

export interface ReviewDue {
  /** The last review's date, '' when never reviewed. */
  last: string;
  /** The day the next review is due ('' with no cadence; the day of the check when never reviewed). */
  dueOn: string;
  due: boolean;
}

/** The date of the account's last review, '' when never reviewed. */
export const lastReviewDate = (reviews: Account['reviews']): string => reviewsInOrder(reviews).at(-1)?.date ?? '';

/** When the account's next review is due: from its reviews, or from its last review's date (the home's summary). */
export function reviewDue(
  account: Pick<Account, 'reviewCadence'> & ({ reviews: Account['reviews'] } | { lastReview: string }),
  today: string,
): ReviewDue {
  const last = 'reviews' in account ? lastReviewDate(account.reviews) : account.lastReview;
  if (account.reviewCadence === 'none') return { last, dueOn: '', due: false };
  const dueOn = last ? nextReviewDay(last, account.reviewCadence) : today;
  return { last, dueOn, due: dueOn <= today };
}
