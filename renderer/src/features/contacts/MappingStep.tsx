import { useTranslation } from 'react-i18next';
import type { ContactsRead } from '../../../../shared/ipc/contract';
import { valueReader } from '../../../../shared/logic/contacts/build';
import { PICKABLE_ENCODINGS, type TextEncoding } from '../../../../shared/logic/contacts/encodings';
import {
  asColumns,
  columnsOf,
  CONTACT_FIELDS,
  MAPPED_FIELDS,
  MAX_PARTS,
  type ContactMapping,
  type MappedField,
} from '../../../../shared/logic/contacts/mapping';
import { cleanName } from '../../../../shared/logic/contacts/values';

interface Props {
  read: ContactsRead;
  mapping: ContactMapping;
  onMapping(m: ContactMapping): void;
  /** Read the file again in another encoding or under another header row. */
  onRevise(choice: { encoding?: TextEncoding; headerLine?: number }): void;
  busy: boolean;
  accountName: string;
  onAccountName(name: string): void;
}

/** Up to three non-empty values of a field from the sample rows, its columns combined as the import will. */
function sampleOf(read: ContactsRead, mapping: ContactMapping, field: MappedField): string[] {
  if (mapping[field] === null) return [];
  const value = valueReader(read.headers, mapping);
  return read.sample
    .map((cells) => value({ line: 0, cells }, field))
    .map((v) => (field === 'name' || field === 'nameParts' ? cleanName(v) : v))
    .filter(Boolean)
    .slice(0, 3);
}

/**
 * What the file was recognised as, how it was read (header row, encoding), then one row per field:
 * the guessed column preselected, more columns added with +, and a few values to check against.
 */
export function MappingStep({ read, mapping, onMapping, onRevise, busy, accountName, onAccountName }: Props) {
  const { t } = useTranslation();
  const setColumns = (field: MappedField, columns: number[]) => {
    const next: ContactMapping = { ...mapping, [field]: asColumns(columns) };
    // A column fills one field: choosing it here takes it from the field that had it.
    if (field !== 'nameParts') {
      for (const f of CONTACT_FIELDS)
        if (f !== field) next[f] = asColumns(columnsOf(next[f]).filter((c) => !columns.includes(c)));
    }
    onMapping(next);
  };
  const options = read.headers.map((h, i) => (
    <option key={i} value={i}>
      {`${i + 1}. ${h || t('contacts.noHeader')}`}
    </option>
  ));
  const encodings: readonly (TextEncoding | 'binary')[] = PICKABLE_ENCODINGS.includes(
    read.encoding as (typeof PICKABLE_ENCODINGS)[number],
  )
    ? PICKABLE_ENCODINGS
    : [read.encoding, ...PICKABLE_ENCODINGS];
  const encodingName = t(`contacts.encoding.${read.encoding}`);
  return (
    <div className="contacts-mapping">
      <p className={read.recognised ? 'contacts-format' : 'contacts-format muted'} data-testid="contacts-format" role="status">
        {read.recognised
          ? t('contacts.recognised', { format: t(`contacts.format.${read.recognised}`) })
          : t('contacts.notRecognised')}
      </p>
      <div className="contacts-reading">
        {read.format !== 'vcard' && read.headerChoices.length > 1 && (
          <label className="field">
            <span>{t('contacts.headerRow')}</span>
            <select
              value={read.headerLine}
              disabled={busy}
              onChange={(e) => onRevise({ headerLine: Number(e.target.value) })}
              data-testid="contacts-header-row"
            >
              {read.headerChoices.map((c) => (
                <option key={c.line} value={c.line}>
                  {t('contacts.headerRowOption', { line: c.line, text: c.text.slice(0, 60) })}
                </option>
              ))}
            </select>
          </label>
        )}
        {read.encoding !== 'binary' && (
          <label className="field">
            <span>{t('contacts.encodingLabel')}</span>
            <select
              value={read.encoding === 'utf-8-bom' ? 'utf-8' : read.encoding}
              disabled={busy}
              onChange={(e) => onRevise({ encoding: e.target.value as TextEncoding })}
              data-testid="contacts-encoding"
            >
              {encodings.map((e) => (
                <option key={e} value={e === 'utf-8-bom' ? 'utf-8' : e}>
                  {e === read.encoding && read.encodingDetected
                    ? t('contacts.encodingDetected', { encoding: encodingName })
                    : t(`contacts.encoding.${e}`)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {read.replaced > 0 && (
        <p className="field-error" role="alert" data-testid="contacts-replaced">
          {t('contacts.replaced', { count: read.replaced, encoding: encodingName })}
        </p>
      )}
      <p className="muted">{t('contacts.mappingHelp')}</p>
      <table className="contacts-table">
        <tbody>
          {MAPPED_FIELDS.map((field) => {
            const columns = columnsOf(mapping[field]);
            const sample = sampleOf(read, mapping, field);
            const label = t(`contacts.field.${field}`);
            return (
              <tr key={field}>
                <th scope="row">
                  <label htmlFor={`contact-field-${field}`}>{label}</label>
                </th>
                <td className="contacts-columns">
                  <select
                    id={`contact-field-${field}`}
                    aria-label={t('contacts.column', { field: label })}
                    value={columns[0] ?? ''}
                    onChange={(e) =>
                      setColumns(field, e.target.value === '' ? [] : [Number(e.target.value), ...columns.slice(1)])
                    }
                    data-testid={`map-${field}`}
                  >
                    <option value="">{t('contacts.noColumn')}</option>
                    {options}
                  </select>
                  {columns.slice(1).map((c, k) => (
                    <span className="contacts-part" key={k}>
                      <span aria-hidden="true">+</span>
                      <select
                        aria-label={t('contacts.partColumn', { n: k + 2, field: label })}
                        value={c}
                        onChange={(e) =>
                          setColumns(
                            field,
                            columns.map((x, j) => (j === k + 1 ? Number(e.target.value) : x)),
                          )
                        }
                      >
                        {options}
                      </select>
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={t('contacts.removeColumn', { n: k + 2, field: label })}
                        title={t('contacts.removeColumn', { n: k + 2, field: label })}
                        onClick={() =>
                          setColumns(
                            field,
                            columns.filter((_, j) => j !== k + 1),
                          )
                        }
                      >
                        ×
                      </button>
                    </span>
                  ))}
                  {columns.length > 0 && columns.length < MAX_PARTS && (
                    <button
                      type="button"
                      className="icon-button contacts-add-part"
                      aria-label={t('contacts.addColumn', { field: label })}
                      title={t('contacts.addColumn', { field: label })}
                      onClick={() => {
                        const free = read.headers.findIndex((_, i) => !columns.includes(i));
                        if (free >= 0) setColumns(field, [...columns, free]);
                      }}
                    >
                      +
                    </button>
                  )}
                </td>
                <td className="contacts-sample muted">
                  {mapping[field] === null
                    ? ''
                    : sample.length
                      ? t('contacts.sample', { values: sample.join(' · ') })
                      : t('contacts.noSample')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted contacts-combine">{t('contacts.combineHelp')}</p>
      <label className="contacts-check">
        <input
          type="checkbox"
          checked={mapping.restToNotes}
          onChange={(e) => onMapping({ ...mapping, restToNotes: e.target.checked })}
        />
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
