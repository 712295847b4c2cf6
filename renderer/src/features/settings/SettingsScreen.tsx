import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingsPatch } from '../../../../shared/model/workspace';
import { LANGUAGES, THEMES, type Language, type Theme } from '../../../../shared/taxonomy/keys';
import { api } from '../../app/api';
import { reportError } from '../../app/errors';
import { systemLanguage } from '../../app/i18n';
import { useApp } from '../../app/store';
import { useDemoWorkspace } from '../accounts/useDemoWorkspace';
import { SecuritySection } from '../vault/SecuritySection';
import { TeamSection } from '../team/TeamSection';

export function SettingsScreen() {
  const { t } = useTranslation();
  const info = useApp((s) => s.info);
  const openDemo = useDemoWorkspace();
  if (!info) return null;

  const update = async (patch: SettingsPatch) => {
    try {
      const settings = await api.updateSettings(patch);
      useApp.getState().setInfo({ ...info, settings });
    } catch (e) {
      reportError(e);
    }
  };

  const changeFolder = async () => {
    try {
      const { path } = await api.chooseWorkspaceFolder({});
      if (!path) return;
      await api.switchWorkspace({ path });
      await useApp.getState().load();
      useApp.getState().toast({ kind: 'info', message: t('settings.switched', { path }) });
    } catch (e) {
      reportError(e);
    }
  };

  return (
    <main className="settings" aria-labelledby="settings-title">
      <header className="page-header">
        <h1 id="settings-title">{t('settings.title')}</h1>
      </header>
      <div className="settings-form">
        <label className="field">
          <span>{t('settings.language')}</span>
          <select
            value={info.settings.language ?? ''}
            onChange={(e) => void update({ language: (e.target.value || null) as Language | null })}
          >
            <option value="">{t('settings.languageSystem', { lang: t(`languages.${systemLanguage()}`) })}</option>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`languages.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('settings.theme')}</span>
          <select value={info.settings.theme} onChange={(e) => void update({ theme: e.target.value as Theme })}>
            {THEMES.map((th) => (
              <option key={th} value={th}>
                {t(`settings.themes.${th}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('settings.preparedBy')}</span>
          <input
            key={info.path}
            defaultValue={info.settings.preparedBy}
            maxLength={200}
            onBlur={(e) => e.target.value !== info.settings.preparedBy && void update({ preparedBy: e.target.value })}
          />
        </label>
        <StaleDaysField key={`stale-${info.path}`} value={info.settings.staleMotiveDays} onSave={(staleMotiveDays) => void update({ staleMotiveDays })} />
        <div className="field">
          <span>{t('settings.workspace')}</span>
          <code className="path" data-testid="workspace-path">
            {info.path}
          </code>
          <p className="muted">{t('settings.workspaceHelp')}</p>
          <div className="row">
            <button type="button" className="button" onClick={() => void changeFolder()}>
              {t('settings.change')}
            </button>
            <button type="button" className="button" onClick={() => api.revealWorkspace({}).catch(reportError)}>
              {t('settings.reveal')}
            </button>
            <button type="button" className="button" onClick={() => void openDemo()} title={t('settings.demoHelp')}>
              {t('settings.demo')}
            </button>
          </div>
        </div>
        <SecuritySection />
        <TeamSection />
      </div>
    </main>
  );
}

/** Days after which a key person's motive analysis is stale: a whole number from 1 to 3650, else a sentence at the field. */
function StaleDaysField({ value, onSave }: { value: number; onSave(days: number): void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(String(value));
  const days = Number(typed);
  const valid = /^\d+$/.test(typed.trim()) && days >= 1 && days <= 3650;
  return (
    <label className="field">
      <span>{t('settings.staleMotiveDays')}</span>
      <input
        inputMode="numeric"
        value={typed}
        aria-invalid={!valid}
        data-testid="stale-motive-days"
        onChange={(e) => setTyped(e.target.value)}
        onBlur={() => valid && days !== value && onSave(days)}
      />
      {!valid && <span className="field-error">{t('settings.staleMotiveDaysRange')}</span>}
    </label>
  );
}
