import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RememberRefusal } from '../../../../shared/model/vault';

interface Props {
  refused: RememberRefusal | null;
  checked: boolean;
  onChange(checked: boolean): void;
}

/** "Remember on this device", or why it is not offered here (never silently missing). */
export function RememberChoice({ refused, checked, onChange }: Props) {
  const { t } = useTranslation();
  const helpId = useId();
  return (
    <div className="field remember-choice">
      <label className="check">
        <input type="checkbox" checked={checked && !refused} disabled={refused !== null} onChange={(e) => onChange(e.target.checked)} aria-describedby={helpId} />
        {t('vault.remember')}
      </label>
      <span id={helpId} className="muted small" data-testid="remember-help">
        {refused ? t(`vault.refused.${refused}`) : t('vault.rememberHelp')}
      </span>
    </div>
  );
}
