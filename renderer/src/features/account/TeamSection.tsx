import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../../../shared/model/account';
import { newId } from '../../../../shared/model/ids';
import { EditableTable } from '../../ui/EditableTable';
import type { AccountSectionProps } from './sections';

/** Our own bid team: who they are, and what they could share with the client's people. */
export function TeamSection({ account, edit }: AccountSectionProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="section-head">
        <p className="hint">{t('accountInfo.team.help')}</p>
        <button type="button" className="button button-small" onClick={() => edit((a) => ({ team: [...a.team, { id: newId('tm'), name: '', role: '', hometown: '', university: '', interests: '' }] }))}>
          + {t('accountInfo.team.add')}
        </button>
      </div>
      <EditableTable<TeamMember>
        caption={t('accountInfo.sections.team')}
        rows={account.team}
        rowName={(m) => m.name}
        columns={(['name', 'role', 'hometown', 'university', 'interests'] as const).map((key) => ({ key, label: t(`accountInfo.team.${key}`), maxLength: key === 'interests' ? 10000 : 200 }))}
        onChange={(id, change, session) => edit((a) => ({ team: a.team.map((m) => (m.id === id ? { ...m, ...change } : m)) }), session)}
        onRemove={(id) => edit((a) => ({ team: a.team.filter((m) => m.id !== id) }))}
        removeLabel={t('accountInfo.remove')}
        empty={t('accountInfo.team.empty')}
      />
    </>
  );
}
