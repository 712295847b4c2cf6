import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { TEXT_MAX } from '../../../shared/model/ids';

/** How long typing pauses before the text is saved. */
export const SAVE_PAUSE_MS = 400;

interface Props {
  label: string;
  value: string;
  /**
   * Called after a pause in typing and when the field loses focus, with the text and a key that
   * stays the same while the field keeps the focus (edits under one key form one undo step).
   * Returns false, or the reason in words, when the value was refused: the field then keeps what
   * was typed and shows the reason under it until a value is taken (or the stored one typed back).
   */
  onCommit(value: string, session: string): boolean | string | void;
  /** Shown beside the field as it is typed, from the text in it (e.g. how an amount is read). */
  aside?(text: string): ReactNode;
  multiline?: boolean;
  maxLength?: number;
  placeholder?: string;
  type?: 'text' | 'email' | 'tel' | 'number';
  className?: string;
  autoFocus?: boolean;
  /** In a table the column header says what it is: the label is for screen readers (and tests). */
  hideLabel?: boolean;
  id?: string;
}

let sessions = 0;

/**
 * A labelled text field that saves as you type. While it has the focus it shows what is typed;
 * otherwise the stored value, so an undo elsewhere shows at once.
 */
export function BufferedText({ label, value, onCommit, aside, multiline, maxLength = TEXT_MAX, placeholder, type = 'text', className, autoFocus, hideLabel, id: fixedId }: Props) {
  const generated = useId();
  const id = fixedId ?? generated;
  const [typed, setTyped] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const session = useRef('');
  const latest = useRef({ onCommit, value });
  useEffect(() => {
    latest.current = { onCommit, value };
  });

  const typedRef = useRef<string | null>(null);
  /** Saves what is typed, if anything changed; false when it was refused. */
  const [flush] = useState(() => (): boolean => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const text = typedRef.current;
    if (text === null || text === latest.current.value) {
      setRefusal(null);
      return true;
    }
    const answer = latest.current.onCommit(text, session.current);
    if (answer === false || typeof answer === 'string') {
      setRefusal(typeof answer === 'string' ? answer : '');
      return false;
    }
    setRefusal(null);
    return true;
  });
  // Leaving the panel (another person, another screen) saves what was typed.
  useEffect(
    () => () => {
      flush();
    },
    [flush],
  );

  const refusalId = `${id}-refusal`;
  const props = {
    id,
    value: typed ?? value,
    'aria-invalid': refusal !== null || undefined,
    'aria-describedby': refusal ? refusalId : undefined,
    maxLength,
    placeholder,
    autoFocus,
    onFocus: () => {
      session.current = `${id}:${++sessions}`;
    },
    onChange: (e: { target: { value: string } }) => {
      typedRef.current = e.target.value;
      setTyped(e.target.value);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_PAUSE_MS);
    },
    onBlur: () => {
      // A refused value stays in the field, with the reason under it: nothing typed is lost.
      if (!flush()) return;
      typedRef.current = null;
      setTyped(null);
    },
  };
  return (
    <div className={`field${multiline ? ' field-wide' : ''}${className ? ` ${className}` : ''}`}>
      <label className={hideLabel ? 'sr-only' : 'field-label'} htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea rows={2} {...props} />
      ) : (
        // A number field is text with a decimal keyboard: a half-typed "-" or "1e" must not read as empty (and save as none).
        <input type={type === 'number' ? 'text' : type} inputMode={type === 'number' ? 'decimal' : undefined} {...props} />
      )}
      {aside && <span className="field-aside">{aside(typed ?? value)}</span>}
      {refusal && (
        <p className="field-refusal" id={refusalId} role="alert">
          {refusal}
        </p>
      )}
    </div>
  );
}
