import { useTranslation } from 'react-i18next';

/** A score of 1 to 5, or none yet. */
export function ScoreSelect({ label, value, onChange }: { label: string; value: number | null; onChange(score: number | null): void }) {
  const { t } = useTranslation();
  return (
    <select aria-label={label} className={`score-select score-${value ?? 'none'}`} value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
      <option value="">{t('criteria.notScored')}</option>
      {[1, 2, 3, 4, 5].map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </select>
  );
}
