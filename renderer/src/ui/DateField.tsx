import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dateParts, formatDate, parseDateText, storedDate } from '../../../shared/logic/date-text';
import { currentLanguage } from '../app/i18n';
import { localToday } from './format';
import './date-field.css';

interface Props {
  label: string;
  /** The stored date: YYYY-MM-DD, '--MM-DD' (a birthday without a year) or '' when not known. */
  value: string;
  onChange(value: string): void;
  /** Takes a day and month without a year ("4 Dec" / "12月4日"), stored as --MM-DD. */
  allowNoYear?: boolean;
  /** Refuses a date the caller cannot take (an end before its start): the words to show at the field, or null. */
  check?(value: string): string | null;
  /** The field cannot be emptied (a trip's start, an activity's date): clearing it puts the date back. */
  required?: boolean;
  /** Laid out in a row of filters: label beside the field. */
  inline?: boolean;
}

/**
 * A labelled date in the language's one format ("4 Dec 2026" / "2026年12月4日"), whatever the
 * machine's locale: a text field, not the browser's date input, whose display follows the OS
 * (11/30/2026 in a Chinese UI). It takes what people type in either language (2026-12-4,
 * 2026/12/4, 2026年12月4日, 4 Dec 2026, Dec 4 2026…), saves on Enter or on leaving it, and says at
 * the field why a text is not taken, keeping it to correct; Esc puts the saved date back. The
 * calendar button opens the browser's picker, whose choice lands here the same way.
 */
export function DateField({ label, value, onChange, allowNoYear, check, required, inline }: Props) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const id = useId();
  const errorId = `${id}-error`;
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const native = useRef<HTMLInputElement>(null);
  const example = formatDate(localToday(), lang);

  // Another hand changed the date (undo, another field): show it, and drop a refused draft.
  const shownValue = useRef(value);
  useEffect(() => {
    if (shownValue.current === value) return;
    shownValue.current = value;
    setDraft(null);
    setError(null);
  }, [value]);

  /** Takes a stored date, or refuses it with the caller's words; true when taken. */
  const take = (next: string): boolean => {
    const refusal = next ? (check?.(next) ?? null) : null;
    if (refusal) {
      setError(refusal);
      return false;
    }
    setError(null);
    setDraft(null);
    if (next !== value) onChange(next);
    return true;
  };

  const commit = (text: string): boolean => {
    if (!text.trim()) {
      if (required) {
        setDraft(null);
        setError(null);
        return true;
      }
      return take('');
    }
    const parsed = parseDateText(text, { allowNoYear });
    if (typeof parsed === 'string') {
      setError(t(`dates.${parsed}`, { example, text: text.trim() }));
      return false;
    }
    return take(storedDate(parsed));
  };

  // Leaving the panel with a date typed and not yet taken saves it, as text fields do.
  const pending = useRef<() => void>(() => {});
  useEffect(() => {
    pending.current = () => {
      if (draft !== null && !error) commit(draft);
    };
  });
  useEffect(() => () => pending.current(), []);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      if (draft !== null) commit(draft);
    } else if (e.key === 'Escape' && (draft !== null || error)) {
      // The first Esc puts the saved date back; the next one goes on to the panel.
      e.stopPropagation();
      setDraft(null);
      setError(null);
    }
  };

  const parts = dateParts(value);
  const placeholder = allowNoYear
    ? t('dates.placeholderNoYear', { example, noYear: formatDate(localToday(), lang, { noYear: true }) })
    : t('dates.placeholder', { example });
  return (
    <div className={inline ? 'field field-date field-date-inline' : 'field field-date'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="date-input">
        <input
          id={id}
          type="text"
          inputMode="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          placeholder={placeholder}
          value={draft ?? formatDate(value, lang)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            if (error) setError(null);
          }}
          onBlur={() => draft !== null && commit(draft)}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          className="date-pick"
          aria-label={t('dates.pick')}
          title={t('dates.pick')}
          onClick={() => {
            try {
              native.current?.showPicker();
            } catch {
              native.current?.focus(); // no picker here: the field still takes typed dates
            }
          }}
        >
          <span aria-hidden="true">▦</span>
        </button>
        {/* Only the picker's calendar is used: its value never shows. */}
        <input
          ref={native}
          className="date-native"
          type="date"
          tabIndex={-1}
          aria-hidden="true"
          value={parts?.year ? value : ''}
          onChange={(e) => {
            if (!e.target.value) return;
            setDraft(null);
            if (!take(e.target.value)) setDraft(formatDate(e.target.value, lang));
          }}
        />
      </div>
      {error && (
        <p id={errorId} className="field-error small" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
