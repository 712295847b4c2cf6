import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';

interface Props {
  title: string;
  initial: string;
  submitLabel: string;
  onSubmit(name: string): Promise<void>;
  onClose(): void;
}

/** Asks for an account name (create and rename). */
export function NameDialog({ title, initial, submitLabel, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!name.trim()) {
      setError(t('dialogs.nameRequired'));
      return;
    }
    setBusy(true);
    try {
      await onSubmit(name.trim());
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={title}
      onClose={onClose}
      onSubmit={submit}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('dialogs.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {submitLabel}
          </button>
        </>
      }
    >
      <label className="field">
        <span>{t('dialogs.nameLabel')}</span>
        <input
          autoFocus
          value={name}
          maxLength={200}
          placeholder={t('dialogs.namePlaceholder')}
          aria-invalid={Boolean(error)}
          onChange={(e) => {
            setName(e.target.value);
            setError('');
          }}
        />
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
