import { useTranslation } from 'react-i18next';
import type { ContactsRead } from '../../../../shared/ipc/contract';
import { CONTACT_FIELDS, type ContactField, type ContactMapping } from '../../../../shared/logic/contacts/mapping';

interface Props {
  read: ContactsRead;
  mapping: ContactMapping;
  onMapping(m: ContactMapping): void;
  accountName: string;
  onAccountName(name: string): void;
}

/** Up to three non-empty values of a column from the sample rows. */
const sampleOf = (read: ContactsRead, column: number | null): string[] =>
  column === null
    ? []
    : read.sample
        .map((r) => (r[column] ?? '').trim())
        .filter(Boolean)
        .slice(0, 3);

/** One select per field, the guessed column preselected, with a few of its values to check against. */
export function MappingStep({ read, mapping, onMapping, accountName, onAccountName }: Props) {
  const { t } = useTranslation();
  const choose = (field: ContactField, value: string) => {
    const column = value === '' ? null : Number(value);
    const next: ContactMapping = { ...mapping, [field]: column };
    // A column fills one field: choosing it here takes it from the field that had it.
    for (const f of CONTACT_FIELDS) if (f !== field && column !== null && next[f] === column) next[f] = null;
    onMapping(next);
  };
  return (
    <div className="contacts-mapping">
      <p className="muted">{t('contacts.mappingHelp')}</p>
      <table className="contacts-table">
        <tbody>
          {CONTACT_FIELDS.map((field) => {
            const sample = sampleOf(read, mapping[field]);
            const label = t(`contacts.field.${field}`);
            return (
              <tr key={field}>
                <th scope="row">
                  <label htmlFor={`contact-field-${field}`}>{label}</label>
                </th>
                <td>
                  <select
                    id={`contact-field-${field}`}
                    aria-label={t('contacts.column', { field: label })}
                    value={mapping[field] ?? ''}
                    onChange={(e) => choose(field, e.target.value)}
                    data-testid={`map-${field}`}
                  >
                    <option value="">{t('contacts.noColumn')}</option>
                    {read.headers.map((h, i) => (
                      <option key={i} value={i}>
                        {`${i + 1}. ${h || t('contacts.noHeader')}`}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="contacts-sample muted">
                  {mapping[field] === null ? '' : sample.length ? t('contacts.sample', { values: sample.join(' · ') }) : t('contacts.noSample')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <label className="contacts-check">
        <input type="checkbox" checked={mapping.restToNotes} onChange={(e) => onMapping({ ...mapping, restToNotes: e.target.checked })} />
        {t('contacts.restToNotes')}
      </label>
      <label className="field contacts-account">
        <span>{t('contacts.accountName')}</span>
        <input value={accountName} maxLength={200} onChange={(e) => onAccountName(e.target.value)} />
        <small className="muted">{t('contacts.accountHelp')}</small>
      </label>
    </div>
  );
}
