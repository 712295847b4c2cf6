import { Panel } from '@xyflow/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteLinks, reverseLink, updateLink } from '../../../../shared/logic/chart';
import type { Link } from '../../../../shared/model/link';
import { LINK_KINDS } from '../../../../shared/taxonomy/keys';
import { LINK_KIND_TERMS } from '../../../../shared/taxonomy/labels';
import { currentLanguage } from '../../app/i18n';
import { useChart } from './chart-store';
import type { ChartCommands } from './useChartCommands';

/** The selected line: its type, dotted or solid, strength, note; swap or delete it. */
export function LinkPanel({ link, commands }: { link: Link; commands: ChartCommands }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const account = useChart((s) => s.account)!;
  const name = (id: string) => account.people.find((p) => p.id === id)?.name || '?';
  const [note, setNote] = useState(link.note);
  const sentence =
    link.kind === 'reportsTo' ? 'chart.reportsToSentence' : link.kind === 'influences' ? 'chart.influencesSentence' : 'chart.withSentence';
  const change = (c: Partial<Link>) => commands.edit(updateLink(account, link.id, c));
  return (
    <Panel position="bottom-center" className="link-panel" aria-label={t('chart.linkPanel', { source: name(link.source), target: name(link.target) })}>
      <strong className="link-sentence">{t(sentence, { source: name(link.source), target: name(link.target) })}</strong>
      <label>
        {t('chart.linkKind')}{' '}
        <select className="select-small" value={link.kind} onChange={(e) => change({ kind: e.target.value as Link['kind'] })}>
          {LINK_KINDS.map((k) => (
            <option key={k} value={k} title={LINK_KIND_TERMS[k].description[lang]}>
              {LINK_KIND_TERMS[k].label[lang]}
            </option>
          ))}
        </select>
      </label>
      {link.kind === 'reportsTo' && (
        <label>
          <input type="checkbox" checked={link.dotted} onChange={(e) => change({ dotted: e.target.checked })} /> {t('chart.dotted')}
        </label>
      )}
      {link.kind === 'influences' && (
        <label>
          {t('chart.strength')}{' '}
          <select className="select-small" value={link.strength ?? ''} onChange={(e) => change({ strength: e.target.value ? Number(e.target.value) : null })}>
            <option value="">{t('chart.strengthNone')}</option>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="link-note">
        {t('chart.note')}{' '}
        <input
          value={note}
          maxLength={1000}
          onChange={(e) => setNote(e.target.value)}
          onBlur={() => note !== link.note && change({ note })}
          onKeyDown={(e) => {
            if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
          }}
        />
      </label>
      {link.kind !== 'ally' && link.kind !== 'rival' && link.kind !== 'informal' && (
        <button type="button" className="button button-small" onClick={() => commands.edit(reverseLink(account, link.id))}>
          ⇅ {t('chart.reverse')}
        </button>
      )}
      <button type="button" className="button button-small button-danger" onClick={() => commands.edit(deleteLinks([link.id]))}>
        {t('chart.deleteLink')}
      </button>
    </Panel>
  );
}
