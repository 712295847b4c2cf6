import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { addPerson } from '../../../../shared/logic/chart';
import { findingKey, isUnstarted, openFindings, setAsideFindings, type Finding } from '../../../../shared/logic/coverage';
import { BUYING_ROLE_TERMS, CUSTOMER_TYPE_TERMS } from '../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../app/i18n';
import { EmptyState } from '../../ui/EmptyState';
import { localToday } from '../../ui/format';
import { useAccountEdit } from '../account/useAccountEdit';
import { decisionFieldId } from '../account/sections';
import { criteriaBlockId } from '../criteria/CriteriaBlock';
import { useChart } from '../canvas/chart-store';
import { usePanelSection } from '../person/panel-store';
import { describe, fixOf, groupOf, hintOf, type FindingGroup } from './describe';
import { FindingRow } from './FindingRow';
import { SetAsideList } from './SetAsideList';
import { StartHere } from './StartHere';
import { ChartPatch } from '../../../../shared/model/chart-patch';
import { refusalOf } from '../../app/refusal';
import { useApp } from '../../app/store';
import { FindingAction } from '../plan/FindingAction';

const GROUPS: readonly FindingGroup[] = ['decisions', 'relationships', 'plan', 'competition', 'travel', 'coverage'];

/** Every gap and risk of the account, grouped, each with the step that fixes it. */
export function FindingsView() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const account = useChart((s) => s.account)!;
  const [, navigate] = useLocation();
  const today = localToday();
  const staleMotiveDays = useApp((s) => s.info?.settings.staleMotiveDays);
  const list = useMemo(() => openFindings(account, today, { staleMotiveDays }), [account, today, staleMotiveDays]);
  const aside = useMemo(() => setAsideFindings(account, today, { staleMotiveDays }), [account, today, staleMotiveDays]);
  const { edit } = useAccountEdit();
  const base = `/accounts/${account.id}`;
  const say = (f: Finding) => describe(f, account, t, lang);

  // Setting aside and bringing back are account edits: one undo step each, and the toast's Undo.
  const setAside = (f: Finding, reason: string) => {
    const id = findingKey(f);
    const patch = ChartPatch.safeParse({ fields: { setAside: [...account.setAside.filter((s) => s.id !== id), { id, reason, date: today }] } });
    if (!patch.success) return void useApp.getState().toast({ kind: 'error', message: refusalOf(patch.error) });
    const done = useChart.getState().apply(patch.data);
    if (!('step' in done)) return;
    useApp.getState().toast({ kind: 'info', message: t('findings.setAsideDone', { finding: say(f) }), action: { label: t('toasts.undo'), run: () => useChart.getState().revert(done.step) } });
  };
  const bringBack = (id: string) => edit((a) => ({ setAside: a.setAside.filter((s) => s.id !== id) }));

  const openPerson = (personId: string, section: Parameters<ReturnType<typeof usePanelSection.getState>['choose']>[0]) => {
    usePanelSection.getState().choose(section);
    navigate(`${base}/people/${personId}`);
  };
  const addPlaceholder = (f: Finding & { kind: 'roleUncovered' | 'typeUncovered' }) => {
    const label = f.kind === 'roleUncovered' ? BUYING_ROLE_TERMS[f.role].label[lang] : CUSTOMER_TYPE_TERMS[f.customerType].label[lang];
    // Placed left of the chart, where it does not cover anyone; the rep moves it into place.
    const xs = Object.values(account.canvas.positions).map((p) => p.x);
    const ys = Object.values(account.canvas.positions).map((p) => p.y);
    const at = { x: (xs.length ? Math.min(...xs) : 0) - 300, y: ys.length ? Math.min(...ys) : 0 };
    const { patch, id } = addPerson(at, {
      placeholder: true,
      title: label,
      ...(f.kind === 'roleUncovered' ? { roles: [f.role] } : { customerType: f.customerType }),
    });
    const result = useChart.getState().apply(patch);
    if ('step' in result) openPerson(id, 'profile');
  };

  if (isUnstarted(account)) {
    return (
      <div className="findings-view" data-testid="findings">
        <StartHere accountId={account.id} />
      </div>
    );
  }
  // Issue 17 (plan): every fix gets "Make it an action" beside it; the plan's own findings open the Plan.
  const fixOfFinding = (f: Finding) => (
    <>
      {ownFix(f)}
      <FindingAction finding={f} account={account} />
    </>
  );
  const ownFix = (f: Finding) => {
    const fix = fixOf(f);
    if (fix?.kind === 'plan')
      return (
        <button type="button" className="button button-small" onClick={() => navigate(`${base}/plan${fix.actionId ? `/${encodeURIComponent(fix.actionId)}` : ''}`)}>
          {t('plan.openPlan')}
        </button>
      );
    if (fix?.kind === 'person')
      return (
        <button type="button" className="button button-small" onClick={() => openPerson(fix.personId, fix.section)}>
          {t(`findings.fix.${fix.section === 'relationship' || fix.section === 'motives' || fix.section === 'plan' ? fix.section : 'itinerary'}`)}
        </button>
      );
    if (fix?.kind === 'question')
      return (
        <button type="button" className="button button-small" onClick={() => navigate(`${base}/details/${decisionFieldId(fix.opportunityId, fix.question)}`)}>
          {t('findings.fix.answer')}
        </button>
      );
    if (fix?.kind === 'criteria')
      return (
        <button type="button" className="button button-small" onClick={() => navigate(`${base}/details/${criteriaBlockId(fix.opportunityId)}`)}>
          {t('criteria.openCriteria')}
        </button>
      );
    if (f.kind === 'roleUncovered' || f.kind === 'typeUncovered')
      return f.placeholders.length ? (
        <button type="button" className="button button-small" onClick={() => openPerson(f.placeholders[0]!, 'profile')}>
          {t('findings.fix.fillPlaceholder')}
        </button>
      ) : (
        <button type="button" className="button button-small" onClick={() => addPlaceholder(f)}>
          {t('findings.fix.addPlaceholder')}
        </button>
      );
    const hint = hintOf(f);
    if (hint) return <span className="finding-hint muted small">{t(hint)}</span>;
    return null;
  };
  return (
    <div className="findings-view" data-testid="findings">
      {list.length === 0 ? (
        <EmptyState title={t('findings.noneTitle')} body={t('findings.noneBody')} />
      ) : (
        <p className="muted">{t('findings.summary', { count: list.length })}</p>
      )}
      {GROUPS.map((g) => {
        const items = list.filter((f) => groupOf(f) === g);
        if (!items.length) return null;
        return (
          <section key={g} aria-labelledby={`findings-${g}`}>
            <h2 id={`findings-${g}`}>
              {t(`findings.groups.${g}`)} <span className="count">{items.length}</span>
            </h2>
            <ul className="finding-list">
              {items.map((f) => (
                <FindingRow key={findingKey(f)} kind={f.kind} text={say(f)} fix={fixOfFinding(f)} onSetAside={(reason) => setAside(f, reason)} />
              ))}
            </ul>
          </section>
        );
      })}
      <SetAsideList items={aside} describe={say} onBringBack={bringBack} />
    </div>
  );
}
