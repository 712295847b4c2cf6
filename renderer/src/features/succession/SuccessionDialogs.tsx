import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fillPost, leavePost, vacancyOf, type SuccessionResult } from '../../../../shared/logic/succession';
import { formatDate } from '../../../../shared/logic/date-text';
import { LEAVE_KINDS, type LeaveKind } from '../../../../shared/taxonomy/keys';
import { currentLanguage } from '../../app/i18n';
import { useApp } from '../../app/store';
import { CancelSubmit, Dialog } from '../../ui/Dialog';
import { DateField } from '../../ui/DateField';
import { localToday } from '../../ui/format';
import { useChart } from '../canvas/chart-store';
import { refusalText } from './refusals';
import { useSuccession } from './store';

/** The open "leaves the post" or "fill the post" dialog, if any. */
export function SuccessionDialogs() {
  const dialog = useSuccession((s) => s.dialog);
  if (!dialog) return null;
  return dialog.kind === 'leave' ? (
    <LeaveDialog key={dialog.personId} personId={dialog.personId} />
  ) : (
    <FillDialog key={dialog.cardId} cardId={dialog.cardId} />
  );
}

/** Applies a change of post as one undo step; a refusal is said at the dialog. */
function run(result: SuccessionResult, done: string, leftOn: string): string | null {
  if ('refusal' in result) return refusalText(result.refusal, leftOn);
  const applied = useChart.getState().apply(result.patch);
  if (!('step' in applied)) return refusalText('noSuchPerson');
  useSuccession.getState().close();
  useApp.getState().toast({ kind: 'info', message: done });
  return null;
}

function LeaveDialog({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const person = useChart((s) => s.account?.people.find((p) => p.id === personId) ?? null);
  const [date, setDate] = useState(localToday());
  const [how, setHow] = useState<LeaveKind>('transferred');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => useSuccession.getState().close();
  if (!person) return null;
  const submit = () => {
    const account = useChart.getState().account;
    if (!account) return;
    setError(
      run(leavePost(account, personId, { date, how, note }, localToday()), t('succession.left', { name: person.name }), ''),
    );
  };
  return (
    <Dialog
      title={t('succession.leaveTitle', { name: person.name })}
      onClose={close}
      onSubmit={submit}
      className="succession-dialog"
      actions={<CancelSubmit cancel={t('succession.cancel')} submit={t('succession.leaveConfirm')} onCancel={close} />}
    >
      <p className="muted">{t('succession.leaveHelp', { name: person.name })}</p>
      <DateField
        label={t('succession.date')}
        value={date}
        onChange={setDate}
        required
        check={(d) => (d > localToday() ? refusalText('dateInFuture') : d < '1950-01-01' ? refusalText('dateTooEarly') : null)}
      />
      <fieldset className="succession-kinds">
        <legend>{t('succession.how')}</legend>
        {LEAVE_KINDS.map((k) => (
          <label key={k}>
            <input type="radio" name="leave-how" value={k} checked={how === k} onChange={() => setHow(k)} />{' '}
            {t(`succession.kinds.${k}`)}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('succession.note')}</span>
        <textarea value={note} maxLength={1000} rows={2} onChange={(e) => setNote(e.target.value)} />
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}

function FillDialog({ cardId }: { cardId: string }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const account = useChart((s) => s.account);
  const card = account?.people.find((p) => p.id === cardId) ?? null;
  const succession = account && card ? vacancyOf(account, card) : null;
  const predecessor = succession ? account?.formerPeople.find((p) => p.id === succession.id) : undefined;
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [since, setSince] = useState(localToday());
  const [error, setError] = useState<string | null>(null);
  const close = () => useSuccession.getState().close();
  if (!card || !succession) return null;
  const submit = () => {
    const current = useChart.getState().account;
    if (!current) return;
    setError(
      run(
        fillPost(current, cardId, { name, since, title }, localToday()),
        t('succession.filled', { name: name.trim() }),
        succession.leftOn,
      ),
    );
  };
  return (
    <Dialog
      title={t('succession.fillTitle', { title: card.title || t('succession.vacant') })}
      onClose={close}
      onSubmit={submit}
      className="succession-dialog"
      actions={<CancelSubmit cancel={t('succession.cancel')} submit={t('succession.fillConfirm')} onCancel={close} />}
    >
      <p className="muted">
        {t('succession.fillHelp', { name: predecessor?.name ?? '—', date: formatDate(succession.leftOn, lang) })}
      </p>
      <label className="field">
        <span>{t('succession.successorName')}</span>
        <input data-autofocus value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('succession.successorTitle')}</span>
        <input value={title} maxLength={300} placeholder={card.title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <DateField
        label={t('succession.since')}
        value={since}
        onChange={setSince}
        required
        check={(d) =>
          d > localToday()
            ? refusalText('dateInFuture')
            : d < succession.leftOn
              ? refusalText('beforeLeaving', succession.leftOn)
              : null
        }
      />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
