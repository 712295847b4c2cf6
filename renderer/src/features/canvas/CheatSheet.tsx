import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
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
    <Dialog
      title={t('chart.cheatSheet.title')}
      onClose={onClose}
      onSubmit={onClose}
      actions={
        <button type="submit" className="button button-primary">
          {t('chart.close')}
        </button>
      }
    >
      <table className="cheat-sheet">
        <tbody>
          {rows.map(([keys, what]) => (
            <tr key={keys}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t('chart.cheatSheet.connect')}</p>
      <p className="muted">{t('chart.cheatSheet.menu')}</p>
    </Dialog>
  );
}
