import { useId, type ReactNode } from 'react';

/** A labelled select of closed-vocabulary values; `none` adds an empty choice (null). */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  none,
  title,
}: {
  label: string;
  value: T | null;
  options: readonly { value: T; label: string; title?: string }[];
  onChange(value: T | null): void;
  none?: string;
  title?: string;
}) {
  const id = useId();
  return (
    <div className="field" title={title}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as T))}>
        {none !== undefined && <option value="">{none}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value} title={o.title}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export { DateField } from './DateField';

export function CheckField({ label, checked, onChange, title }: { label: ReactNode; checked: boolean; onChange(checked: boolean): void; title?: string }) {
  return (
    <label className="check" title={title}>
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}
