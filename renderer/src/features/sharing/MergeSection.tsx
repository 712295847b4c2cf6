import { useTranslation } from 'react-i18next';
import { isLargeRemoval, type ImportChoices, type ImportPreview } from '../../../../shared/model/sharing';
import { listItems } from '../../../../shared/i18n/lists';
import { currentLanguage } from '../../app/i18n';
import { pathLabel, valueText } from './labels';

type PreviewAccount = ImportPreview['accounts'][number];
export type AccountChoice = ImportChoices[string];
type Report = NonNullable<PreviewAccount['report']>;
type Ref = Report['added'][number];

/** Rows shown per list: a file without a common base can differ in thousands of places. */
const SHOWN = 200;

const toggle = (list: readonly string[], key: string, on: boolean) => (on ? [...new Set([...list, key])] : list.filter((k) => k !== key));

/** A record in words: a person by name, a line by the two people it joins, anything else by kind and name. */
function useRefLabel(names: Readonly<Record<string, string>>) {
  const { t } = useTranslation();
  return (r: Ref) => {
    if (r.collection === 'people') return r.label;
    const what = t(`sharing.collections.${r.collection}` as 'sharing.yes');
    const name = (id: string) => (Object.hasOwn(names, id) ? names[id] : id);
    if (r.ends) return `${what}: ${name(r.ends[0])} → ${name(r.ends[1])} (${r.label})`;
    const owner = r.path[0] === 'people' && r.path[1] ? `${name(r.path[1])} · ` : '';
    return `${owner}${what}: ${r.label}`;
  };
}

/** One account of the file: what importing it does, and the user's say on each difference. */
export function MergeSection({ account, choice, onChange }: { account: PreviewAccount; choice: AccountChoice; onChange(next: AccountChoice): void }) {
  const { t } = useTranslation();
  const refLabel = useRefLabel(account.names);
  const report = account.report;
  const canSkip = account.status === 'new' || account.status === 'merge';
  const headingId = `import-${account.id}`;
  return (
    <section className="import-account" aria-labelledby={headingId}>
      <header className="import-account-head">
        <h3 id={headingId}>
          {account.nameHere && account.nameHere !== account.name ? `${account.nameHere} ← ${account.name}` : account.name}
        </h3>
        <span className={`badge import-status-${account.status}`}>{t(`sharing.preview.status.${account.status}`)}</span>
        <span className="muted small">{t('home.people', { count: account.people })}</span>
        <span className="spacer" />
        {canSkip && (
          <label className="check small">
            <input type="checkbox" checked={choice.skip} onChange={(e) => onChange({ ...choice, skip: e.target.checked })} />
            {t('sharing.preview.skip')}
          </label>
        )}
      </header>
      {report && !choice.skip && <Differences report={report} account={account} choice={choice} onChange={onChange} refLabel={refLabel} />}
    </section>
  );
}

function Differences({ report, account, choice, onChange, refLabel }: { report: Report; account: PreviewAccount; choice: AccountChoice; onChange(next: AccountChoice): void; refLabel(r: Ref): string }) {
  const { t } = useTranslation();
  const sideOf = (key: string) => choice.conflicts[key] ?? choice.all ?? 'mine';
  const setAll = (all: 'mine' | 'theirs') => onChange({ ...choice, all, conflicts: {} });
  return (
    <div className="import-differences">
      {!account.hasBase && <p className="muted small">{t('sharing.preview.noBase')}</p>}
      {report.taken > 0 && <p className="small">{t('sharing.preview.taken', { count: report.taken })}</p>}
      {report.keptManagers.length > 0 && <p className="small">{t('sharing.preview.keptManagers', { count: report.keptManagers.length })}</p>}
      {report.added.length > 0 && (
        <details open>
          <summary>{t('sharing.preview.added', { count: report.added.length })}</summary>
          <ul className="import-list">
            {report.added.slice(0, SHOWN).map((r) => (
              <li key={r.key}>{refLabel(r)}</li>
            ))}
          </ul>
        </details>
      )}
      <RecordChecklist
        title={t('sharing.preview.removedTheirs', { count: report.removedTheirs.length })}
        records={report.removedTheirs}
        hint={t('sharing.preview.removeToo')}
        checked={(key) => choice.removeTheirs.includes(key)}
        onToggle={(key, on) => onChange({ ...choice, removeTheirs: toggle(choice.removeTheirs, key, on) })}
        refLabel={refLabel}
      />
      <RecordChecklist
        title={t('sharing.preview.removedHere', { count: report.removedHere.length })}
        records={report.removedHere}
        hint={t('sharing.preview.bringBack')}
        checked={(key) => !choice.leaveRemoved.includes(key)}
        onToggle={(key, on) => onChange({ ...choice, leaveRemoved: toggle(choice.leaveRemoved, key, !on) })}
        refLabel={refLabel}
      />
      {report.actionsOnRemoved.length > 0 && (
        <details open className="import-actions-on-removed">
          <summary>{t('sharing.preview.actionsOnRemoved', { count: report.actionsOnRemoved.length })}</summary>
          <ul className="import-list">
            {report.actionsOnRemoved.slice(0, SHOWN).map((r) => (
              <li key={r.key}>
                {refLabel(r)} · {listItems(r.people.map((id) => (Object.hasOwn(account.names, id) ? account.names[id]! : id)), currentLanguage())}
              </li>
            ))}
          </ul>
        </details>
      )}
      <LargeRemoval account={account} choice={choice} onChange={onChange} />
      {report.conflicts.length > 0 && (
        <div className="import-conflicts">
          <div className="import-conflicts-head">
            <h4>{t('sharing.preview.conflicts', { count: report.conflicts.length })}</h4>
            <span className="spacer" />
            <button type="button" className="button button-small" onClick={() => setAll('mine')}>
              {t('sharing.preview.allMine')}
            </button>
            <button type="button" className="button button-small" onClick={() => setAll('theirs')}>
              {t('sharing.preview.allTheirs')}
            </button>
          </div>
          <table className="import-table">
            <thead>
              <tr>
                <th scope="col">{t('sharing.preview.field')}</th>
                <th scope="col">{t('sharing.preview.mine')}</th>
                <th scope="col">{t('sharing.preview.theirs')}</th>
              </tr>
            </thead>
            <tbody>
              {report.conflicts.slice(0, SHOWN).map((c) => {
                const label = pathLabel(c.path, account.names, t);
                const pick = (side: 'mine' | 'theirs') => onChange({ ...choice, conflicts: { ...choice.conflicts, [c.key]: side } });
                return (
                  <tr key={c.key} data-key={c.key}>
                    <th scope="row">{label}</th>
                    {(['mine', 'theirs'] as const).map((side) => (
                      <td key={side} className={sideOf(c.key) === side ? 'import-chosen' : undefined}>
                        <label className="check">
                          <input type="radio" name={`${account.id}:${c.key}`} checked={sideOf(c.key) === side} onChange={() => pick(side)} aria-label={`${label}: ${t(`sharing.preview.${side}`)}`} />
                          <span className="import-value">{valueText(side === 'mine' ? c.mine : c.theirs, account.names, t, c.path.at(-1))}</span>
                        </label>
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
          {report.conflicts.length > SHOWN && <p className="muted small">{t('sharing.preview.more', { count: report.conflicts.length - SHOWN })}</p>}
        </div>
      )}
    </div>
  );
}

/** People the user chose to remove here, in this account. */
export const removalsOf = (choice: AccountChoice) => choice.removeTheirs.filter((k) => k.startsWith('people/')).length;

/** Needs a yes when the removals chosen would take more than a fifth of the account's people (the services refuse otherwise). */
export const needsRemovalConfirm = (account: PreviewAccount, choice: AccountChoice) =>
  !choice.skip && isLargeRemoval(removalsOf(choice), account.peopleHere ?? 0) && !choice.confirmRemoval;

function LargeRemoval({ account, choice, onChange }: { account: PreviewAccount; choice: AccountChoice; onChange(next: AccountChoice): void }) {
  const { t } = useTranslation();
  const removed = removalsOf(choice);
  const people = account.peopleHere ?? 0;
  if (!isLargeRemoval(removed, people)) return null;
  return (
    <label className="check import-large-removal" role="alert">
      <input type="checkbox" checked={choice.confirmRemoval} onChange={(e) => onChange({ ...choice, confirmRemoval: e.target.checked })} />
      {t('sharing.preview.confirmRemoval', { removed, people, percent: Math.round((removed / people) * 100) })}
    </label>
  );
}

/** Records one side removed, each with a box: what ticking it does is in `hint`. */
function RecordChecklist(props: { title: string; records: Ref[]; hint: string; checked(key: string): boolean; onToggle(key: string, on: boolean): void; refLabel(r: Ref): string }) {
  if (props.records.length === 0) return null;
  return (
    <details open>
      <summary>{props.title}</summary>
      <ul className="import-list">
        {props.records.slice(0, SHOWN).map((r) => (
          <li key={r.key}>
            <label className="check">
              <input type="checkbox" checked={props.checked(r.key)} onChange={(e) => props.onToggle(r.key, e.target.checked)} />
              {props.refLabel(r)} <span className="muted small">({props.hint})</span>
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}
