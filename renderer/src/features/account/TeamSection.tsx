import { useTranslation } from 'react-i18next';
import type { TeamMember } from '../../../../shared/model/account';
import { newId, TEXT_MAX } from '../../../../shared/model/ids';
import { EditableTable } from '../../ui/EditableTable';
import type { ChartPatchInput } from '../../../../shared/model/chart-patch';
import type { AccountSectionProps } from './sections';

/** Our own bid team: who they are, and what they could share with the client's people. */
export function TeamSection({ account, edit, commit, editChart }: AccountSectionProps & { editChart(patch: ChartPatchInput): boolean }) {
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
        columns={(['name', 'role', 'hometown', 'university', 'interests'] as const).map((key) => ({ key, label: t(`accountInfo.team.${key}`), maxLength: key === 'interests' ? TEXT_MAX : 200 }))}
        onChange={(id, change, session) => commit((a) => ({ team: a.team.map((m) => (m.id === id ? { ...m, ...change } : m)) }), session)}
        onRemove={(id) =>
          // One step: the member leaves, and so do the people's records of them (owner, coverage, who was there).
          editChart({
            fields: { team: account.team.filter((m) => m.id !== id) },
            people: account.people
              .filter((p) => p.relationship.ownerId === id || p.relationship.coverage.some((c) => c.memberId === id) || p.activities.some((a) => a.memberIds.includes(id)))
              .map((p) => ({
                ...p,
                relationship: { ...p.relationship, ownerId: p.relationship.ownerId === id ? null : p.relationship.ownerId, coverage: p.relationship.coverage.filter((c) => c.memberId !== id) },
                activities: p.activities.map((a) => (a.memberIds.includes(id) ? { ...a, memberIds: a.memberIds.filter((m) => m !== id) } : a)),
              })),
          })
        }
        removeLabel={t('accountInfo.remove')}
        empty={t('accountInfo.team.empty')}
      />
    </>
  );
}
