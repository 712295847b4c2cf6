import { useEffect, useRef, useState } from 'react';

/** A text field in a card: Enter keeps, Esc discards, leaving the field keeps. */
export function InlineEdit({
  value,
  label,
  className,
  onCommit,
  onCancel,
}: {
  value: string;
  label: string;
  className: string;
  onCommit(value: string): void;
  onCancel(): void;
}) {
  const [text, setText] = useState(value);
  const done = useRef(false);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (keep: boolean) => {
    if (done.current) return;
    done.current = true;
    if (keep) onCommit(text.trim());
    else onCancel();
  };
  return (
    <input
      ref={ref}
      className={`inline-edit nodrag nopan ${className}`}
      aria-label={label}
      value={text}
      maxLength={200}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => {
        e.stopPropagation(); // the canvas's keys (Delete, arrows, N) must not act while typing
        if (e.key === 'Enter' && !e.nativeEvent.isComposing) finish(true);
        else if (e.key === 'Escape') finish(false);
      }}
      onBlur={() => finish(true)}
    />
  );
}
