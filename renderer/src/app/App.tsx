import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { HomeScreen } from '../features/accounts/HomeScreen';
import { AccountScreen } from '../features/canvas/AccountScreen';
import { SearchButton } from '../features/search/SearchButton';
import { SearchPalette } from '../features/search/SearchPalette';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { Toasts } from '../ui/Toasts';
import { setLanguage, systemLanguage } from './i18n';
import { useMenuCommands } from './menu';
import { useApp } from './store';
import { applyTheme } from './theme';

function Shell() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const settings = useApp((s) => s.info?.settings);
  useMenuCommands();

  useEffect(() => {
    if (!settings) return;
    void setLanguage(settings.language ?? systemLanguage());
    applyTheme(settings.theme);
  }, [settings]);

  return (
    <div className="shell">
      <nav className="topbar" aria-label="Bidmap">
        <span className="brand">{t('app.name')}</span>
        <Link href="/" className={location === '/' ? 'nav-link active' : 'nav-link'}>
          {t('nav.home')}
        </Link>
        <Link href="/settings" className={location === '/settings' ? 'nav-link active' : 'nav-link'}>
          {t('nav.settings')}
        </Link>
        <span className="spacer" />
        <SearchButton />
        <span className="muted tagline">{t('app.tagline')}</span>
      </nav>
      <Switch>
        <Route path="/">
          <HomeScreen />
        </Route>
        <Route path="/settings">
          <SettingsScreen />
        </Route>
        {/* A person's link (from search): the account's chart; the chart focuses the person. */}
        <Route path="/accounts/:id/people/:personId">{(params) => <AccountScreen key={params.id} id={params.id} />}</Route>
        <Route path="/accounts/:id">{(params) => <AccountScreen key={params.id} id={params.id} />}</Route>
      </Switch>
      <Toasts />
      <SearchPalette />
    </div>
  );
}

export function App() {
  return (
    <Router hook={useHashLocation}>
      <Shell />
    </Router>
  );
}
