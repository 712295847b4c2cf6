import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  autoFocus?: boolean;
  /** `new-password` for a passphrase being chosen, so password managers offer to keep it. */
  autoComplete: 'current-password' | 'new-password';
  error?: string;
  testId?: string;
}

/** A passphrase input with a Show/Hide toggle; the error, if any, is read with it. */
export function PassphraseField({ label, value, onChange, autoFocus, autoComplete, error, testId }: Props) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const inputId = useId();
  const errorId = useId();
  // The label names the input alone (not the Show button beside it).
  return (
    <div className="field">
      <label htmlFor={inputId} className="field-label">
        {label}
      </label>
      <span className="passphrase-input">
        <input
          id={inputId}
          type={shown ? 'text' : 'password'}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          autoFocus={autoFocus}
          autoComplete={autoComplete}
          spellCheck={false}
          maxLength={1024}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          data-testid={testId}
        />
        <button type="button" className="button button-small" onClick={() => setShown(!shown)} aria-pressed={shown}>
          {shown ? t('vault.hide') : t('vault.show')}
        </button>
      </span>
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
