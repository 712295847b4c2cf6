import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canAddTheme, THEMES_MAX, themeTies } from '../../../../shared/logic/strategy/criteria';
import type { Opportunity } from '../../../../shared/model/account';
import { newId } from '../../../../shared/model/ids';
import { WinTheme } from '../../../../shared/model/strategy';
import { BufferedText } from '../../ui/BufferedText';
import { PeoplePicker } from '../account/PeoplePicker';
import type { AccountSectionProps } from '../account/sections';
import { useStrategyEdit } from './useStrategyEdit';

const WARNING = { both: 'criteria.themes.untiedBoth', criteria: 'criteria.themes.untiedCriteria', people: 'criteria.themes.untiedPeople' } as const;

/** What we stand for in the deal: each theme tied to the criteria it answers and the people it speaks to; a theme tied to none says so. */
export function ThemesBlock({ account, opportunity: o, edit, commit }: AccountSectionProps & { opportunity: Opportunity }) {
  const { t } = useTranslation();
  const { refuse } = useStrategyEdit();
  const [added, setAdded] = useState<string | null>(null);
  const changeThemes = (f: (list: WinTheme[]) => WinTheme[], session?: string) =>
    commit((a) => ({ opportunities: a.opportunities.map((x) => (x.id === o.id ? { ...x, themes: f(x.themes) } : x)) }), session && `themes.${o.id}:${session}`);
  const change = (id: string, c: Partial<WinTheme>, session?: string) => changeThemes((list) => list.map((x) => (x.id === id ? { ...x, ...c } : x)), session);
  const add = () => {
    if (!canAddTheme(o)) return refuse(t('criteria.themes.tooMany', { max: THEMES_MAX }));
    const id = newId('theme');
    if (changeThemes((list) => [...list, WinTheme.parse({ id, text: '' })]) === true) setAdded(id);
  };
  const criterionName = (id: string) => {
    const c = o.criteria.find((x) => x.id === id);
    return c ? c.text.trim() || t('criteria.unnamed') : t('criteria.themes.criterionGone');
  };
  return (
    <div className="themes-block" data-testid="themes">
      <div className="section-head">
        <h4 title={t('criteria.themes.help')}>
          {t('criteria.themes.title')} <span className="count">{o.themes.length}</span>
        </h4>
        <span className="spacer" />
        <button type="button" className="button button-small" onClick={add}>
          + {t('criteria.themes.add')}
        </button>
      </div>
      {o.themes.length === 0 && <p className="muted small">{t('criteria.themes.empty')}</p>}
      {o.themes.map((theme) => {
        const ties = themeTies(theme, o, account.people);
        const left = o.criteria.filter((c) => !theme.criterionIds.includes(c.id));
        const name = theme.text.trim() || t('criteria.themes.text');
        return (
          <fieldset key={theme.id} className={`record theme${ties.missing ? ' untied' : ''}`} data-testid="theme">
            <legend className="sr-only">{name}</legend>
            <BufferedText label={t('criteria.themes.text')} value={theme.text} multiline maxLength={1000} autoFocus={theme.id === added} onCommit={(text, s) => change(theme.id, { text }, `${theme.id}.text:${s}`)} />
            {ties.missing && (
              <p className="theme-warning" role="note" data-testid="theme-warning">
                <span aria-hidden="true">⚠ </span>
                {t(WARNING[ties.missing])}
              </p>
            )}
            <div className="section-grid">
              <div className={`field picker${ties.criteria.length ? '' : ' unanswered'}`}>
                <label className="field-label" htmlFor={`${theme.id}-criteria`}>
                  {t('criteria.themes.criteria')}
                </label>
                <div className="chips">
                  {theme.criterionIds.map((id) => (
                    <span key={id} className={`chip${o.criteria.some((c) => c.id === id) ? '' : ' stale'}`}>
                      {criterionName(id)}
                      <button type="button" aria-label={t('criteria.themes.unpickCriterion', { criterion: criterionName(id) })} onClick={() => edit((a) => ({ opportunities: a.opportunities.map((x) => (x.id === o.id ? { ...x, themes: x.themes.map((th) => (th.id === theme.id ? { ...th, criterionIds: th.criterionIds.filter((c) => c !== id) } : th)) } : x)) }))}>
                        ×
                      </button>
                    </span>
                  ))}
                </div>
                <select id={`${theme.id}-criteria`} value="" onChange={(e) => e.target.value && change(theme.id, { criterionIds: [...theme.criterionIds, e.target.value] })}>
                  <option value="">{t('criteria.themes.pickCriterion')}</option>
                  {left.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.text.trim() || t('criteria.unnamed')}
                    </option>
                  ))}
                </select>
              </div>
              <PeoplePicker id={`${theme.id}-people`} label={t('criteria.themes.people')} people={account.people} chosen={theme.personIds} onChange={(personIds) => change(theme.id, { personIds })} />
            </div>
            <button
              type="button"
              className="button button-small button-danger record-remove"
              aria-label={t('criteria.themes.removeNamed', { theme: name })}
              title={t('criteria.themes.remove')}
              onClick={() => edit((a) => ({ opportunities: a.opportunities.map((x) => (x.id === o.id ? { ...x, themes: x.themes.filter((th) => th.id !== theme.id) } : x)) }))}
            >
              ✕
            </button>
          </fieldset>
        );
      })}
    </div>
  );
}
