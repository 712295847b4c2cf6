import { useTranslation } from 'react-i18next';
import { REDACTION_LEVELS, type RedactionLevel } from '../../../shared/taxonomy/keys';

/** The three redaction levels with what each shares: one choice for briefings and shared files alike. */
export function LevelPicker({ legend, name, value, onChange }: { legend: string; name: string; value: RedactionLevel; onChange(level: RedactionLevel): void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="field">
      <legend className="field-label">{legend}</legend>
      {REDACTION_LEVELS.map((l) => (
        <label key={l} className="check">
          <input type="radio" name={name} checked={value === l} onChange={() => onChange(l)} />
          <strong>{t(`briefing.levels.${l}`)}</strong>
          <span className="muted small">{t(`briefing.levelHelp.${l}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
