import { useTranslation } from 'react-i18next';
import { KeysDialog } from '../../ui/KeysDialog';
import { modKeyName } from '../../ui/shortcuts';

/** `?`: every canvas shortcut on one card. */
export function CheatSheet({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const mod = modKeyName();
  const rows: [string, string][] = [
    ['N', t('chart.cheatSheet.add')],
    ['Tab', t('chart.cheatSheet.addReport')],
    ['I', t('chart.cheatSheet.panel')],
    ['F2 / Enter', t('chart.cheatSheet.rename')],
    ['Enter / Esc', t('chart.cheatSheet.commit')],
    ['Delete / Backspace', t('chart.cheatSheet.delete')],
    [`${mod}+D`, t('chart.cheatSheet.duplicate')],
    [`${mod}+C / ${mod}+V`, t('chart.cheatSheet.copyPaste')],
    [`${mod}+A`, t('chart.cheatSheet.selectAll')],
    [t('chart.cheatSheet.multiKeys'), t('chart.cheatSheet.multi')],
    ['← ↑ → ↓', t('chart.cheatSheet.move')],
    [`${mod}+Z / ${mod}+Shift+Z`, t('chart.cheatSheet.undoRedo')],
    [`${mod}+F`, t('chart.cheatSheet.find')],
    ['L / Shift+L', t('chart.cheatSheet.layout')],
    ['Shift+1 / Shift+2', t('chart.cheatSheet.fit')],
    ['?', t('chart.cheatSheet.help')],
  ];
  return (
    <KeysDialog title={t('chart.cheatSheet.title')} rows={rows} onClose={onClose}>
      <p className="muted">{t('chart.cheatSheet.connect')}</p>
      <p className="muted">{t('chart.cheatSheet.menu')}</p>
    </KeysDialog>
  );
}
