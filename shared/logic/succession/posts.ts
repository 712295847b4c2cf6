import type { Account } from '../../model/account';
import type { Person } from '../../model/person';
import type { Succession } from '../../model/succession';

// A post's history, read from the successions: the card on the chart holds the post now (its
// holder, or a vacancy); each succession whose postId is that card names the predecessor (its
// id), whose own post may in turn have been handed on to them. Walking back gives who held the
// post when.

/** The vacancy's id for a post its holder left: derived, so both sides of a merge make the same card. */
export function vacancyIdFor(predecessorId: string): string {
  const id = `v-${predecessorId}`;
  return id.length <= 64 ? id : `v-${predecessorId.slice(-62)}`;
}

/** One stretch of a post: someone held it (`person`, former or on the chart) or nobody did (`person` null). */
export interface Tenure {
  person: Person | null;
  former: boolean;
  /** First day, null when not known (before the first recorded change). */
  from: string | null;
  /** The day it ended (the next stretch's first day), null for the stretch that runs on today. */
  to: string | null;
}

/** The successions by the card that took the post on, one per card. */
export function successionsByPost(account: Pick<Account, 'successions'>): Map<string, Succession> {
  return new Map(account.successions.map((s) => [s.postId, s]));
}

/** The post of card `cardId`, newest stretch first. */
export function postHistory(account: Pick<Account, 'people' | 'formerPeople' | 'successions'>, cardId: string): Tenure[] {
  const byPost = successionsByPost(account);
  const onChart = new Map(account.people.map((p) => [p.id, p]));
  const former = new Map(account.formerPeople.map((p) => [p.id, p]));
  const out: Tenure[] = [];
  const seen = new Set<string>();
  let current = cardId;
  let to: string | null = null;
  // The card as it is: a vacancy is nobody; anyone else holds the post from their succession on.
  let holder: Person | null = onChart.get(cardId) ?? null;
  let isFormer = false;
  for (;;) {
    seen.add(current);
    const s = byPost.get(current);
    if (!s) {
      out.push({ person: holder && !holder.placeholder ? holder : null, former: isFormer, from: null, to });
      return out;
    }
    if (s.successorSince) {
      out.push({ person: holder, former: isFormer, from: s.successorSince, to });
      out.push({ person: null, former: false, from: s.leftOn, to: s.successorSince });
    } else out.push({ person: null, former: false, from: s.leftOn, to });
    to = s.leftOn;
    if (seen.has(s.id)) return out; // a cycle a hostile file could hold: stop
    current = s.id;
    holder = former.get(s.id) ?? null;
    isFormer = true;
    if (!holder) {
      // The predecessor's record is gone (removed on one side of a merge): the post's earlier story ends here.
      out.push({ person: null, former: true, from: null, to });
      return out;
    }
  }
}

/** The stretch of a post's history that covers `date`, or null when none does. */
export function tenureOn(history: readonly Tenure[], date: string): Tenure | null {
  return history.find((t) => (t.from === null || t.from <= date) && (t.to === null || date < t.to)) ?? null;
}

/** The succession a former person left by, and the card that holds their post now (when still on the chart). */
export function departureOf(
  account: Pick<Account, 'people' | 'successions'>,
  formerId: string,
): { succession: Succession; post: Person | null } | null {
  const succession = account.successions.find((s) => s.id === formerId);
  if (!succession) return null;
  return { succession, post: account.people.find((p) => p.id === succession.postId) ?? null };
}

/** A card that is a vacancy its holder left (not just a placeholder drawn before a name was known). */
export function vacancyOf(account: Pick<Account, 'successions'>, card: Pick<Person, 'id' | 'placeholder'>): Succession | null {
  if (!card.placeholder) return null;
  return account.successions.find((s) => s.postId === card.id && !s.successorSince) ?? null;
}
