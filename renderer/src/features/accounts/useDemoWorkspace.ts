import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { reportError } from '../../app/errors';
import { currentLanguage } from '../../app/i18n';
import { useApp } from '../../app/store';

/** Asks for an empty folder, writes the demo there in the current language and opens it. */
export function useDemoWorkspace(): () => Promise<void> {
  const { t } = useTranslation();
  return useCallback(async () => {
    try {
      const { path } = await api.chooseWorkspaceFolder({});
      if (!path) return;
      await api.createDemoWorkspace({ path, language: currentLanguage() });
      await useApp.getState().load();
      useApp.getState().toast({ kind: 'info', message: t('settings.switched', { path }) });
    } catch (e) {
      reportError(e);
    }
  }, [t]);
}
