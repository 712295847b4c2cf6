import { useTranslation } from 'react-i18next';
import { modKeyName } from '../../ui/shortcuts';
import { usePalette } from './palette-store';

/** The top bar's way into search everywhere, showing its shortcut. */
export function SearchButton() {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button-small topbar-search"
      onClick={usePalette.getState().show}
      title={t('search.openShortcut', { mod: modKeyName() })}
    >
      <span>⌕ {t('search.open')}</span>
      <kbd aria-hidden="true">{modKeyName()}+K</kbd>
    </button>
  );
}
