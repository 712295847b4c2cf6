import { STRINGS } from '../../i18n';
import { listNames } from '../../i18n/lists';
import type { ActionRow } from '../../model/action-list';
import type { Language } from '../../taxonomy/keys';

// How a listed action's owner, people and opportunity are named outside the page (the .ics file,
// the command line), in the words the page uses for them.

/** The owner as a language names them: the user's name (or "Me"), a member, "(removed from the team)", "Nobody yet". */
export function ownerLabel(owner: ActionRow['owner'], lang: Language): string {
  const s = STRINGS[lang].plan;
  switch (owner.kind) {
    case 'me':
      return owner.name.trim() || s.me;
    case 'member':
      return owner.name.trim() || s.unnamedMember;
    case 'removed':
      return s.removedMember;
    case 'nobody':
      return s.noOwner;
  }
}

/** One person an action serves: their name, "Name unknown" for a placeholder without one, "(removed)" for one since removed. */
export const personLabel = (p: ActionRow['people'][number], lang: Language): string =>
  p.name === null ? STRINGS[lang].plan.removedPerson : p.name.trim() || STRINGS[lang].canvas.placeholderName;

/** The people an action serves as a list in the language ("A, B, and C" / "A、B和C"); '' for none. */
export const peopleLabel = (row: Pick<ActionRow, 'people'>, lang: Language): string =>
  listNames(
    row.people.map((p) => personLabel(p, lang)),
    lang,
  );

/** The opportunity's name, "(removed)" for one since removed, '' for none. */
export const opportunityLabel = (row: Pick<ActionRow, 'opportunity'>, lang: Language): string =>
  row.opportunity ? (row.opportunity.name ?? STRINGS[lang].plan.removedPerson) : '';
