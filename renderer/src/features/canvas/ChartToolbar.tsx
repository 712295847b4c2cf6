import { Panel } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { ATTITUDES, BUYING_ROLES, CUSTOMER_TYPES, RELATIONSHIP_STAGES, type Language } from '../../../../shared/taxonomy/keys';
import { ATTITUDE_TERMS, BUYING_ROLE_TERMS, CUSTOMER_TYPE_TERMS, STAGE_TERMS } from '../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../app/i18n';
import { modKeyName } from '../../ui/shortcuts';
import { useChart } from './chart-store';
import { highlightKey, parseHighlight, type Highlight } from './filters';
import type { AlignMode } from '../../../../shared/logic/chart';
import type { ChartCommands } from './useChartCommands';
import { AsOfControl } from '../succession/AsOf';
import { useSuccession } from '../succession/store';

interface Props {
  commands: ChartCommands;
  highlight: Highlight | null;
  highlightedCount: number | null;
  onHighlight(h: Highlight | null): void;
  onFind(): void;
  onHelp(): void;
  onExport(kind: 'png' | 'svg'): void;
  selectionSize: number;
}

export function ChartToolbar({ commands, highlight, highlightedCount, onHighlight, onFind, onHelp, onExport, selectionSize }: Props) {
  const { t } = useTranslation();
  const canUndo = useChart((s) => s.canUndo);
  const canRedo = useChart((s) => s.canRedo);
  const mod = modKeyName();
  // Nothing is edited while the chart shows a past date.
  const past = useSuccession((s) => s.asOf !== null);
  return (
    <Panel position="top-left" className="chart-toolbar" aria-label={t('chart.toolbar')}>
      <button type="button" className="button button-primary button-small" onClick={commands.addPersonInView} disabled={past} title={`${t('chart.addPerson')} (N)`}>
        + {t('chart.addPerson')}
      </button>
      <button type="button" className="button button-small" onClick={() => useChart.getState().undo()} disabled={!canUndo || past} title={t('chart.undo', { mod })} aria-label={t('chart.undo', { mod })}>
        ↶
      </button>
      <button type="button" className="button button-small" onClick={() => useChart.getState().redo()} disabled={!canRedo || past} title={t('chart.redo', { mod })} aria-label={t('chart.redo', { mod })}>
        ↷
      </button>
      <CommandSelect
        label={t('chart.layout')}
        options={[
          ['TB', `${t('chart.layoutTB')} (L)`],
          ['LR', `${t('chart.layoutLR')} (Shift+L)`],
        ]}
        onPick={(v) => commands.layout(v as 'TB' | 'LR')}
      />
      {selectionSize >= 2 && (
        <CommandSelect
          label={t('chart.align')}
          options={[
            ['left', t('chart.alignLeft')],
            ['centerX', t('chart.alignCenterX')],
            ['right', t('chart.alignRight')],
            ['top', t('chart.alignTop')],
            ['centerY', t('chart.alignCenterY')],
            ['bottom', t('chart.alignBottom')],
            ...(selectionSize >= 3 ? ([['x', t('chart.distributeX')], ['y', t('chart.distributeY')]] as [string, string][]) : []),
          ]}
          onPick={(v) => (v === 'x' || v === 'y' ? commands.distribute(v) : commands.align(v as AlignMode))}
        />
      )}
      <select className="select-small" aria-label={t('chart.highlight')} value={highlightKey(highlight)} onChange={(e) => onHighlight(parseHighlight(e.target.value))}>
        <option value="">
          {t('chart.highlight')}: {t('chart.highlightNone')}
        </option>
        <option value="key">{t('chart.highlightKey')}</option>
        <option value="findings">{t('chart.highlightFindings')}</option>
        <option value="gaps">{t('personPlan.highlight.gaps')}</option>
        <LeaningChoices />
        <Choices label={t('chart.byAttitude')} by="attitude" keys={ATTITUDES} terms={ATTITUDE_TERMS} />
        <Choices label={t('chart.byRole')} by="role" keys={BUYING_ROLES} terms={BUYING_ROLE_TERMS} />
        <Choices label={t('chart.byType')} by="type" keys={CUSTOMER_TYPES} terms={CUSTOMER_TYPE_TERMS} />
        <Choices label={t('chart.byStage')} by="stage" keys={RELATIONSHIP_STAGES} terms={STAGE_TERMS} />
      </select>
      <AsOfControl />
      {highlightedCount !== null && <span className="muted toolbar-note">{t('chart.highlighted', { count: highlightedCount })}</span>}
      <button type="button" className="button button-small toolbar-icon" onClick={onFind} title={`${t('chart.find')} (${mod}+F)`} aria-label={t('chart.find')}>
        <svg width="13" height="13" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="6.5" cy="6.5" r="5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <line x1="10.2" y1="10.2" x2="15" y2="15" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
      </button>
      <CommandSelect
        label={t('chart.export')}
        options={[
          ['png', t('chart.exportPng')],
          ['svg', t('chart.exportSvg')],
        ]}
        onPick={(v) => onExport(v as 'png' | 'svg')}
      />
      <button type="button" className="button button-small toolbar-icon" onClick={onHelp} title={t('chart.shortcuts')} aria-label={t('chart.shortcuts')}>
        ?
      </button>
      <SaveStatus />
    </Panel>
  );
}

/** A menu-like select: its label is the first line, picking runs a command and it resets. */
function CommandSelect({ label, options, onPick }: { label: string; options: [string, string][]; onPick(value: string): void }) {
  return (
    <select
      className="select-small"
      aria-label={label}
      value=""
      onChange={(e) => {
        if (e.target.value) onPick(e.target.value);
        e.target.value = '';
      }}
    >
      <option value="">{label}</option>
      {options.map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </select>
  );
}

/** One group of highlight choices: `by:key` values labelled in the UI language. */
function Choices<K extends string>({ label, by, keys, terms }: { label: string; by: string; keys: readonly K[]; terms: Record<K, { label: Record<Language, string> }> }) {
  const lang = currentLanguage();
  return (
    <optgroup label={label}>
      {keys.map((k) => (
        <option key={k} value={`${by}:${k}`}>
          {terms[k].label[lang]}
        </option>
      ))}
    </optgroup>
  );
}

/** Who leans to us, and to each competitor of the account by name. */
function LeaningChoices() {
  const { t } = useTranslation();
  const competitors = useChart((s) => s.account?.competitors);
  return (
    <optgroup label={t('personPlan.highlight.byLeaning')}>
      <option value="leaning:us">{t('personPlan.highlight.us')}</option>
      {competitors?.map((c) => (
        <option key={c.id} value={`leaning:${c.id}`}>
          {t('personPlan.highlight.competitor', { name: c.name.trim() || t('personPlan.leaning.unnamedCompetitor') })}
        </option>
      ))}
    </optgroup>
  );
}

function SaveStatus() {
  const { t } = useTranslation();
  const save = useChart((s) => s.save);
  const error = useChart((s) => s.saveError);
  const text = save === 'saving' ? t('chart.saving') : save === 'saved' ? t('chart.saved') : t('chart.saveFailed', { message: error });
  // Failed: short here (the banner above says what happened and what to do); the whole sentence on hover.
  return (
    <span className={`save-status save-${save}`} role="status" data-testid="save-status" data-state={save} title={text}>
      {save === 'failed' ? '⚠ ' : save === 'saved' ? '✓ ' : '… '}
      {save === 'failed' ? t('chart.saveFailedShort') : <span className="save-text">{text}</span>}
    </span>
  );
}
