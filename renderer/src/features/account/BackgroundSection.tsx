import { useTranslation } from 'react-i18next';
import type { Background } from '../../../../shared/model/account';
import { newId, TEXT_MAX } from '../../../../shared/model/ids';
import { BufferedText } from '../../ui/BufferedText';
import { EditableTable } from '../../ui/EditableTable';
import type { AccountSectionProps } from './sections';

const OVERVIEW = ['alternateName', 'industry', 'owner', 'territory'] as const;
const SHORT = ['phone', 'address', 'website', 'email'] as const;
const LONG = ['structure', 'usingDepartments', 'buyingDepartments', 'supportingDepartments', 'keyContacts', 'business', 'industryApplications', 'situation'] as const;
type Installed = Background['installedBase'][number];

/** Who the client is (DOMAIN.md §6): overview, contact, departments that use, buy and support, business, situation, installed base. */
export function BackgroundSection({ account, edit, commit }: AccountSectionProps) {
  const { t } = useTranslation();
  const setBackground = (key: keyof Background) => (value: string, session: string) =>
    commit((a) => ({ background: { ...a.background, [key]: value } }), `background.${key}:${session}`);
  const setInstalled = (change: (rows: Installed[]) => Installed[]) => edit((a) => ({ background: { ...a.background, installedBase: change(a.background.installedBase) } }));
  return (
    <>
      <div className="section-grid wide-grid">
        {OVERVIEW.map((key) => (
          <BufferedText key={key} label={t(`accountInfo.fields.${key}`)} value={account[key]} maxLength={200} onCommit={(v, s) => commit(() => ({ [key]: v }), `${key}:${s}`)} />
        ))}
        {SHORT.map((key) => (
          <BufferedText key={key} label={t(`accountInfo.background.${key}`)} value={account.background[key]} maxLength={300} onCommit={setBackground(key)} />
        ))}
        {LONG.map((key) => (
          <BufferedText key={key} label={t(`accountInfo.background.${key}`)} value={account.background[key]} multiline onCommit={setBackground(key)} />
        ))}
      </div>
      <div className="section-head">
        <h3>{t('accountInfo.installed.title')}</h3>
        <button type="button" className="button button-small" onClick={() => setInstalled((rows) => [...rows, { id: newId('inst'), product: '', vendor: '', quantity: '', since: '', notes: '' }])}>
          + {t('accountInfo.installed.add')}
        </button>
      </div>
      <EditableTable<Installed>
        caption={t('accountInfo.installed.title')}
        rows={account.background.installedBase}
        rowName={(r) => r.product}
        columns={(['product', 'vendor', 'quantity', 'since', 'notes'] as const).map((key) => ({ key, label: t(`accountInfo.installed.${key}`), maxLength: key === 'product' ? 300 : key === 'vendor' ? 200 : key === 'notes' ? TEXT_MAX : 100 }))}
        onChange={(id, change, session) => commit((a) => ({ background: { ...a.background, installedBase: a.background.installedBase.map((r) => (r.id === id ? { ...r, ...change } : r)) } }), session)}
        onRemove={(id) => setInstalled((rows) => rows.filter((r) => r.id !== id))}
        removeLabel={t('accountInfo.remove')}
        empty={t('accountInfo.installed.empty')}
      />
    </>
  );
}
