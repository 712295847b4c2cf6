import type { TFunction } from 'i18next';
import { byDue, openActionsFor } from '../../../../shared/logic/plan/actions';
import { commonGround } from '../../../../shared/logic/common-ground';
import { reliabilityOf } from '../../../../shared/logic/reliability';
import { windowAhead } from '../../../../shared/logic/dates';
import { tripInWindow } from '../../../../shared/logic/itinerary/trips';
import type { Account } from '../../../../shared/model/account';
import { DOSSIER_FIELDS, type Person } from '../../../../shared/model/person';
import type { Language, RedactionLevel } from '../../../../shared/taxonomy/keys';
import { ACTIVITY_KIND_TERMS, ALIGNMENT_TERMS, ATTITUDE_TERMS, BUYING_ROLE_TERMS, CUSTOMER_TYPE_TERMS, STAGE_TERMS } from '../../../../shared/taxonomy/labels';
import { listItems } from '../../../../shared/i18n/lists';
import { formatDate, formatDateRange } from '../../../../shared/logic/date-text';
import { PersonStrategyPrint } from './StrategyPrint';

const RECENT = 5;
const AHEAD_DAYS = 60;

/** A definition list that leaves out empty values. */
export function Facts({ rows }: { rows: [string, string | null | undefined][] }) {
  const shown = rows.filter(([, v]) => v && v.trim());
  if (!shown.length) return null;
  return (
    <dl className="facts">
      {shown.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * One person: profile, and as the level allows motives, target, leaning, the criteria they care
 * about and their influence plan, stage and reliability, common ground,
 * recent activities, upcoming trips, dossier. Fields the level left out are empty in the data.
 */
export function PersonBrief({ person: p, account, level, t, lang, today }: { person: Person; account: Account; level: RedactionLevel; t: TFunction; lang: Language; today: string }) {
  const dept = account.departments.find((d) => d.id === p.departmentId)?.name;
  const manager = account.links.find((l) => l.kind === 'reportsTo' && !l.dotted && l.source === p.id);
  const managerName = manager ? account.people.find((x) => x.id === manager.target)?.name : undefined;
  const team = level !== 'map';
  const full = level === 'full';
  const reliability = full ? reliabilityOf(p, today) : null;
  const ground = full ? commonGround(p.dossier, account.team) : [];
  const memberName = (id: string) => account.team.find((m) => m.id === id)?.name ?? '';
  const recent = [...p.activities].filter((a) => a.date <= today).sort((a, b) => b.date.localeCompare(a.date)).slice(0, RECENT);
  const actions = team ? byDue(openActionsFor(account, p.id)) : [];
  const trips = p.itinerary.filter((trip) => tripInWindow(trip, windowAhead(today, AHEAD_DAYS))).sort((a, b) => a.from.localeCompare(b.from));
  return (
    <article className="person-brief" aria-label={p.name}>
      <h3>
        {p.name}
        {p.alternateName && <span className="muted"> {p.alternateName}</span>}
        {team && p.keyPerson && <span className="key-mark"> ★</span>}
      </h3>
      <Facts
        rows={[
          [t('person.fields.title'), p.title],
          [t('person.fields.department'), dept],
          [t('briefing.person.reportsTo'), managerName],
          [t('person.fields.roles'), listItems(p.roles.map((r) => BUYING_ROLE_TERMS[r].label[lang]), lang)],
          [t('person.fields.customerType'), team && p.customerType ? `${CUSTOMER_TYPE_TERMS[p.customerType].label[lang]} — ${CUSTOMER_TYPE_TERMS[p.customerType].concerns[lang]}` : null],
          [t('person.fields.attitude'), team ? ATTITUDE_TERMS[p.attitude].label[lang] : null],
          [t('person.fields.influence'), team ? `${p.influence} / 5` : null],
          [t('person.relationship.stage'), team ? STAGE_TERMS[p.relationship.stage].label[lang] : null],
          [t('person.fields.phone'), p.phone],
          [t('person.fields.email'), p.email],
        ]}
      />
      {team && (
        <Facts
          rows={[
            [t('person.motives.organizational'), p.motives.organizational],
            [t('person.motives.personal'), p.motives.personal],
            [t('person.motives.alignment'), p.motives.alignment ? ALIGNMENT_TERMS[p.motives.alignment].label[lang] : null],
            [t('person.motives.evidence'), p.motives.evidence],
            [t('person.motives.fears'), p.motives.fears],
            [t('person.motives.ourOffer'), p.motives.ourOffer],
          ]}
        />
      )}
      {team && <PersonStrategyPrint person={p} account={account} t={t} lang={lang} />}
      {reliability && (
        <p className="small">
          <strong>{t('person.relationship.reliability', { score: reliability.score })}</strong>
        </p>
      )}
      {ground.length > 0 && (
        <>
          <h4>{t('person.commonGround')}</h4>
          <ul className="small">
            {ground.map((g, i) => (
              <li key={i}>{t('person.commonGroundItem', { member: memberName(g.memberId), field: t(`person.dossier.${g.field}`), theirs: g.theirs, ours: g.ours })}</li>
            ))}
          </ul>
        </>
      )}
      {full && recent.length > 0 && (
        <>
          <h4>{t('briefing.person.recent')}</h4>
          <ul className="small">
            {recent.map((a) => (
              <li key={a.id}>
                {formatDate(a.date, lang)} · {ACTIVITY_KIND_TERMS[a.kind].label[lang]}: {a.summary}
              </li>
            ))}
          </ul>
        </>
      )}
      {team && actions.length > 0 && (
        <>
          <h4>{t('briefing.person.actions')}</h4>
          <ul className="small">
            {actions.map((a) => (
              <li key={a.id}>{t('briefing.person.action', { step: a.text, due: formatDate(a.due, lang) || '—' })}</li>
            ))}
          </ul>
        </>
      )}
      {full && trips.length > 0 && (
        <>
          <h4>{t('briefing.person.trips')}</h4>
          <ul className="small">
            {trips.map((trip) => (
              <li key={trip.id}>
                {formatDateRange(trip.from, trip.to, lang)} · {trip.city} {trip.place && `· ${trip.place}`}{' '}
                {trip.purpose && `· ${trip.purpose}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {full && (
        <Facts rows={DOSSIER_FIELDS.map((k) => [t(`person.dossier.${k}`), k === 'birthday' ? formatDate(p.dossier[k], lang) : p.dossier[k]] as [string, string])} />
      )}
    </article>
  );
}
