import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/model/person';

/**
 * People chosen from the chart, as removable chips, plus a select to add one more. Ids of people
 * since deleted are shown as such so the rep sees the answer went stale.
 */
export function PeoplePicker({
  id,
  label,
  help,
  people,
  chosen,
  onChange,
}: {
  id: string;
  label: string;
  help?: string;
  people: readonly Person[];
  chosen: readonly string[];
  onChange(ids: string[]): void;
}) {
  const { t } = useTranslation();
  const byId = new Map(people.map((p) => [p.id, p]));
  const collator = new Intl.Collator(undefined);
  const left = people.filter((p) => !chosen.includes(p.id)).sort((a, b) => collator.compare(a.name, b.name));
  const nameOf = (p: Person) => (p.name || t('canvas.placeholderName')) + (p.title ? ` — ${p.title}` : '');
  // As coverage counts it: a placeholder ("the CFO, name unknown") is not yet an answer.
  const answered = chosen.some((c) => byId.has(c) && !byId.get(c)!.placeholder);
  return (
    <div className={`field picker${answered ? '' : ' unanswered'}`}>
      <label className="field-label" htmlFor={id} title={help}>
        {label}
      </label>
      <div className="chips">
        {chosen.map((c) => {
          const p = byId.get(c);
          return (
            <span key={c} className={`chip${p ? '' : ' stale'}`}>
              {p ? p.name || t('canvas.placeholderName') : t('accountInfo.personGone')}
              <button type="button" aria-label={t('accountInfo.unpick', { name: p ? p.name || t('canvas.placeholderName') : t('accountInfo.personGone') })} onClick={() => onChange(chosen.filter((x) => x !== c))}>
                ×
              </button>
            </span>
          );
        })}
        {!answered && <span className="chip-empty">{t('accountInfo.nobodyYet')}</span>}
      </div>
      <select id={id} value="" onChange={(e) => e.target.value && onChange([...chosen, e.target.value])}>
        <option value="">{t('accountInfo.pick')}</option>
        {left.map((p) => (
          <option key={p.id} value={p.id}>
            {nameOf(p)}
          </option>
        ))}
      </select>
    </div>
  );
}
