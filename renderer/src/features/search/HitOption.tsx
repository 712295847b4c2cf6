import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { SearchHit } from '../../../../shared/ipc/search';
import { Marked } from './Marked';

interface Props {
  id: string;
  hit: SearchHit;
  active: boolean;
  onHover(): void;
  onChoose(): void;
}

/** One result: who or which account (the matched part marked), in which account, and the matched text. */
export function HitOption({ id, hit, active, onHover, onChoose }: Props) {
  const { t } = useTranslation();
  const inName = hit.field === 'name';
  const inTitle = hit.field === 'title' && hit.person !== null;
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      className={active ? 'palette-hit active' : 'palette-hit'}
      onMouseMove={active ? undefined : onHover}
      onClick={onChoose}
    >
      <div className="palette-hit-main">
        <span className="palette-hit-name">
          {inName ? <Marked snippet={hit.snippet} /> : (hit.person?.name ?? hit.accountName)}
        </span>
        {hit.person && (hit.person.title || inTitle) && (
          <span className="palette-hit-title">{inTitle ? <Marked snippet={hit.snippet} /> : hit.person.title}</span>
        )}
        {hit.person?.former && <span className="badge former-badge">{t('succession.former.badge')}</span>}
        {hit.via !== 'text' && <span className="badge palette-via">{t(`search.via.${hit.via}`)}</span>}
        <span className="spacer" />
        {hit.person && <span className="palette-hit-account">{hit.accountName}</span>}
      </div>
      {!inName && !inTitle && (
        <div className="palette-hit-detail">
          <span className="palette-hit-field">{fieldLabel(hit.field, t)}</span>
          <Marked snippet={hit.snippet} />
        </div>
      )}
    </div>
  );
}

/** A dossier or motive field is named as the person panel names it (one string for both); the rest by search's own. */
function fieldLabel(field: SearchHit['field'], t: TFunction): string {
  const [group, key] = field.split('.');
  if ((group === 'dossier' || group === 'motives') && key) return t(`person.${group}.${key}` as 'person.dossier.family');
  return t(`search.fields.${field}` as 'search.fields.name');
}
