// First: zod must not try eval before any schema is built (see zod-jitless.ts).
import './app/zod-jitless';
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import '@xyflow/react/dist/style.css';
import './styles/base.css';
import './styles/home.css';
import './styles/canvas.css';
import './styles/notebook.css';
import './styles/sharing.css';
import './styles/team.css';
import './styles/vault.css';
import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n, systemLanguage } from './app/i18n';
import { useApp } from './app/store';
import { applyTheme } from './app/theme';
import { UnlockScreen } from './features/vault/UnlockScreen';
import { useVault } from './features/vault/vault-store';

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  try {
    // An encrypted workspace shows nothing but the passphrase prompt until it is unlocked.
    const vault = await useVault.getState().refresh();
    if (vault.locked) {
      await initI18n(systemLanguage());
      root.render(
        <StrictMode>
          <UnlockScreen status={vault} />
        </StrictMode>,
      );
      document.body.dataset.ready = 'true';
      return;
    }
    await useApp.getState().load();
    const settings = useApp.getState().info!.settings;
    await initI18n(settings.language ?? systemLanguage());
    applyTheme(settings.theme);
    const migrated = useApp.getState().info!.migrated.length;
    if (migrated) useApp.getState().toast({ kind: 'info', message: i18next.t('toasts.migrated', { count: migrated }) });
  } catch (e) {
    // Without a workspace there is nothing to show but the reason.
    await initI18n(systemLanguage());
    root.render(<pre className="fatal">{e instanceof Error ? e.message : String(e)}</pre>);
    return;
  }
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  document.body.dataset.ready = 'true';
}

void start();
