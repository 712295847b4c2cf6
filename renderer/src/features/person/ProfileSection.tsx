import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/model/account';
import type { Person } from '../../../../shared/model/person';
import { ATTITUDES, BUYING_ROLES, CUSTOMER_TYPES, type Attitude, type CustomerType } from '../../../../shared/taxonomy/keys';
import { ATTITUDE_TERMS, BUYING_ROLE_TERMS, CUSTOMER_TYPE_TERMS } from '../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../app/i18n';
import { BufferedText } from '../../ui/BufferedText';
import { CheckField, SelectField } from '../../ui/Fields';
import type { SectionProps } from './sections';

/** Who the person is: names, contact, customer type, buying roles, attitude, influence. */
export function ProfileSection({ person: p, account, edit, commit }: SectionProps & { account: Account }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  // Typed (with a session): the field shows a refusal; chosen: a toast says it.
  const set = <K extends keyof Person>(key: K) => (value: Person[K], session?: string) =>
    session ? commit((q) => ({ ...q, [key]: value }), `${key}:${session}`) : edit((q) => ({ ...q, [key]: value }));
  const type = p.customerType ? CUSTOMER_TYPE_TERMS[p.customerType] : null;
  return (
    <div className="section-grid">
      <BufferedText label={t('person.fields.name')} value={p.name} maxLength={200} onCommit={set('name')} />
      <BufferedText label={t('person.fields.alternateName')} value={p.alternateName} maxLength={200} onCommit={set('alternateName')} />
      <BufferedText label={t('person.fields.title')} value={p.title} maxLength={300} onCommit={set('title')} className="field-wide" />
      <SelectField
        label={t('person.fields.department')}
        value={p.departmentId}
        none={t('person.fields.noDepartment')}
        options={account.departments.map((d) => ({ value: d.id, label: d.name }))}
        onChange={set('departmentId')}
      />
      <BufferedText label={t('person.fields.phone')} type="tel" value={p.phone} maxLength={100} onCommit={set('phone')} />
      <BufferedText label={t('person.fields.email')} type="email" value={p.email} maxLength={300} onCommit={set('email')} />
      <SelectField<CustomerType>
        label={t('person.fields.customerType')}
        value={p.customerType}
        none={t('person.fields.notSet')}
        options={CUSTOMER_TYPES.map((c) => ({ value: c, label: CUSTOMER_TYPE_TERMS[c].label[lang], title: CUSTOMER_TYPE_TERMS[c].description[lang] }))}
        onChange={set('customerType')}
      />
      {type && <p className="field-wide hint">{t('person.fields.concerns', { concerns: type.concerns[lang] })}</p>}
      <fieldset className="field-wide roles">
        <legend className="field-label">{t('person.fields.roles')}</legend>
        {BUYING_ROLES.map((r) => (
          <CheckField
            key={r}
            checked={p.roles.includes(r)}
            title={BUYING_ROLE_TERMS[r].description[lang]}
            label={
              <>
                {BUYING_ROLE_TERMS[r].label[lang]} <span className="muted small">{BUYING_ROLE_TERMS[r].description[lang]}</span>
              </>
            }
            onChange={(on) => edit((q) => ({ ...q, roles: on ? BUYING_ROLES.filter((x) => x === r || q.roles.includes(x)) : q.roles.filter((x) => x !== r) }))}
          />
        ))}
      </fieldset>
      <SelectField<Attitude>
        label={t('person.fields.attitude')}
        value={p.attitude}
        options={ATTITUDES.map((a) => ({ value: a, label: ATTITUDE_TERMS[a].label[lang], title: ATTITUDE_TERMS[a].description[lang] }))}
        onChange={(a) => a && edit((q) => ({ ...q, attitude: a }))}
      />
      <SelectField<'1' | '2' | '3' | '4' | '5'>
        label={t('person.fields.influence')}
        value={String(p.influence) as '1'}
        options={(['1', '2', '3', '4', '5'] as const).map((n) => ({ value: n, label: n }))}
        onChange={(n) => n && edit((q) => ({ ...q, influence: Number(n) }))}
      />
      <CheckField label={t('person.fields.keyPerson')} checked={p.keyPerson} onChange={(on) => edit((q) => ({ ...q, keyPerson: on }))} />
      <CheckField
        label={t('person.fields.placeholder')}
        title={t('person.fields.placeholderHelp')}
        checked={p.placeholder}
        onChange={(on) => edit((q) => ({ ...q, placeholder: on }))}
      />
    </div>
  );
}
