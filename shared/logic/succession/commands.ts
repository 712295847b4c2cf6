import { z } from 'zod';
import type { Account } from '../../model/account';
import { ChartPatch } from '../../model/chart-patch';
import { Person } from '../../model/person';
import { Succession, SUCCESSION_EARLIEST } from '../../model/succession';
import type { LeaveKind } from '../../taxonomy/keys';
import { vacancyIdFor, vacancyOf } from './posts';

// "Leaves the post" and "fill with a successor" as chart patches: one edit each, so one undo
// step each, through the same path as every other edit of the chart.

/** Why a change of post was refused; each is a sentence in `succession.refusals`. */
export type SuccessionRefusal =
  | 'noSuchPerson'
  | 'notAHolder'
  | 'alreadyLeft'
  | 'dateMissing'
  | 'dateTooEarly'
  | 'dateInFuture'
  | 'notVacant'
  | 'nameMissing'
  | 'beforeLeaving';

export type SuccessionResult = { patch: ChartPatch; id: string } | { refusal: SuccessionRefusal };

function dateRefusal(date: string, today: string): SuccessionRefusal | null {
  if (!z.iso.date().safeParse(date).success) return 'dateMissing';
  if (date < SUCCESSION_EARLIEST) return 'dateTooEarly';
  if (date > today) return 'dateInFuture';
  return null;
}

export interface Leaving {
  date: string;
  how: LeaveKind;
  note: string;
}

/**
 * `personId` leaves their post on `date`: the card becomes a vacancy (same place, title,
 * department, buying roles, key post and lines), the person moves to the former people with their
 * dossier, and a succession records it. Answers the vacancy's id.
 */
export function leavePost(account: Account, personId: string, leaving: Leaving, today: string): SuccessionResult {
  const person = account.people.find((p) => p.id === personId);
  if (!person) return { refusal: 'noSuchPerson' };
  if (person.placeholder) return { refusal: 'notAHolder' };
  if (account.successions.some((s) => s.id === personId) || account.formerPeople.some((p) => p.id === personId))
    return { refusal: 'alreadyLeft' };
  const bad = dateRefusal(leaving.date, today);
  if (bad) return { refusal: bad };
  const id = vacancyIdFor(person.id);
  if (account.people.some((p) => p.id === id)) return { refusal: 'alreadyLeft' };
  // The post, not the person: what the next holder inherits.
  const vacancy = Person.parse({
    id,
    name: '',
    placeholder: true,
    title: person.title,
    departmentId: person.departmentId,
    customerType: person.customerType,
    roles: person.roles,
    keyPerson: person.keyPerson,
    influence: person.influence,
  });
  const moved = (end: string) => (end === person.id ? id : end);
  const links = account.links
    .filter((l) => l.source === person.id || l.target === person.id)
    .map((l) => ({ ...l, source: moved(l.source), target: moved(l.target) }));
  const at = account.canvas.positions[person.id];
  const succession = Succession.parse({
    id: person.id,
    postId: id,
    postTitle: person.title,
    leftOn: leaving.date,
    how: leaving.how,
    note: leaving.note.slice(0, 1000),
  });
  return {
    id,
    patch: ChartPatch.parse({
      people: [vacancy],
      removePeople: [person.id],
      links,
      positions: at ? { [id]: at } : {},
      removePositions: at ? [person.id] : [],
      collapsed: account.canvas.collapsed.includes(person.id) ? account.canvas.collapsed.map(moved) : null,
      fields: { formerPeople: [...account.formerPeople, person], successions: [...account.successions, succession] },
    }),
  };
}

export interface Filling {
  name: string;
  since: string;
  /** The successor's title when it differs from the post's ('' keeps the post's). */
  title?: string;
}

/** A successor fills the vacancy `vacancyId` from `since`: the card becomes them, the succession records when. */
export function fillPost(account: Account, vacancyId: string, filling: Filling, today: string): SuccessionResult {
  const card = account.people.find((p) => p.id === vacancyId);
  if (!card) return { refusal: 'noSuchPerson' };
  const succession = vacancyOf(account, card);
  if (!succession) return { refusal: 'notVacant' };
  const name = filling.name.trim();
  if (!name) return { refusal: 'nameMissing' };
  const bad = dateRefusal(filling.since, today);
  if (bad) return { refusal: bad };
  if (filling.since < succession.leftOn) return { refusal: 'beforeLeaving' };
  const successor = {
    ...card,
    name: name.slice(0, 200),
    placeholder: false,
    title: filling.title?.trim() ? filling.title.trim().slice(0, 300) : card.title,
  };
  return {
    id: card.id,
    patch: ChartPatch.parse({
      people: [successor],
      fields: {
        successions: account.successions.map((s) => (s.id === succession.id ? { ...s, successorSince: filling.since } : s)),
      },
    }),
  };
}
