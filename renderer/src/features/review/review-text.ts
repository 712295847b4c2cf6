import type { TFunction } from 'i18next';
import type { Finding } from '../../../../shared/logic/coverage';
import type { PersonState } from '../../../../shared/logic/history/states';
import type { OpportunityChange, PersonMoves, ResolvedRisk } from '../../../../shared/logic/history/since-review';
import { formatMoneyShort } from '../../../../shared/logic/money';
import type { Competitor } from '../../../../shared/model/account';
import type { Action } from '../../../../shared/model/strategy';
import type { Language } from '../../../../shared/taxonomy/keys';
import {
  ATTITUDE_TERMS,
  BUYING_ROLE_TERMS,
  LEANING_STRENGTH_TERMS,
  LEANING_TERMS,
  OPPORTUNITY_STATUS_TERMS,
  STAGE_TERMS,
} from '../../../../shared/taxonomy/labels';

// The words of "since the last review": each move, risk and opportunity as one short phrase.

/** A leaning in words, with how strongly when known (a leaning that only grew firmer reads "Us, slightly → Us, firmly"). */
function leaningText(l: PersonState['leaning'], competitors: readonly Competitor[], t: TFunction, lang: Language): string {
  const kind = LEANING_TERMS[l.kind].label[lang];
  const name = competitors.find((c) => c.id === l.competitorId)?.name || t('review.unnamedCompetitor');
  const leaning = l.kind === 'competitor' ? t('review.leansTo', { kind, competitor: name }) : kind;
  const strength = l.strength === 1 || l.strength === 2 || l.strength === 3 ? LEANING_STRENGTH_TERMS[l.strength][lang] : null;
  return strength && (l.kind === 'us' || l.kind === 'competitor') ? t('review.leaningStrength', { leaning, strength }) : leaning;
}

export function moveText(
  m: PersonMoves['moves'][number],
  competitors: readonly Competitor[],
  t: TFunction,
  lang: Language,
): string {
  switch (m.field) {
    case 'attitude':
      return t('review.move.attitude', { from: ATTITUDE_TERMS[m.from].label[lang], to: ATTITUDE_TERMS[m.to].label[lang] });
    case 'stage':
      return t('review.move.stage', { from: STAGE_TERMS[m.from].label[lang], to: STAGE_TERMS[m.to].label[lang] });
    case 'leaning':
      return t('review.move.leaning', {
        from: leaningText(m.from, competitors, t, lang),
        to: leaningText(m.to, competitors, t, lang),
      });
    case 'influence':
      return t('review.move.influence', { from: m.from, to: m.to });
    case 'roles':
      return t('review.move.roles', {
        changes: [
          ...m.added.map((r) => `+${BUYING_ROLE_TERMS[r].label[lang]}`),
          ...m.removed.map((r) => `−${BUYING_ROLE_TERMS[r].label[lang]}`),
        ].join(' '),
      });
  }
}

const opportunityState = (s: NonNullable<OpportunityChange['to']>, t: TFunction, lang: Language) =>
  `${OPPORTUNITY_STATUS_TERMS[s.status].label[lang]}, ${s.value === null ? t('review.noValue') : formatMoneyShort(s.value, s.currency, lang)}`;

export function opportunityText(o: OpportunityChange, t: TFunction, lang: Language): string {
  if (!o.from) return t('review.opportunityNew', { to: opportunityState(o.to!, t, lang) });
  if (!o.to) return t('review.opportunityGone', { from: opportunityState(o.from, t, lang) });
  return `${opportunityState(o.from, t, lang)} → ${opportunityState(o.to, t, lang)}`;
}

const KINDS = new Set<string>([
  'roleUncovered',
  'typeUncovered',
  'questionUnanswered',
  'keyRoleDistant',
  'strongOpponent',
  'keyPersonSilent',
  'singleThreaded',
  'keyPersonTravelling',
  'relationshipGap',
  'keyPersonNoAction',
  'actionOverdue',
  'leansToCompetitor',
  'criterionBehind',
  'motivesStale',
] satisfies Finding['kind'][]);

export function resolvedText(r: ResolvedRisk, actions: readonly Action[], t: TFunction): string {
  // A key written by a later version may name a kind this one does not know: said as it is.
  const kind = KINDS.has(r.kind) ? t(`review.kinds.${r.kind as Finding['kind']}`) : r.kind;
  if (r.person) return t('review.resolvedOf', { kind, name: r.person.name });
  // An overdue action's key names the action: said by its text while the plan still has it.
  const action = r.kind === 'actionOverdue' ? actions.find((a) => r.key === `actionOverdue-${a.id}`) : undefined;
  return action?.text.trim() ? t('review.resolvedOf', { kind, name: action.text }) : kind;
}
