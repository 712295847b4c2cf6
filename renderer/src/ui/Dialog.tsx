import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** Buttons, right-aligned under the content. */
  actions: ReactNode;
  onSubmit?(): void;
  /** A wide dialog whose body scrolls (previews with tables). */
  wide?: boolean;
  /** Extra class on the <dialog>. */
  className?: string;
}

/** A modal built on <dialog>: focus moves in (to a `data-autofocus` field if any), Esc closes, the page behind is inert. */
export function Dialog({ title, onClose, children, actions, onSubmit, wide, className }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // showModal focuses the first control; a field marked data-autofocus asks for the focus instead.
    dialog?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={['dialog', wide ? 'dialog-wide' : '', className ?? ''].filter(Boolean).join(' ')}
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit?.();
        }}
      >
        <h2 className="dialog-title">{title}</h2>
        <div className="dialog-body">{children}</div>
        <div className="dialog-actions">{actions}</div>
      </form>
    </dialog>
  );
}

/** A form dialog's usual pair of actions: a button that cancels, then the one that submits. */
export function CancelSubmit({ cancel, submit, onCancel }: { cancel: string; submit: string; onCancel(): void }) {
  return (
    <>
      <button type="button" className="button" onClick={onCancel}>
        {cancel}
      </button>
      <button type="submit" className="button button-primary">
        {submit}
      </button>
    </>
  );
}
