import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { briefingRoute, meetingBriefRoute, type BriefingRequest } from '../../../../shared/model/briefing';
import type { Account } from '../../../../shared/model/account';
import { LANGUAGES, type Language, type RedactionLevel } from '../../../../shared/taxonomy/keys';
import { api } from '../../app/api';
import { messageOf } from '../../app/errors';
import { currentLanguage } from '../../app/i18n';
import { useApp } from '../../app/store';
import { Dialog } from '../../ui/Dialog';
import { LevelPicker } from '../../ui/LevelPicker';
import { exportPdf, type PdfJob } from './exportPdf';
import { ExportDone, ExportDoneActions } from './ExportResult';

type State = { step: 'form' } | { step: 'rendering' } | { step: 'done'; path: string; pages: number | null } | { step: 'failed'; message: string };

/**
 * Export a briefing (whole account or one opportunity; key people or everyone) or a meeting brief
 * (one person): level and language, then progress while Chromium prints, then open or show it.
 */
export function ExportDialog({ account, personId, onClose }: { account: Account; personId?: string; onClose(): void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [level, setLevel] = useState<RedactionLevel>('team');
  const [language, setLanguage] = useState<Language>(currentLanguage());
  const [opportunityId, setOpportunityId] = useState<string | null>(null);
  const [people, setPeople] = useState<'key' | 'all'>('key');
  const [state, setState] = useState<State>({ step: 'form' });
  // The cover says who prepared it: asked once, on the first export, when Settings has no name yet.
  const [askName] = useState(() => !useApp.getState().info?.settings.preparedBy.trim());
  const [name, setName] = useState('');
  const person = personId ? account.people.find((p) => p.id === personId) : undefined;
  const request: BriefingRequest = { accountId: account.id, opportunityId, level, language, people };
  const job: PdfJob = person ? { kind: 'brief', request: { accountId: account.id, personId: person.id, level, language } } : { kind: 'briefing', request };

  const rememberName = async () => {
    const info = useApp.getState().info;
    if (!askName || !name.trim() || !info) return;
    const settings = await api.updateSettings({ preparedBy: name.trim() });
    useApp.getState().setInfo({ ...info, settings });
  };
  const run = async () => {
    setState({ step: 'rendering' });
    try {
      await rememberName();
      const { path, pages } = await exportPdf(job);
      setState(path ? { step: 'done', path, pages } : { step: 'form' });
    } catch (e) {
      setState({ step: 'failed', message: messageOf(e) });
    }
  };
  const preview = () => void rememberName().then(() => navigate(job.kind === 'briefing' ? briefingRoute(job.request) : meetingBriefRoute(job.request)), (e: unknown) => setState({ step: 'failed', message: messageOf(e) }));
  const title = person ? t('briefing.export.briefTitle', { name: person.name }) : t('briefing.export.title');

  return (
    <Dialog
      title={title}
      onClose={onClose}
      onSubmit={() => state.step === 'form' && void run()}
      actions={
        state.step === 'done' ? (
          <ExportDoneActions path={state.path} onClose={onClose} />
        ) : (
          <>
            <button type="button" className="button" onClick={onClose}>
              {t('dialogs.cancel')}
            </button>
            <button type="button" className="button" onClick={preview} disabled={state.step === 'rendering'}>
              {t('briefing.export.preview')}
            </button>
            <button type="submit" className="button button-primary" disabled={state.step === 'rendering'}>
              {state.step === 'rendering' ? t('briefing.export.rendering') : t('briefing.export.save')}
            </button>
          </>
        )
      }
    >
      {state.step === 'done' ? (
        <ExportDone path={state.path} pages={state.pages} />
      ) : (
        <div className="export-form">
          {!person && (
            <label className="field">
              <span className="field-label">{t('briefing.export.scope')}</span>
              <select value={opportunityId ?? ''} onChange={(e) => setOpportunityId(e.target.value || null)}>
                <option value="">{t('briefing.cover.wholeAccount')}</option>
                {account.opportunities.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          {askName && (
            <label className="field">
              <span className="field-label">{t('briefing.export.yourName')}</span>
              <input value={name} maxLength={200} data-autofocus onChange={(e) => setName(e.target.value)} placeholder={t('briefing.export.yourNamePlaceholder')} />
              <span className="muted small">{t('briefing.export.yourNameHelp')}</span>
            </label>
          )}
          <LevelPicker legend={t('briefing.export.level')} name="level" value={level} onChange={setLevel} />
          <label className="field">
            <span className="field-label">{t('briefing.export.language')}</span>
            <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`languages.${l}`)}
                </option>
              ))}
            </select>
          </label>
          {!person && (
            <label className="field">
              <span className="field-label">{t('briefing.export.people')}</span>
              <select value={people} onChange={(e) => setPeople(e.target.value as 'key' | 'all')}>
                <option value="key">{t('briefing.cover.people_key')}</option>
                <option value="all">{t('briefing.cover.people_all')}</option>
              </select>
            </label>
          )}
          {state.step === 'rendering' && <Progress />}
          {state.step === 'failed' && (
            <p className="panel-problem" role="alert">
              {t('briefing.export.failed', { message: state.message })}
            </p>
          )}
        </div>
      )}
    </Dialog>
  );
}

/** Printing takes seconds on a big account: say it is under way and for how long. */
function Progress() {
  const { t } = useTranslation();
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setSeconds((s) => s + 1), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <p role="status" className="export-progress">
      <progress /> {t('briefing.export.progress', { seconds })}
    </p>
  );
}
