import { Panel } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { ATTITUDES, LINK_KINDS } from '../../../../shared/taxonomy/keys';
import { ATTITUDE_TERMS, LINK_KIND_TERMS } from '../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../app/i18n';

export function Legend() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <Panel position="top-right" className="legend" aria-label={t('canvas.legend')}>
      <strong>{t('canvas.legend')}</strong>
      <ul>
        {LINK_KINDS.map((k) => (
          <li key={k} title={LINK_KIND_TERMS[k].description[lang]}>
            <svg width="28" height="8" aria-hidden="true">
              <line x1="0" y1="4" x2="28" y2="4" className={`legend-line edge-${k}`} />
            </svg>
            {LINK_KIND_TERMS[k].label[lang]}
          </li>
        ))}
        <li>
          <svg width="28" height="8" aria-hidden="true">
            <line x1="0" y1="4" x2="28" y2="4" className="legend-line edge-reportsTo legend-dotted" />
          </svg>
          {t('chart.legendDotted')}
        </li>
      </ul>
      <ul>
        {ATTITUDES.map((a) => (
          <li key={a} title={ATTITUDE_TERMS[a].description[lang]}>
            <span className={`attitude-dot attitude-${a}`} />
            {ATTITUDE_TERMS[a].label[lang]}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
