import type { TeamMember } from '../model/account';
import type { Dossier } from '../model/person';

/** The dossier fields that can open a conversation, and what of our member's they are compared with. */
const PLACES = ['hometown', 'university'] as const;
const INTERESTS = ['sports', 'food', 'pets', 'books', 'lastVacation', 'nextVacation'] as const;
export type GroundField = (typeof PLACES)[number] | (typeof INTERESTS)[number];

/** Something a person shares with a member of our team: an opening for a conversation. */
export interface CommonGround {
  memberId: string;
  field: GroundField;
  /** The overlapping words as the person's dossier has them, and as our member's record has them. */
  theirs: string;
  ours: string;
}

/** Lower case, without spaces and punctuation, so "Tsinghua Univ." and "tsinghua univ" compare equal. */
const squash = (s: string) => s.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
const isChinese = (s: string) => /[\u3400-\u9fff]/.test(s);
/** Too short to mean anything on its own: a single character or letter. */
const meaningful = (s: string) => s.length >= 2;
/** Long enough to be found inside a longer name: two Chinese characters, or four letters ("go" is not in "golf"). */
const specific = (s: string) => (isChinese(s) ? s.length >= 2 : s.length >= 4);

/** The items of a free-text list: "swimming, Go; 川菜、茶" gives four. */
export function termsOf(text: string): string[] {
  return text
    // Not on 和: it is inside too many words (和平, 日本和食).
    .split(/[,，、;；/|\n]+|\s+and\s+/)
    .map((t) => t.trim())
    .filter((t) => meaningful(squash(t)));
}

/** Whether two terms name the same thing: equal, or one contains the other ("郑州" in "河南郑州"). */
function sameThing(a: string, b: string): boolean {
  const x = squash(a);
  const y = squash(b);
  if (!meaningful(x) || !meaningful(y)) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short === long || (specific(short) && long.includes(short));
}

/**
 * What a person shares with each member of our team: the same hometown or university, or an
 * interest of the member's (sports, hobbies, food, books, travel) that appears in the person's
 * dossier. In team order, then field order.
 */
export function commonGround(dossier: Dossier, team: readonly TeamMember[]): CommonGround[] {
  const found: CommonGround[] = [];
  for (const member of team) {
    for (const field of PLACES) {
      if (dossier[field] && member[field] && sameThing(dossier[field], member[field])) found.push({ memberId: member.id, field, theirs: dossier[field], ours: member[field] });
    }
    const ours = termsOf(member.interests);
    if (!ours.length) continue;
    for (const field of INTERESTS) {
      for (const theirs of termsOf(dossier[field])) {
        const match = ours.find((o) => sameThing(o, theirs));
        if (match) found.push({ memberId: member.id, field, theirs, ours: match });
      }
    }
  }
  return found;
}
