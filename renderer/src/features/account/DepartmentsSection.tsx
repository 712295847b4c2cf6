import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/model/ids';
import { BufferedText } from '../../ui/BufferedText';
import type { AccountSectionProps } from './sections';
import type { ChartPatchInput } from '../../../../shared/model/chart-patch';

/** The client's departments: names, which one each sits under, how many of the chart's people are in it. */
export function DepartmentsSection({ account, editChart }: AccountSectionProps & { editChart(patch: ChartPatchInput): boolean }) {
  const { t } = useTranslation();
  const count = (id: string) => account.people.filter((p) => p.departmentId === id).length;
  return (
    <>
      <div className="section-head">
        <p className="hint">{t('accountInfo.departments.help')}</p>
        <button type="button" className="button button-small" onClick={() => editChart({ departments: [{ id: newId('dept'), name: t('accountInfo.departments.newName'), parentId: null }] })}>
          + {t('accountInfo.departments.add')}
        </button>
      </div>
      {account.departments.length === 0 && <p className="muted small">{t('accountInfo.departments.empty')}</p>}
      <ul className="departments">
        {account.departments.map((d) => (
          <li key={d.id}>
            <BufferedText hideLabel label={`${t('accountInfo.departments.name')}: ${d.name}`} value={d.name} maxLength={200} onCommit={(name) => (name.trim() ? editChart({ departments: [{ ...d, name }] }) : false)} />
            <select
              aria-label={`${t('accountInfo.departments.parent')}: ${d.name}`}
              value={d.parentId ?? ''}
              onChange={(e) => editChart({ departments: [{ ...d, parentId: e.target.value || null }] })}
            >
              <option value="">{t('accountInfo.departments.topLevel')}</option>
              {account.departments
                .filter((x) => x.id !== d.id && !isBelow(account.departments, x.id, d.id))
                .map((x) => (
                  <option key={x.id} value={x.id}>
                    {t('accountInfo.departments.under', { name: x.name })}
                  </option>
                ))}
            </select>
            <span className="muted small">{t('account.people', { count: count(d.id) })}</span>
            <button
              type="button"
              className="button button-small button-danger"
              aria-label={`${t('accountInfo.remove')}: ${d.name}`}
              title={t('accountInfo.departments.removeHelp')}
              onClick={() =>
                editChart({
                  removeDepartments: [d.id],
                  // Its people stay on the chart, without a department; sub-departments move up.
                  people: account.people.filter((p) => p.departmentId === d.id).map((p) => ({ ...p, departmentId: null })),
                  departments: account.departments.filter((x) => x.parentId === d.id).map((x) => ({ ...x, parentId: d.parentId })),
                })
              }
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Whether `id` sits somewhere under `ancestor` (choosing it as parent would make a loop). */
function isBelow(departments: readonly { id: string; parentId: string | null }[], id: string, ancestor: string): boolean {
  const parent = new Map(departments.map((d) => [d.id, d.parentId]));
  const seen = new Set<string>();
  for (let p = parent.get(id) ?? null; p && !seen.has(p); p = parent.get(p) ?? null) {
    if (p === ancestor) return true;
    seen.add(p);
  }
  return false;
}
