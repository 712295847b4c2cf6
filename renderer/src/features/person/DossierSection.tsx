import { useTranslation } from 'react-i18next';
import { TEXT_MAX } from '../../../../shared/model/ids';
import { commonGround } from '../../../../shared/logic/common-ground';
import type { TeamMember } from '../../../../shared/model/account';
import { DOSSIER_FIELDS, type Dossier } from '../../../../shared/model/person';
import { BufferedText } from '../../ui/BufferedText';
import { DateField } from '../../ui/Fields';
import type { SectionProps } from './sections';

const SHORT: readonly (keyof Dossier)[] = ['hometown', 'university'];

/** The twelve dossier fields, birthday and notes, with what the person shares with our team. */
export function DossierSection({ person: p, edit, commit, team }: SectionProps & { team: readonly TeamMember[] }) {
  const { t } = useTranslation();
  const set = (key: keyof Dossier) => (value: string, session?: string) =>
    session
      ? commit((q) => ({ ...q, dossier: { ...q.dossier, [key]: value } }), `dossier.${key}:${session}`)
      : edit((q) => ({ ...q, dossier: { ...q.dossier, [key]: value } }));
  return (
    <>
      <CommonGround dossier={p.dossier} team={team} />
      <div className="section-grid">
        {DOSSIER_FIELDS.map((key) =>
          key === 'birthday' ? (
            <DateField
              key={key}
              label={t('person.dossier.birthday')}
              value={p.dossier.birthday}
              onChange={set('birthday')}
              allowNoYear
            />
          ) : (
            <BufferedText
              key={key}
              label={t(`person.dossier.${key}`)}
              value={p.dossier[key]}
              multiline={!SHORT.includes(key)}
              maxLength={key === 'notes' ? 20000 : SHORT.includes(key) ? 200 : TEXT_MAX}
              onCommit={set(key)}
            />
          ),
        )}
      </div>
    </>
  );
}

function CommonGround({ dossier, team }: { dossier: Dossier; team: readonly TeamMember[] }) {
  const { t } = useTranslation();
  const found = commonGround(dossier, team);
  const name = (id: string) => team.find((m) => m.id === id)?.name ?? '';
  return (
    <section className="common-ground" aria-label={t('person.commonGround')}>
      <h3>{t('person.commonGround')}</h3>
      {found.length === 0 ? (
        <p className="muted small">{t('person.commonGroundNone')}</p>
      ) : (
        <ul>
          {found.map((g, i) => (
            <li key={i}>{t('person.commonGroundItem', { member: name(g.memberId), field: t(`person.dossier.${g.field}`), theirs: g.theirs, ours: g.ours })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
