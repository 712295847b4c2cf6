import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary } from '../../../../shared/ipc/types';

/**
 * Several accounts to show, as a drop-down of check boxes (none ticked: every account). A
 * native <details> opens with Enter or Space; Escape or a click elsewhere closes it.
 */
export function AccountPicker({ accounts, chosen, onChange }: { accounts: AccountSummary[]; chosen: string[]; onChange(ids: string[]): void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (e: Event) => {
      const el = ref.current;
      if (!el?.open) return;
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !el.contains(e.target as Node)) {
        el.open = false;
        if (e instanceof KeyboardEvent) el.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, []);
  const usable = accounts.filter((a) => !a.damaged);
  const label = chosen.length === 0 ? t('notebook.allAccounts') : chosen.length === 1 ? (usable.find((a) => a.id === chosen[0])?.name ?? '') : t('notebook.someAccounts', { count: chosen.length });
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  return (
    <details ref={ref} className="account-picker">
      <summary className="button" aria-label={`${t('notebook.accounts')}: ${label}`}>
        <span className="account-picker-label">{label}</span> <span aria-hidden="true">▾</span>
      </summary>
      <fieldset className="account-picker-menu">
        <legend className="visually-hidden">{t('notebook.accounts')}</legend>
        {usable.map((a) => (
          <label key={a.id} className="nb-check">
            <input type="checkbox" checked={chosen.includes(a.id)} onChange={(e) => toggle(a.id, e.target.checked)} />
            {a.name}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
