import { useTranslation } from 'react-i18next';
import { KeysDialog } from '../../ui/KeysDialog';
import { modKeyName } from '../../ui/shortcuts';

/** `?` in the Plan: every key of the action list on one card, as the canvas's cheat sheet does for the chart. */
export function PlanCheatSheet({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const mod = modKeyName();
  const rows: [string, string][] = [
    ['N', t('plan.keys.new')],
    ['↑ ↓ / Home End', t('plan.keys.move')],
    ['Enter / F2', t('plan.keys.edit')],
    ['D', t('plan.keys.due')],
    ['O', t('plan.keys.owner')],
    ['Space', t('plan.keys.done')],
    ['Delete / Backspace', t('plan.keys.drop')],
    [`${mod}+Z / ${mod}+Shift+Z`, t('plan.keys.undo')],
    ['Esc', t('plan.keys.back')],
    ['?', t('plan.keys.help')],
  ];
  return <KeysDialog title={t('plan.keys.title')} rows={rows} testId="plan-keys" onClose={onClose} />;
}
