import { Panel } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  query: string;
  index: number;
  count: number;
  onQuery(q: string): void;
  onStep(delta: 1 | -1): void;
  onClose(): void;
}

/** Find on the chart: each Enter focuses the next match. */
export function FindBar({ query, index, count, onQuery, onStep, onClose }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  return (
    <Panel position="top-center" className="find-bar" role="search">
      <input
        ref={ref}
        type="search"
        aria-label={t('chart.find')}
        placeholder={t('chart.findPlaceholder')}
        value={query}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
            e.preventDefault();
            onStep(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      />
      <span className="muted find-count" aria-live="polite">
        {query.trim() ? (count ? t('chart.findCount', { index: index + 1, count }) : t('chart.findNone')) : ''}
      </span>
      <button type="button" className="button button-small" onClick={() => onStep(-1)} disabled={!count} aria-label={t('chart.findPrevious')} title={t('chart.findPrevious')}>
        ↑
      </button>
      <button type="button" className="button button-small" onClick={() => onStep(1)} disabled={!count} aria-label={t('chart.findNext')} title={t('chart.findNext')}>
        ↓
      </button>
      <button type="button" className="button button-small" onClick={onClose} aria-label={t('chart.close')}>
        ✕
      </button>
    </Panel>
  );
}
