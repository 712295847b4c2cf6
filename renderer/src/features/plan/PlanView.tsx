import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { isOverdue } from '../../../../shared/logic/plan/actions';
import { toggledDone, withStatus } from '../../../../shared/logic/plan/edit';
import { filterPlan, groupPlan, NO_FILTER, planOrder, type PlanGroup } from '../../../../shared/logic/plan/view';
import { ME, type Action } from '../../../../shared/model/strategy';
import { currentLanguage } from '../../app/i18n';
import { useApp } from '../../app/store';
import { EmptyState } from '../../ui/EmptyState';
import { localToday } from '../../ui/format';
import { modKeyName } from '../../ui/shortcuts';
import { useChart, type Step } from '../canvas/chart-store';
import { ActionDetails } from './ActionDetails';
import { ActionItem, type PlanNames } from './ActionItem';
import { ownerName } from './owner';
import { PlanCheatSheet } from './PlanCheatSheet';
import { PlanToolbar } from './PlanToolbar';
import { usePlan } from './plan-store';
import { useActionEdit } from './useActionEdit';
import './plan.css';

const isField = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || !!el.closest('dialog'));

/**
 * The account's action plan: open actions grouped by due date or owner, filtered, done and dropped
 * ones folded; the selected one edited beside the list. Keyboard first: N adds, arrows move, Enter
 * edits the text, D the due date, O the owner, Space marks done, Delete drops with a reason,
 * Ctrl/Cmd+Z undoes (the account's one history). `focus` selects an action (from a finding, the
 * home screen, the notebook), then `onFocused` lets the address go back to the Plan's.
 */
export function PlanView({ focus, onFocused }: { focus: string | null; onFocused(): void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [, navigate] = useLocation();
  const account = useChart((s) => s.account)!;
  const me = useApp((s) => s.info?.settings.preparedBy ?? '');
  const today = localToday();
  const { grouping, filter, showClosed, selected, editing, set } = usePlan();
  const edits = useActionEdit();
  const [help, setHelp] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const detailsRef = useRef<HTMLDivElement>(null);
  /** Steps of actions just made with N: Esc on their empty text takes them back without a trace. */
  const fresh = useRef(new Map<string, Step>());
  const wantFocus = useRef<string | null>(null);

  useLayoutEffect(() => usePlan.getState().forAccount(account.id), [account.id]);

  const shown = useMemo(() => filterPlan(account.actions, filter, today), [account.actions, filter, today]);
  const groups = useMemo(() => groupPlan(account, shown, grouping, today), [account, shown, grouping, today]);
  const order = useMemo(() => planOrder(groups, showClosed), [groups, showClosed]);
  const current = order.find((a) => a.id === selected) ?? order[0] ?? null;
  const overdue = account.actions.filter((a) => isOverdue(a, today)).length;
  const openCount = account.actions.filter((a) => a.status === 'open').length;

  const names = useMemo<PlanNames>(() => {
    const people = new Map(account.people.map((p) => [p.id, p]));
    const opportunities = new Map(account.opportunities.map((o) => [o.id, o.name]));
    return {
      person: (id) => {
        const p = people.get(id);
        return p ? p.name || t('canvas.placeholderName') : t('plan.removedPerson');
      },
      owner: (a) => ownerName(a.owner, account, me, t),
      opportunity: (id) => opportunities.get(id) ?? t('plan.removedPerson'),
    };
  }, [account, me, t]);

  // Keyboard focus follows the selection when a key moved it (not when the pointer did).
  const focusRow = useCallback((id: string | null) => {
    wantFocus.current = id;
  }, []);
  useEffect(() => {
    const id = wantFocus.current;
    if (id === null) return;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-action-id="${id}"]`);
    if (!row) return;
    wantFocus.current = null;
    row.focus();
    row.scrollIntoView({ block: 'nearest' });
  });

  // Opened at an action: shown whatever the filters, its group unfolded, selected and in view.
  useEffect(() => {
    if (!focus) return;
    const a = account.actions.find((x) => x.id === focus);
    if (a) {
      const hidden = !filterPlan([a], filter, today).length;
      set({
        selected: a.id,
        editing: null,
        ...(hidden ? { filter: NO_FILTER } : {}),
        ...(a.status !== 'open' ? { showClosed: true } : {}),
      });
      focusRow(a.id);
    }
    onFocused();
  }, [focus]); // eslint-disable-line react-hooks/exhaustive-deps -- once per address

  // Arriving on the Plan puts the keys on its list.
  useEffect(() => {
    if (focus) return;
    if (current) focusRow(current.id);
    else rootRef.current?.focus();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- on arrival only

  const select = useCallback((id: string) => set({ selected: id }), [set]);
  const startEdit = useCallback((id: string) => set({ selected: id, editing: { kind: 'text', id, fresh: false } }), [set]);

  const add = () => {
    const dated = filter.thisWeek ? { due: today } : {};
    const made = edits.add({
      text: '',
      personIds: filter.personId ? [filter.personId] : [],
      opportunityId: filter.opportunityId,
      ...dated,
    });
    if (!made) return;
    fresh.current.set(made.action.id, made.step);
    // An undated action would not pass the overdue filter: the list shows it rather than hide it.
    if (filter.overdue && !filter.thisWeek) set({ filter: { ...filter, overdue: false } });
    set({ selected: made.action.id, editing: { kind: 'text', id: made.action.id, fresh: true } });
  };

  const onEdited = useCallback(
    (id: string, text: string | null) => {
      const step = fresh.current.get(id);
      fresh.current.delete(id);
      usePlan.getState().set({ editing: null });
      const a = useChart.getState().account?.actions.find((x) => x.id === id);
      // A new action left without words was never meant: it goes, leaving nothing to undo.
      if (step && (text === null || !text.trim()) && !a?.text.trim()) useChart.getState().revert(step);
      else if (text !== null && a && text !== a.text) edits.change(id, { text });
      focusRow(step && !text?.trim() ? null : id);
      if (step && !text?.trim()) rootRef.current?.focus();
    },
    [edits, focusRow],
  );

  const toggleDone = useCallback(
    (id: string) => {
      const a = useChart.getState().account?.actions.find((x) => x.id === id);
      if (!a) return;
      const ids = planOrder(
        groupPlan(account, filterPlan(account.actions, usePlan.getState().filter, today), usePlan.getState().grouping, today),
        usePlan.getState().showClosed,
      ).map((x) => x.id);
      const at = ids.indexOf(id);
      const step = edits.change(id, (x) => toggledDone(x, today));
      if (!step) return;
      if (a.status === 'open') {
        // Done: it leaves the open groups; the selection moves on to the next one, as a list of mail does.
        const next = ids[at + 1] ?? ids[at - 1] ?? null;
        set({ selected: next });
        focusRow(next);
        useApp.getState().toast({
          kind: 'info',
          message: t('plan.doneToast', { text: a.text.trim() || t('plan.untitled') }),
          action: { label: t('toasts.undo'), run: () => useChart.getState().revert(step) },
        });
      } else focusRow(id);
    },
    [account, edits, set, today, t, focusRow],
  );

  const dropped = (id: string, reason: string | null) => {
    set({ editing: null });
    focusRow(id);
    if (reason === null) return;
    const a = account.actions.find((x) => x.id === id);
    const step = a && edits.change(id, (x) => withStatus(x, 'dropped', today, reason || x.note));
    if (!a || !step) return;
    const ids = order.map((x) => x.id);
    const next = ids[ids.indexOf(id) + 1] ?? ids[ids.indexOf(id) - 1] ?? null;
    set({ selected: next });
    focusRow(next);
    useApp.getState().toast({
      kind: 'info',
      message: t('plan.dropped', { text: a.text.trim() || t('plan.untitled') }),
      action: { label: t('toasts.undo'), run: () => useChart.getState().revert(step) },
    });
  };

  const remove = (id: string) => {
    const a = account.actions.find((x) => x.id === id);
    const ids = order.map((x) => x.id);
    const step = a && edits.remove(id);
    if (!a || !step) return;
    const next = ids[ids.indexOf(id) + 1] ?? ids[ids.indexOf(id) - 1] ?? null;
    set({ selected: next });
    focusRow(next);
    useApp.getState().toast({
      kind: 'info',
      message: t('plan.removed', { text: a.text.trim() || t('plan.untitled') }),
      action: { label: t('toasts.undo'), run: () => useChart.getState().revert(step) },
    });
  };

  const focusField = (field: 'due' | 'owner') =>
    detailsRef.current?.querySelector<HTMLElement>(`[data-field="${field}"] input, [data-field="${field}"] select`)?.focus();

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    if (isField(e.target)) {
      // Esc in a field of the details (once the field has nothing of its own to put back) goes back to the list.
      if (e.key === 'Escape' && current && detailsRef.current?.contains(e.target as Node)) {
        e.preventDefault();
        (e.target as HTMLElement).blur();
        focusRow(current.id);
        set({ selected: current.id });
      }
      return;
    }
    // A button or link (a filter, Mark done, Drop, a person's ×) does its own work on Enter, Space and Delete.
    const onControl = e.target instanceof HTMLElement && !!e.target.closest('button, a[href]');
    if (onControl && ['Enter', ' ', 'Delete', 'Backspace'].includes(e.key)) return;
    const at = current ? order.indexOf(current) : -1;
    const move = (to: number) => {
      const next = order[Math.max(0, Math.min(order.length - 1, to))];
      if (!next) return;
      set({ selected: next.id });
      focusRow(next.id);
    };
    switch (e.key) {
      case 'n':
      case 'N':
        add();
        break;
      case 'ArrowDown':
        move(at + 1);
        break;
      case 'ArrowUp':
        move(at - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(order.length - 1);
        break;
      case 'Enter':
      case 'F2':
        if (!current) return;
        startEdit(current.id);
        break;
      case 'd':
      case 'D':
        if (!current) return;
        focusField('due');
        break;
      case 'o':
      case 'O':
        if (!current) return;
        focusField('owner');
        break;
      case ' ':
        if (!current) return;
        toggleDone(current.id);
        break;
      case 'Delete':
      case 'Backspace':
        if (!current) return;
        if (current.status === 'open') set({ editing: { kind: 'drop', id: current.id } });
        else remove(current.id);
        break;
      case '?':
        setHelp(true);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const row = (a: Action) => (
    <ActionItem
      key={a.id}
      action={a}
      names={names}
      today={today}
      lang={lang}
      selected={current?.id === a.id}
      editing={editing?.kind === 'text' && editing.id === a.id}
      onSelect={select}
      onToggleDone={toggleDone}
      onStartEdit={startEdit}
      onEdited={onEdited}
    />
  );
  const title = (g: PlanGroup) =>
    g.bucket
      ? t(`plan.groups.${g.bucket}`)
      : g.key === ME
        ? ownerName(ME, account, me, t)
        : g.key === '#nobody'
          ? t('plan.noOwner')
          : g.key === '#removed'
            ? t('plan.removedMember')
            : ownerName(g.key, account, me, t);

  return (
    <div className="plan-view" data-testid="plan" ref={rootRef} tabIndex={-1} onKeyDown={onKeyDown}>
      <header className="plan-head">
        <h2>{t('plan.title')}</h2>
        <span className="muted">
          {t('plan.summary', { count: openCount })}
          {overdue > 0 && (
            <>
              {' · '}
              <span className="plan-overdue-count">{t('plan.overdueCount', { count: overdue })}</span>
            </>
          )}
        </span>
        <span className="spacer" />
        <button type="button" className="button button-primary button-small" onClick={add} title={t('plan.newHelp')}>
          {t('plan.new')}
        </button>
      </header>
      <p className="plan-hint muted small" data-testid="plan-hint">
        {t('plan.hint', { mod: modKeyName() })}
      </p>
      {account.actions.length === 0 ? (
        <EmptyState title={t('plan.emptyTitle')} body={t('plan.emptyBody')}>
          <button type="button" className="button button-primary" onClick={add}>
            {t('plan.new')}
          </button>
          <button type="button" className="button" onClick={() => navigate(`/accounts/${account.id}/findings`)}>
            {t('plan.emptyFindings')}
          </button>
        </EmptyState>
      ) : (
        <>
          <PlanToolbar account={account} today={today} />
          <div className="plan-body">
            <div className="plan-list" ref={listRef} role="listbox" aria-label={t('plan.list')} aria-activedescendant={undefined}>
              {order.length === 0 && groups.closed.length === 0 && (
                <EmptyState title={t('plan.noMatchTitle')} body={t('plan.noMatchBody')}>
                  <button type="button" className="button" onClick={() => set({ filter: NO_FILTER })}>
                    {t('plan.clearFilters')}
                  </button>
                </EmptyState>
              )}
              {groups.groups.map((g) => (
                <div
                  role="group"
                  key={g.key}
                  aria-labelledby={`plan-group-${g.key}`}
                  className={`plan-group plan-group-${g.bucket ?? 'owner'}`}
                >
                  <h3 id={`plan-group-${g.key}`} className="plan-group-title">
                    {title(g)} <span className="count">{g.actions.length}</span>
                  </h3>
                  <ul className="plan-rows" role="presentation">
                    {g.actions.map(row)}
                  </ul>
                </div>
              ))}
              {groups.closed.length > 0 && (
                <div role="group" aria-labelledby="plan-group-closed" className="plan-group plan-group-closed">
                  <h3 id="plan-group-closed" className="plan-group-title">
                    <button
                      type="button"
                      className="plan-fold"
                      aria-expanded={showClosed}
                      onClick={() => set({ showClosed: !showClosed })}
                    >
                      <span aria-hidden="true">{showClosed ? '▾' : '▸'} </span>
                      {t('plan.closed', { count: groups.closed.length })}
                    </button>
                  </h3>
                  {showClosed && (
                    <ul className="plan-rows" role="presentation">
                      {groups.closed.map(row)}
                    </ul>
                  )}
                </div>
              )}
            </div>
            <div className="plan-side" ref={detailsRef}>
              {current ? (
                <ActionDetails
                  key={current.id}
                  action={current}
                  account={account}
                  me={me}
                  today={today}
                  lang={lang}
                  edits={edits}
                  dropping={editing?.kind === 'drop' && editing.id === current.id}
                  onDrop={(id) => set({ selected: id, editing: { kind: 'drop', id } })}
                  onDropped={dropped}
                  onToggleDone={toggleDone}
                  onRemove={remove}
                  onOpenFindings={() => navigate(`/accounts/${account.id}/findings`)}
                />
              ) : (
                <p className="muted small">{t('plan.noneSelected')}</p>
              )}
            </div>
          </div>
        </>
      )}
      {help && <PlanCheatSheet onClose={() => setHelp(false)} />}
    </div>
  );
}
