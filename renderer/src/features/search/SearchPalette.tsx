import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { SEARCH_LIMIT_MAX, type SearchHit } from '../../../../shared/ipc/search';
import type { SearchGroup } from '../../../../shared/logic/search/fields';
import { isMod, useShortcut } from '../../ui/shortcuts';
import { HitOption } from './HitOption';
import { PALETTE_LIMIT, shownGroups, type Item } from './items';
import { usePalette } from './palette-store';
import { useSearchResults } from './useSearchResults';
import './search.css';

/** Where a hit opens: the account's chart, or the chart with the person in focus. */
export const hitPath = (hit: SearchHit) =>
  // A former person is off the chart: the account's list of former people has them.
  hit.person?.former
    ? `/accounts/${encodeURIComponent(hit.accountId)}/details/section-formerPeople`
    : hit.person
    ? `/accounts/${encodeURIComponent(hit.accountId)}/people/${encodeURIComponent(hit.person.id)}`
    : hit.field === 'clientMoves' || hit.field === 'meetings'
      ? `/accounts/${encodeURIComponent(hit.accountId)}/timeline` // where client moves and meetings are listed
      : `/accounts/${encodeURIComponent(hit.accountId)}`;

const NONE: ReadonlySet<SearchGroup> = new Set();

/** Search everywhere (Ctrl/Cmd+K from anywhere): mounted once in the shell, shown when opened. */
export function SearchPalette() {
  const open = usePalette((s) => s.open);
  useShortcut('k', usePalette.getState().toggle);
  return open ? <PaletteDialog /> : null;
}

function PaletteDialog() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const { hide, setQuery } = usePalette.getState();
  const query = usePalette((s) => s.query);
  // Groups opened up with "N more", for this query only.
  const [opened, setOpened] = useState<{ query: string; groups: ReadonlySet<SearchGroup> }>({ query: '', groups: NONE });
  const openGroups = opened.query === query ? opened.groups : NONE;
  const result = useSearchResults(query, openGroups.size ? SEARCH_LIMIT_MAX : PALETTE_LIMIT);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const baseId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    inputRef.current?.select();
    return () => dialog?.close();
  }, []);

  const blank = !query.trim();
  const results = !blank && result.state === 'ready' && result.results.query === query ? result.results : null;
  const stale = !blank && result.state === 'ready' && !results ? result.results : null;
  const shown = results ?? stale;
  const groups = useMemo(() => (shown ? shownGroups(shown, openGroups) : []), [shown, openGroups]);
  const items = useMemo(() => groups.flatMap((g) => g.items), [groups]);

  // The highlighted row is kept by key, so it stays put when the results are refreshed.
  const [activeKey, setActiveKey] = useState<string | null>(null);
  let active = items.findIndex((i) => i.key === activeKey);
  if (active < 0 && activeKey?.startsWith('more/')) {
    // "N more" was chosen: the first of the hits it brought.
    const group = activeKey.slice('more/'.length);
    active = items.findIndex((i) => i.key.startsWith(`${group}/`)) + PALETTE_LIMIT;
    if (active >= items.length) active = -1;
  }
  if (active < 0) active = 0;
  const optionId = (i: number) => `${baseId}-row-${i}`;
  useEffect(() => {
    document.getElementById(`${baseId}-row-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, items, baseId]);

  const choose = (item: Item | undefined) => {
    if (!item) return;
    if (item.kind === 'more') {
      setOpened({ query, groups: new Set([...openGroups, item.group]) });
      setActiveKey(item.key);
      return;
    }
    hide();
    navigate(hitPath(item.hit));
  };

  // Enter pressed before the answer to the latest keystroke: chosen when it arrives, not from older results.
  const enterPending = useRef<string | null>(null);
  useEffect(() => {
    if (!results || enterPending.current !== query) return;
    enterPending.current = null;
    choose(items[active]);
  });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // The palette's keys stay in the palette: the screen behind does not act on them.
    e.stopPropagation();
    if (e.nativeEvent.isComposing) return;
    if (isMod(e.nativeEvent) && e.key.toLowerCase() === 'k') {
      e.preventDefault();
      hide();
    } else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && items.length) {
      e.preventDefault();
      setActiveKey(items[(active + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]!.key);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (results || blank) choose(items[active]);
      else enterPending.current = query;
    }
  };

  let row = 0;
  return (
    <dialog
      ref={dialogRef}
      className="palette"
      aria-label={t('search.label')}
      onCancel={(e) => {
        e.preventDefault();
        hide();
      }}
      onClick={(e) => {
        if (e.target === dialogRef.current) hide(); // a click on the backdrop
      }}
    >
      <div className="palette-inner" onKeyDown={onKeyDown}>
        <div className="palette-field">
          <span className="palette-icon" aria-hidden="true">
            ⌕
          </span>
          <input
            ref={inputRef}
            type="text"
            role="combobox"
            aria-label={t('search.label')}
            aria-expanded={items.length > 0}
            aria-controls={`${baseId}-list`}
            aria-autocomplete="list"
            aria-activedescendant={items.length ? optionId(active) : undefined}
            placeholder={t('search.placeholder')}
            maxLength={200}
            spellCheck={false}
            autoComplete="off"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <kbd className="palette-esc">Esc</kbd>
        </div>
        <div className="palette-body">
          {blank && (
            <div className="palette-empty" data-testid="search-hint">
              <p className="palette-empty-title">{t('search.hintTitle')}</p>
              <p className="muted">{t('search.hint')}</p>
            </div>
          )}
          {!blank && result.state === 'failed' && (
            <p className="palette-empty field-error" role="alert">
              {result.message}
            </p>
          )}
          {results && !results.groups.length && (
            <div className="palette-empty" role="status">
              <p className="palette-empty-title">{t('search.noMatch', { query: query.trim() })}</p>
              <p className="muted">{t('search.noMatchHint')}</p>
            </div>
          )}
          {groups.length > 0 && (
            <div
              role="listbox"
              id={`${baseId}-list`}
              aria-label={t('search.label')}
              className="palette-list"
              aria-busy={!results}
            >
              {groups.map(({ result: g, items: groupItems, narrow }) => {
                const headingId = `${baseId}-${g.group}`;
                return (
                  <div role="group" aria-labelledby={headingId} key={g.group} className="palette-group" data-group={g.group}>
                    <div className="palette-group-title" id={headingId}>
                      {t(`search.groups.${g.group}`)}
                    </div>
                    {groupItems.map((item) => {
                      const i = row++;
                      const hover = () => setActiveKey(item.key);
                      return item.kind === 'hit' ? (
                        <HitOption
                          key={item.key}
                          id={optionId(i)}
                          hit={item.hit}
                          active={i === active}
                          onHover={hover}
                          onChoose={() => choose(item)}
                        />
                      ) : (
                        <div
                          key={item.key}
                          id={optionId(i)}
                          role="option"
                          aria-selected={i === active}
                          className={i === active ? 'palette-more active' : 'palette-more'}
                          onMouseMove={hover}
                          onClick={() => choose(item)}
                        >
                          {item.capped
                            ? t('search.moreMany', { count: SEARCH_LIMIT_MAX })
                            : t('search.more', { count: item.count })}
                        </div>
                      );
                    })}
                    {narrow && <div className="palette-narrow muted">{t('search.narrow')}</div>}
                  </div>
                );
              })}
            </div>
          )}
        </div>
        <div className="palette-footer muted">
          <span>{t('search.keys')}</span>
          <span className="spacer" />
          <span aria-live="polite">
            {results?.groups.length ? t('search.results', { count: results.groups.reduce((n, g) => n + g.total, 0) }) : ''}
          </span>
        </div>
      </div>
    </dialog>
  );
}
