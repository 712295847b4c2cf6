import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { HomeScreen } from '../features/accounts/HomeScreen';
import { PrintScreen } from '../features/briefing/PrintScreen';
import { AccountScreen } from '../features/canvas/AccountScreen';
import { NotebookScreen } from '../features/itinerary/NotebookScreen';
import { PortfolioScreen } from '../features/portfolio/PortfolioScreen';
import { SearchButton } from '../features/search/SearchButton';
import { SearchPalette } from '../features/search/SearchPalette';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { SharingLayer } from '../features/sharing/SharingLayer';
import { useIdleLock } from '../features/vault/useIdleLock';
import { useTeamEvents } from '../features/team/useTeamEvents';
import { StorageBanner } from '../features/storage/StorageBanner';
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
  useIdleLock();
  useTeamEvents();

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
        <Link href="/portfolio" className={location === '/portfolio' ? 'nav-link active' : 'nav-link'}>
          {t('portfolio.nav')}
        </Link>
        <Link href="/notebook" className={location === '/notebook' ? 'nav-link active' : 'nav-link'}>
          {t('notebook.nav')}
        </Link>
        <Link href="/settings" className={location === '/settings' ? 'nav-link active' : 'nav-link'}>
          {t('nav.settings')}
        </Link>
        <span className="spacer" />
        <SearchButton />
        <span className="muted tagline">{t('app.tagline')}</span>
      </nav>
      <StorageBanner />
      <Switch>
        <Route path="/">
          <HomeScreen />
        </Route>
        <Route path="/portfolio">
          <PortfolioScreen />
        </Route>
        <Route path="/settings">
          <SettingsScreen />
        </Route>
        <Route path="/notebook">
          <NotebookScreen />
        </Route>
        {/* One route for every view of an account, so moving between them keeps the chart. */}
        <Route path="/accounts/:id/*?">{(params) => <AccountScreen key={params.id} id={params.id} rest={params['*'] ?? ''} />}</Route>
      </Switch>
      <Toasts />
      <SearchPalette />
      <SharingLayer />
    </div>
  );
}

export function App() {
  return (
    <Router hook={useHashLocation}>
      <Switch>
        {/* Print routes are the document alone: what a printer (or the preview) shows. */}
        <Route path="/print/*?">
          <PrintScreen />
        </Route>
        <Route>
          <Shell />
        </Route>
      </Switch>
    </Router>
  );
}
