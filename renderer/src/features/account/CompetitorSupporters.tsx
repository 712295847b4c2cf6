import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { supportersOf, type Supporter } from '../../../../shared/logic/plan/people';
import type { Account } from '../../../../shared/model/account';
import { LEANING_STRENGTH_TERMS } from '../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../app/i18n';
import { usePanelSection } from '../person/panel-store';

/**
 * Who leans to whom (issue 17): each competitor's supporters, ours, and those leaning to a
 * competitor since removed, strongest first; a name opens the person's plan on the chart.
 */
export function CompetitorSupporters({ account }: { account: Account }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [, navigate] = useLocation();
  const all = supportersOf(account);
  const open = (personId: string) => {
    usePanelSection.getState().choose('plan');
    navigate(`/accounts/${account.id}/people/${personId}`);
  };
  const names = (list: Supporter[]) => {
    if (!list.length) return <span className="muted">{t('personPlan.supporters.none')}</span>;
    // The list's separators as the language writes them (Intl.ListFormat); the names are buttons.
    let at = 0;
    return new Intl.ListFormat(lang, { type: 'conjunction', style: 'narrow' })
      .formatToParts(list.map((s) => s.person.id))
      .map((part, i) => {
        if (part.type === 'literal') return <Fragment key={i}>{part.value}</Fragment>;
        const s = list[at++]!;
        const name = s.person.name || t('canvas.placeholderName');
        const strength =
          s.strength === 1 || s.strength === 2 || s.strength === 3 ? LEANING_STRENGTH_TERMS[s.strength][lang] : null;
        return (
          <button
            key={i}
            type="button"
            className="button-link supporter"
            title={t('personPlan.supporters.open', { name })}
            onClick={() => open(s.person.id)}
          >
            {strength ? t('personPlan.supporters.person', { name, strength }) : name}
          </button>
        );
      });
  };
  const rows: [string, Supporter[]][] = [
    [t('personPlan.supporters.us'), all.us],
    ...account.competitors.map((c): [string, Supporter[]] => [
      t('personPlan.supporters.competitor', { name: c.name.trim() || t('personPlan.leaning.unnamedCompetitor') }),
      all.byCompetitor.get(c.id) ?? [],
    ]),
    ...(all.removed.length ? [[t('personPlan.supporters.removed'), all.removed] as [string, Supporter[]]] : []),
  ];
  return (
    <div className="supporters" data-testid="supporters">
      <h3>{t('personPlan.supporters.title')}</h3>
      <p className="hint">{t('personPlan.supporters.help')}</p>
      <ul>
        {rows.map(([label, list]) => (
          <li key={label} data-testid="supporters-row">
            <strong>{label}:</strong> {names(list)}
          </li>
        ))}
      </ul>
    </div>
  );
}
