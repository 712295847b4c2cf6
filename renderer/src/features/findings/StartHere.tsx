import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';

/**
 * An account nobody is drawn on yet: every gap would be a finding, so it gets its first steps
 * instead, each with the way there.
 */
export function StartHere({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const base = `/accounts/${accountId}`;
  const steps = [
    { key: 'people', go: () => navigate(base) },
    { key: 'roles', go: null },
    { key: 'opportunity', go: () => navigate(`${base}/details/section-opportunities`) },
    { key: 'team', go: () => navigate(`${base}/details/section-team`) },
  ] as const;
  return (
    <section className="start-here" aria-labelledby="start-here-title" data-testid="start-here">
      <h2 id="start-here-title">{t('findings.start.title')}</h2>
      <p className="muted">{t('findings.start.body')}</p>
      <ol>
        {steps.map((s) => (
          <li key={s.key}>
            <span>{t(`findings.start.${s.key}`)}</span>
            {s.go && (
              <button type="button" className="button button-small" onClick={s.go}>
                {t(`findings.start.${s.key}Go`)}
              </button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
