import { useCallback, useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { AccountSummary } from '../../../../shared/ipc/types';
import { moveToCell } from '../../../../shared/logic/segmentation';
import type { Segmentation } from '../../../../shared/model/account';
import { ChartPatch } from '../../../../shared/model/chart-patch';
import { POTENTIALS, ZONES, type Potential, type Zone } from '../../../../shared/taxonomy/keys';
import { POTENTIAL_TERMS, ZONE_TERMS } from '../../../../shared/taxonomy/labels';
import { api } from '../../app/api';
import { reportError } from '../../app/errors';
import { currentLanguage } from '../../app/i18n';
import { useApp } from '../../app/store';
import { EmptyState } from '../../ui/EmptyState';
import { useShortcut } from '../../ui/shortcuts';
import { exportAndOffer } from '../briefing/exportPdf';
import { forgetHistory } from '../canvas/chart-store';
import { formatMoneyShort } from '../../../../shared/logic/money';

interface Move {
  id: string;
  name: string;
  before: Segmentation;
}

const cellKey = (p: Potential, z: Zone) => `${p}:${z}`;

/**
 * Every account on the nine-grid (potential × zone), with each zone's strategy and the open
 * opportunity value of each account. Drag an account (or Alt+arrow keys) to re-segment it.
 */
export function PortfolioScreen() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [, navigate] = useLocation();
  const accounts = useApp((s) => s.accounts);
  const [dragOver, setDragOver] = useState<string | null>(null);
  const undoStack = useRef<Move[]>([]);
  const [printing, setPrinting] = useState(false);
  const exportOnePager = async () => {
    setPrinting(true);
    await exportAndOffer(() => api.exportPortfolio({ language: lang }));
    setPrinting(false);
  };
  useEffect(() => {
    void useApp.getState().refreshAccounts().catch(reportError);
  }, []);

  const setSegmentation = useCallback(async (id: string, change: (s: Segmentation) => Segmentation): Promise<Move | null> => {
    const account = await api.getAccount({ id });
    const next = change(account.segmentation);
    await api.patchChart({ id, patch: ChartPatch.parse({ fields: { segmentation: next } }) });
    // The chart's own undo history no longer matches this account's segmentation.
    forgetHistory(id);
    await useApp.getState().refreshAccounts();
    return { id, name: account.name, before: account.segmentation };
  }, []);

  /** Takes back one move (the newest when none is named: Ctrl/Cmd+Z); a toast's Undo names its own. */
  const undo = useCallback(async (which?: Move) => {
    const stack = undoStack.current;
    const at = which ? stack.indexOf(which) : stack.length - 1;
    if (at < 0) return;
    const [move] = stack.splice(at, 1);
    if (!move) return;
    try {
      await setSegmentation(move.id, () => move.before);
      useApp.getState().toast({ kind: 'info', message: t('portfolio.undone', { name: move.name }) });
    } catch (e) {
      reportError(e);
    }
  }, [setSegmentation, t]);
  useShortcut('z', () => void undo(), { inFields: false });

  const moveTo = useCallback(
    async (a: AccountSummary, potential: Potential, zone: Zone) => {
      if (a.potential === potential && a.zone === zone) return;
      try {
        const move = await setSegmentation(a.id, (s) => moveToCell(s, potential, zone));
        if (!move) return;
        undoStack.current.push(move);
        const cell = `${POTENTIAL_TERMS[potential].label[lang]} × ${ZONE_TERMS[zone].label[lang]}`;
        useApp.getState().toast({ kind: 'info', message: t('portfolio.moved', { name: a.name, cell }), action: { label: t('toasts.undo'), run: () => void undo(move) } });
      } catch (e) {
        reportError(e);
      }
    },
    [lang, setSegmentation, t, undo],
  );

  const live = accounts.filter((a) => !a.damaged);
  if (live.length === 0) {
    return (
      <main className="portfolio-screen">
        <EmptyState title={t('portfolio.emptyTitle')} body={t('portfolio.emptyBody')} />
      </main>
    );
  }
  const placed = (p: Potential, z: Zone) => live.filter((a) => a.potential === p && a.zone === z);
  const unplaced = live.filter((a) => !a.potential || !a.zone);

  const onDrop = (e: DragEvent, p: Potential, z: Zone) => {
    e.preventDefault();
    setDragOver(null);
    const a = live.find((x) => x.id === e.dataTransfer.getData('application/x-bidmap-account'));
    if (a) void moveTo(a, p, z);
  };
  // Alt+arrows move the focused account one cell (the keyboard's drag and drop).
  const onChipKey = (e: KeyboardEvent, a: AccountSummary) => {
    if (!e.altKey) return;
    const row = POTENTIALS.indexOf(a.potential ?? 'medium');
    const col = ZONES.indexOf(a.zone ?? 'growth');
    const d = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[e.key];
    if (!d) return;
    e.preventDefault();
    const r = Math.min(2, Math.max(0, row + d[0]!));
    const c = Math.min(2, Math.max(0, col + d[1]!));
    void moveTo(a, POTENTIALS[r]!, ZONES[c]!).then(() => requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-account-chip="${CSS.escape(a.id)}"]`)?.focus()));
  };
  const chip = (a: AccountSummary) => (
    <button
      key={a.id}
      type="button"
      className="portfolio-chip"
      data-account-chip={a.id}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData('application/x-bidmap-account', a.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onClick={() => navigate(`/accounts/${a.id}`)}
      onKeyDown={(e) => onChipKey(e, a)}
      title={t('portfolio.chipHelp')}
    >
      <span className="chip-name">{a.name}</span>
      <span className="chip-value">{a.openValue.length ? a.openValue.map((v) => formatMoneyShort(v.amount, v.currency, lang)).join(' + ') : t('portfolio.noOpenValue')}</span>
      {a.share !== null && <span className="chip-share">{t('portfolio.share', { share: (a.share * 100).toFixed(0) })}{a.zoneSetByHand ? ` · ${t('portfolio.byHand')}` : ''}</span>}
    </button>
  );
  return (
    <main className="portfolio-screen">
      <header className="page-header">
        <h1>{t('portfolio.title')}</h1>
        <span className="muted">{t('portfolio.help')}</span>
        <span className="spacer" />
        <button type="button" className="button button-small" disabled={printing} onClick={() => void exportOnePager()}>
          {printing ? t('briefing.export.rendering') : t('portfolio.export')}
        </button>
      </header>
      <div className="nine-grid" role="table" aria-label={t('portfolio.title')}>
        <div role="row" className="grid-row">
          <div role="columnheader" className="corner">
            {t('portfolio.potential')} ↓ / {t('portfolio.zone')} →
          </div>
          {ZONES.map((z) => (
            <div role="columnheader" key={z} className={`zone-head zone-${z}`}>
              <strong>{ZONE_TERMS[z].label[lang]}</strong>
              <span className="small">{ZONE_TERMS[z].description[lang]}</span>
              <span className="small strategy">{ZONE_TERMS[z].strategy[lang]}</span>
            </div>
          ))}
        </div>
        {POTENTIALS.map((p) => (
          <div role="row" key={p} className="grid-row">
            <div role="rowheader" className="potential-head">
              <strong>{POTENTIAL_TERMS[p].label[lang]}</strong>
              <span className="small muted">{POTENTIAL_TERMS[p].description[lang]}</span>
            </div>
            {ZONES.map((z) => (
              <div
                role="cell"
                key={z}
                aria-label={`${POTENTIAL_TERMS[p].label[lang]} × ${ZONE_TERMS[z].label[lang]}`}
                data-cell={cellKey(p, z)}
                className={`grid-cell zone-${z}${dragOver === cellKey(p, z) ? ' drop' : ''}`}
                onDragOver={(e) => {
                  e.preventDefault();
                  setDragOver(cellKey(p, z));
                }}
                onDragLeave={() => setDragOver(null)}
                onDrop={(e) => onDrop(e, p, z)}
              >
                {placed(p, z).map(chip)}
              </div>
            ))}
          </div>
        ))}
      </div>
      {unplaced.length > 0 && (
        <section className="unplaced" aria-labelledby="unplaced-title">
          <h2 id="unplaced-title">{t('portfolio.unplaced', { count: unplaced.length })}</h2>
          <p className="muted small">{t('portfolio.unplacedHelp')}</p>
          <div className="unplaced-list">{unplaced.map(chip)}</div>
        </section>
      )}
    </main>
  );
}
