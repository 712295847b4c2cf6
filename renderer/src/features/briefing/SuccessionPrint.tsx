import type { TFunction } from 'i18next';
import { formatDate } from '../../../../shared/logic/date-text';
import type { Account } from '../../../../shared/model/account';
import { DOSSIER_FIELDS } from '../../../../shared/model/person';
import type { Language, RedactionLevel } from '../../../../shared/taxonomy/keys';
import { Facts } from './PersonBrief';

// Issue 18 in the briefing: who held which post when is map level, so "Changes of post" prints at
// every level; the notes on why someone left and former people's dossiers are full, and the
// services hand the page neither below full (shared/logic/redaction.ts).

interface Props {
  account: Account;
  level: RedactionLevel;
  t: TFunction;
  lang: Language;
}

const byLeftOn = (account: Account) =>
  [...account.successions].sort((a, b) => (a.leftOn < b.leftOn ? -1 : a.leftOn > b.leftOn ? 1 : a.id < b.id ? -1 : 1));

/** Each change of post, oldest first: the day, the post, who left and how, who holds it since when (and the note, at full). */
export function ChangesOfPostPrint({ account, level, t, lang }: Props) {
  if (!account.successions.length) return null;
  const named = (id: string) =>
    (account.people.find((p) => p.id === id) ?? account.formerPeople.find((p) => p.id === id))?.name || t('briefing.succession.unknown');
  const withNotes = level === 'full' && account.successions.some((s) => s.note.trim());
  return (
    <>
      <h2>{t('briefing.succession.title')}</h2>
      <table className="print-table" data-testid="changes-of-post">
        <thead>
          <tr>
            <th>{t('briefing.succession.leftOn')}</th>
            <th>{t('briefing.succession.post')}</th>
            <th>{t('briefing.succession.left')}</th>
            <th>{t('briefing.succession.successor')}</th>
            {withNotes && <th>{t('briefing.succession.note')}</th>}
          </tr>
        </thead>
        <tbody>
          {byLeftOn(account).map((s) => (
            <tr key={s.id}>
              <td>{formatDate(s.leftOn, lang)}</td>
              <td>{s.postTitle || '—'}</td>
              <td>{t('briefing.succession.leftHow', { name: named(s.id), how: t(`succession.kinds.${s.how}`) })}</td>
              <td>
                {s.successorSince
                  ? t('briefing.succession.inPost', { name: named(s.postId), date: formatDate(s.successorSince, lang) })
                  : t('briefing.succession.vacant')}
              </td>
              {withNotes && <td>{s.note}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Former people with their dossiers: full level only. */
export function FormerPeoplePrint({ account, level, t, lang }: Props) {
  if (level !== 'full' || !account.formerPeople.length) return null;
  return (
    <>
      <h2>{t('briefing.succession.former')}</h2>
      {account.formerPeople.map((p) => {
        const left = account.successions.find((s) => s.id === p.id);
        return (
          <article key={p.id} className="person-brief" aria-label={p.name} data-testid="former-person">
            <h3>
              {p.name}
              {p.alternateName && <span className="muted"> {p.alternateName}</span>}
            </h3>
            {left && (
              <p className="small">
                {t('briefing.succession.formerLeft', {
                  post: left.postTitle || p.title,
                  date: formatDate(left.leftOn, lang),
                  how: t(`succession.kinds.${left.how}`),
                })}
              </p>
            )}
            <Facts
              rows={DOSSIER_FIELDS.map(
                (k) => [t(`person.dossier.${k}`), k === 'birthday' ? formatDate(p.dossier[k], lang) : p.dossier[k]] as [string, string],
              )}
            />
          </article>
        );
      })}
    </>
  );
}
