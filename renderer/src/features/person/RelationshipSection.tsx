import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { lastContactOf } from '../../../../shared/logic/coverage';
import { reliabilityOf, type ReliabilityReason } from '../../../../shared/logic/reliability';
import type { TeamMember } from '../../../../shared/model/account';
import { RELATIONSHIP_STAGES, type RelationshipStage } from '../../../../shared/taxonomy/keys';
import { STAGE_TERMS } from '../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../app/i18n';
import { BufferedText } from '../../ui/BufferedText';
import { SelectField } from '../../ui/Fields';
import { localToday } from '../../ui/format';
import { ActivityLog } from './ActivityLog';
import { TargetFields } from './plan/TargetFields';
import type { SectionProps } from './sections';
import { formatDate } from '../../../../shared/logic/date-text';

/** Stage and its history, who of our team knows the person, how reliable it is, what happened. */
export function RelationshipSection({ person: p, edit, commit, team }: SectionProps & { team: readonly TeamMember[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const today = localToday();
  const r = p.relationship;
  const stageLabel = (s: RelationshipStage | null) => (s ? STAGE_TERMS[s].label[lang] : '—');
  const reliability = reliabilityOf(p, today);
  const last = lastContactOf(p, today);

  const setStage = (to: RelationshipStage | null) =>
    to &&
    to !== r.stage &&
    edit((q) => ({
      ...q,
      relationship: { ...q.relationship, stage: to, history: [...q.relationship.history, { date: today, from: q.relationship.stage, to, why: '' }] },
    }));
  const setCloseness = (memberId: string, closeness: number | null) =>
    edit((q) => {
      const rest = q.relationship.coverage.filter((c) => c.memberId !== memberId);
      return { ...q, relationship: { ...q.relationship, coverage: closeness ? [...rest, { memberId, closeness }] : rest } };
    });

  return (
    <>
      <div className="section-grid">
        <SelectField<RelationshipStage>
          label={t('person.relationship.stage')}
          value={r.stage}
          options={RELATIONSHIP_STAGES.map((s) => ({ value: s, label: STAGE_TERMS[s].label[lang], title: STAGE_TERMS[s].description[lang] }))}
          onChange={setStage}
        />
        <SelectField
          label={t('person.relationship.owner')}
          value={r.ownerId}
          none={t('person.relationship.noOwner')}
          options={team.map((m) => ({ value: m.id, label: m.name }))}
          onChange={(ownerId) => edit((q) => ({ ...q, relationship: { ...q.relationship, ownerId } }))}
        />
        <TargetFields person={p} edit={edit} />
      </div>

      <section className="reliability" aria-label={t('person.relationship.reliability', { score: reliability.score })}>
        <h3>
          {t('person.relationship.reliability', { score: reliability.score })}
          <meter min={0} max={100} low={40} high={70} optimum={100} value={reliability.score} />
        </h3>
        <ul className="small">
          {reliability.reasons.map((reason) => (
            <li key={reason.factor}>{reasonText(reason, t, stageLabel)}</li>
          ))}
        </ul>
        <p className="small muted">
          {last
            ? t('person.relationship.lastContact', { date: formatDate(last, lang) })
            : t('person.relationship.neverContacted')}
        </p>
      </section>

      <h3>{t('person.relationship.history')}</h3>
      {r.history.length === 0 ? (
        <p className="muted small">{t('person.relationship.historyEmpty')}</p>
      ) : (
        <ol className="history">
          {r.history.map((h, i) => (
            <li key={i}>
              <span>
                {t('person.relationship.historyRow', {
                  date: formatDate(h.date, lang),
                  from: stageLabel(h.from),
                  to: stageLabel(h.to),
                })}
              </span>
              <BufferedText
                label={t('person.relationship.why')}
                placeholder={t('person.relationship.whyPlaceholder')}
                value={h.why}
                onCommit={(why, session) =>
                  commit((q) => ({ ...q, relationship: { ...q.relationship, history: q.relationship.history.map((x, j) => (j === i ? { ...x, why } : x)) } }), `history.${i}:${session}`)
                }
              />
            </li>
          ))}
        </ol>
      )}

      <h3>{t('person.relationship.coverage')}</h3>
      {team.length === 0 ? (
        <p className="muted small">{t('person.relationship.noTeam')}</p>
      ) : (
        <div className="section-grid">
          {team.map((m) => (
            <SelectField<'1' | '2' | '3' | '4' | '5'>
              key={m.id}
              label={m.role ? `${m.name} (${m.role})` : m.name}
              value={(String(r.coverage.find((c) => c.memberId === m.id)?.closeness ?? '') || null) as '1' | null}
              none={t('person.relationship.notCovered')}
              options={(['1', '2', '3', '4', '5'] as const).map((n) => ({ value: n, label: `${t('person.relationship.closeness')} ${n}/5` }))}
              onChange={(n) => setCloseness(m.id, n ? Number(n) : null)}
            />
          ))}
        </div>
      )}

      <ActivityLog person={p} edit={edit} commit={commit} />
    </>
  );
}

function reasonText(reason: ReliabilityReason, t: TFunction, stageLabel: (s: RelationshipStage) => string): string {
  switch (reason.factor) {
    case 'stage':
      return t('person.relationship.reasonStage', { stage: stageLabel(reason.stage), points: reason.points, max: reason.max });
    case 'recency':
      return reason.days === null
        ? t('person.relationship.reasonNever', { max: reason.max })
        : t('person.relationship.reasonRecency', {
            date: formatDate(reason.lastContact, currentLanguage()),
            days: reason.days,
            points: reason.points,
            max: reason.max,
          });
    case 'evidence':
      return t('person.relationship.reasonEvidence', {
        points: reason.points,
        max: reason.max,
        evidence: t(reason.motiveEvidence ? 'person.relationship.yes' : 'person.relationship.no'),
        reason: t(reason.stageReason ? 'person.relationship.yes' : 'person.relationship.no'),
        activities: t('person.relationship.activityCount', { count: reason.activities }),
      });
  }
}
