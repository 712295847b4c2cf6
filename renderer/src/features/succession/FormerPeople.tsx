import { useTranslation } from 'react-i18next';
import { departureOf } from '../../../../shared/logic/succession';
import { formatDate } from '../../../../shared/logic/date-text';
import { DOSSIER_FIELDS } from '../../../../shared/model/person';
import { currentLanguage } from '../../app/i18n';
import { useChart } from '../canvas/chart-store';

/** The account's former people: who left which post when and how, who holds it now, and their dossier. */
export function FormerPeople() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const account = useChart((s) => s.account);
  if (!account) return null;
  const people = [...account.formerPeople].reverse();
  return (
    <div className="former-people" data-testid="former-people">
      <p className="muted">{t('succession.former.intro')}</p>
      {people.length === 0 && <p className="muted">{t('succession.former.none')}</p>}
      <ul className="former-list">
        {people.map((p) => {
          const left = departureOf(account, p.id);
          const post = left?.post;
          const dossier = DOSSIER_FIELDS.filter((f) => p.dossier[f]);
          return (
            <li key={p.id} className="former-person" data-person-id={p.id}>
              <div>
                <strong>{p.name}</strong> <span className="former-badge">{t('succession.former.badge')}</span>
                {p.title && <span className="muted"> · {p.title}</span>}
              </div>
              {left && (
                <div className="muted">
                  {t('succession.former.left', {
                    date: formatDate(left.succession.leftOn, lang),
                    how: t(`succession.kinds.${left.succession.how}`),
                  })}
                  {' · '}
                  {!post
                    ? t('succession.former.postGone', { title: left.succession.postTitle })
                    : post.placeholder
                      ? t('succession.former.vacantNow')
                      : t('succession.former.heldBy', { name: post.name })}
                </div>
              )}
              {left?.succession.note && <p>{left.succession.note}</p>}
              {dossier.length > 0 && (
                <details>
                  <summary>{t('succession.former.dossier')}</summary>
                  <dl className="former-dossier">
                    {dossier.map((f) => (
                      <div key={f}>
                        <dt>{t(`person.dossier.${f}`)}</dt>
                        <dd>{p.dossier[f]}</dd>
                      </div>
                    ))}
                  </dl>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
