import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp, type Toast } from '../app/store';

const TOAST_MS = 8000;

function ToastItem({ toast }: { toast: Toast }) {
  const { t } = useTranslation();
  const dismiss = useApp((s) => s.dismiss);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // A toast stays while the pointer is over it or the keyboard is in it (reaching for Undo), and
  // counts down afresh once left.
  const hold = useCallback(() => clearTimeout(timer.current), []);
  const release = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => dismiss(toast.id), toast.kind === 'error' ? TOAST_MS * 2 : TOAST_MS);
  }, [toast, dismiss]);
  useEffect(() => {
    release();
    return hold;
  }, [release, hold]);
  const actions = [toast.action, ...(toast.more ?? [])].filter((a) => !!a);
  return (
    <div
      className={`toast toast-${toast.kind}`}
      role={toast.kind === 'error' ? 'alert' : 'status'}
      onPointerEnter={hold}
      onPointerLeave={release}
      onFocus={hold}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) release();
      }}
    >
      <span className="toast-message">{toast.message}</span>
      {actions.map((action) => (
        <button
          key={action.label}
          type="button"
          className="button button-link"
          onClick={() => {
            dismiss(toast.id);
            action.run();
          }}
        >
          {action.label}
        </button>
      ))}
      <button type="button" className="icon-button" aria-label={t('toasts.dismiss')} onClick={() => dismiss(toast.id)}>
        ×
      </button>
    </div>
  );
}

export function Toasts() {
  const toasts = useApp((s) => s.toasts);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((t) => (
        <ToastItem key={t.id} toast={t} />
      ))}
    </div>
  );
}
