import type { TFunction } from 'i18next';
import { competitorsInPlay, theirScore, weightedScore } from '../../../../shared/logic/strategy/criteria';
import { criteriaMatrix } from '../../../../shared/logic/strategy/matrix';
import { leaningOf } from '../../../../shared/logic/plan/people';
import { cellAt, statusOf, whitespaceTotals } from '../../../../shared/logic/strategy/whitespace';
import { formatMoneyShort } from '../../../../shared/logic/money';
import { listItems, listNames } from '../../../../shared/i18n/lists';
import { formatDate } from '../../../../shared/logic/date-text';
import type { Account, Opportunity } from '../../../../shared/model/account';
import type { Person } from '../../../../shared/model/person';
import type { Score } from '../../../../shared/model/strategy';
import type { Language } from '../../../../shared/taxonomy/keys';
import {
  BRAIN_TERMS,
  INFLUENCE_PRINCIPLE_TERMS,
  LEANING_STRENGTH_TERMS,
  LEANING_TERMS,
  STAGE_TERMS,
  WHITESPACE_STATUS_TERMS,
} from '../../../../shared/taxonomy/labels';

// Issue 17 on paper: what the services left in the account at team and full level (the map level
// has none of it, and the callers print none of these there either).

/** Criteria or units a portrait page holds side by side before the table goes on in another. */
const COLUMNS_PER_TABLE = 6;

interface Props {
  account: Account;
  t: TFunction;
  lang: Language;
}

const chunks = <T,>(list: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, i * size + size));
const one = (n: number) => n.toFixed(1);
const personName = (account: Account, id: string, t: TFunction) => {
  const p = account.people.find((x) => x.id === id);
  return p ? p.name || t('canvas.placeholderName') : t('plan.removedPerson');
};

/** Whom a person leans to, in words: us, nobody, or the competitor by name ("(removed)" once off the list). */
function vendorOf(p: Person, account: Account, t: TFunction, lang: Language): string {
  const view = leaningOf(p, account.competitors);
  if (view.kind !== 'competitor') return LEANING_TERMS[view.kind].label[lang];
  if (!view.competitor) return t('plan.removedPerson');
  return view.competitor.name || t('personPlan.leaning.unnamedCompetitor');
}

/** Whom each person leans to, how strongly, on what evidence: the decision map's leanings. */
export function LeaningsPrint({ account, t, lang }: Props) {
  const named = account.people.filter((p) => !p.placeholder);
  const known = named.filter((p) => p.leaning.kind !== 'unknown');
  const vendor = (p: Person) => vendorOf(p, account, t, lang);
  return (
    <>
      {known.length === 0 ? (
        <p className="muted">{t('strategyPrint.leaningsNone')}</p>
      ) : (
        <table className="print-table" data-testid="print-leanings">
          <caption>{t('strategyPrint.leanings')}</caption>
          <thead>
            <tr>
              <th>{t('strategyPrint.leaningPerson')}</th>
              <th>{t('strategyPrint.leaningTo')}</th>
              <th>{t('strategyPrint.leaningStrength')}</th>
              <th>{t('strategyPrint.leaningEvidence')}</th>
            </tr>
          </thead>
          <tbody>
            {known.map((p) => (
              <tr key={p.id}>
                <td>{p.name}</td>
                <td>{vendor(p)}</td>
                <td>{p.leaning.strength ? LEANING_STRENGTH_TERMS[p.leaning.strength as 1 | 2 | 3][lang] : '—'}</td>
                <td>{p.leaning.evidence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {known.length > 0 && named.length > known.length && (
        <p className="muted small">{t('strategyPrint.leaningsUnknown', { count: named.length - known.length })}</p>
      )}
    </>
  );
}

/** An opportunity's criteria with our and each competitor's score, who cares about which, and the win themes. */
export function OpportunityStrategyPrint({ account, opportunity: o, t, lang }: Props & { opportunity: Opportunity }) {
  const rivals = competitorsInPlay(account, o);
  const vendors = [{ id: 'ours', name: t('criteria.us') }, ...rivals.map((r) => ({ id: r.id, name: r.name || '—' }))];
  const scoreOf = (c: Opportunity['criteria'][number], id: string): Score => (id === 'ours' ? c.ours : theirScore(c, id));
  const matrix = criteriaMatrix(account, o.id, { lang });
  const criterionName = (id: string) => {
    const c = o.criteria.find((x) => x.id === id);
    return c ? c.text.trim() || t('criteria.unnamed') : t('criteria.themes.criterionGone');
  };
  return (
    <div className="strategy-print" data-testid="print-criteria">
      {o.criteria.length === 0 ? (
        <p className="muted">{t('strategyPrint.criteriaNone', { opportunity: o.name })}</p>
      ) : (
        <table className="print-table criteria-print">
          <caption>{t('strategyPrint.criteria', { opportunity: o.name })}</caption>
          <thead>
            <tr>
              <th>{t('criteria.text')}</th>
              <th>{t('criteria.weight')}</th>
              {vendors.map((v) => (
                <th key={v.id}>{v.name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {o.criteria.map((c) => (
              <tr key={c.id}>
                <td>{c.text.trim() || t('criteria.unnamed')}</td>
                <td>{c.weight} / 5</td>
                {vendors.map((v) => {
                  const s = scoreOf(c, v.id);
                  const score = s.score === null ? '—' : `${s.score} / 5`;
                  return <td key={v.id}>{s.note ? t('strategyPrint.scoreNote', { score, note: s.note }) : score}</td>;
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th colSpan={2}>{t('criteria.weighted')}</th>
              {vendors.map((v) => {
                const w = weightedScore(o.criteria, v.id);
                return (
                  <td key={v.id}>
                    {w.score === null
                      ? t('criteria.notScored')
                      : w.scored === w.of
                        ? t('criteria.weightedValue', { score: one(w.score) })
                        : t('criteria.weightedPart', { score: one(w.score), scored: w.scored, of: w.of })}
                  </td>
                );
              })}
            </tr>
          </tfoot>
        </table>
      )}
      {o.criteria.length > 0 &&
        (matrix.rows.length === 0 ? (
          <p className="muted">{t('strategyPrint.matrixNone', { opportunity: o.name })}</p>
        ) : (
          chunks(
            matrix.criteria.map((c, i) => ({ c, i })),
            COLUMNS_PER_TABLE,
          ).map((part, k, all) => (
            <table key={k} className="print-table matrix-print" data-testid="print-matrix">
              <caption>
                {t('strategyPrint.matrix', { opportunity: o.name })}
                {all.length > 1 && (
                  <span className="muted">
                    {' '}
                    ·{' '}
                    {t('strategyPrint.matrixPart', {
                      from: part[0]!.i + 1,
                      to: part.at(-1)!.i + 1,
                      count: matrix.criteria.length,
                    })}
                  </span>
                )}
              </caption>
              <thead>
                <tr>
                  <th>{t('criteria.matrix.person')}</th>
                  {part.map(({ c }) => (
                    <th key={c.id}>{c.text.trim() || t('criteria.unnamed')}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {matrix.rows.map((r) => (
                  <tr key={r.person.id}>
                    <th>{r.person.name || t('canvas.placeholderName')}</th>
                    {part.map(({ i }) => {
                      const cell = r.cells[i];
                      return <td key={i}>{cell ? (cell.good ? `${cell.priority} · ${cell.good}` : `${cell.priority}`) : ''}</td>;
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          ))
        ))}
      {o.themes.length > 0 && (
        <table className="print-table" data-testid="print-themes">
          <caption>{t('strategyPrint.themes', { opportunity: o.name })}</caption>
          <thead>
            <tr>
              <th>{t('criteria.themes.text')}</th>
              <th>{t('criteria.themes.criteria')}</th>
              <th>{t('criteria.themes.people')}</th>
            </tr>
          </thead>
          <tbody>
            {o.themes.map((theme) => (
              <tr key={theme.id}>
                <td>{theme.text}</td>
                <td>{theme.criterionIds.length ? listItems(theme.criterionIds.map(criterionName), lang) : '—'}</td>
                <td>
                  {theme.personIds.length
                    ? listNames(
                        theme.personIds.map((id) => personName(account, id, t)),
                        lang,
                      )
                    : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** The whitespace grid, a table per six units, with its totals; nothing when no grid is drawn. */
export function WhitespacePrint({ account, t, lang }: Props) {
  const ws = account.whitespace;
  if (!ws.products.length || !ws.units.length) return null;
  const totals = whitespaceTotals(ws);
  const money = (n: number) => formatMoneyShort(n, ws.currency, lang);
  const total = (v: { value: number; open: number }) =>
    `${v.value ? money(v.value) : '—'} · ${t('whitespace.openCount', { count: v.open })}`;
  const parts = chunks(
    ws.units.map((u, i) => ({ u, i })),
    COLUMNS_PER_TABLE,
  );
  return (
    <div data-testid="print-whitespace">
      <h2>{t('strategyPrint.whitespace')}</h2>
      <p>{t('whitespace.summary', { value: money(totals.total.value), open: totals.total.open, cells: totals.total.cells })}</p>
      {parts.map((part, k) => (
        <table key={k} className="print-table whitespace-print">
          {parts.length > 1 && (
            <caption>
              {t('strategyPrint.whitespacePart', { from: part[0]!.i + 1, to: part.at(-1)!.i + 1, count: ws.units.length })}
            </caption>
          )}
          <thead>
            <tr>
              <th>{t('whitespace.corner')}</th>
              {part.map(({ u }) => (
                <th key={u.id}>{u.name}</th>
              ))}
              {k === parts.length - 1 && <th>{t('whitespace.total')}</th>}
            </tr>
          </thead>
          <tbody>
            {ws.products.map((p) => (
              <tr key={p.id}>
                <th>{p.name}</th>
                {part.map(({ u }) => {
                  const cell = cellAt(ws, p.id, u.id);
                  const status = statusOf(cell);
                  const who =
                    status === 'competitor'
                      ? account.competitors.find((c) => c.id === cell?.competitorId)?.name
                      : status === 'pursuing'
                        ? account.opportunities.find((o) => o.id === cell?.opportunityId)?.name
                        : undefined;
                  return (
                    <td key={u.id} className={`ws-print-${status}`}>
                      {WHITESPACE_STATUS_TERMS[status].label[lang]}
                      {who && <div className="small">{who}</div>}
                      {cell?.value != null && <div className="small">{money(cell.value)}</div>}
                    </td>
                  );
                })}
                {k === parts.length - 1 && <td className="small">{total(totals.products.get(p.id)!)}</td>}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th>{t('whitespace.total')}</th>
              {part.map(({ u }) => (
                <td key={u.id} className="small">
                  {total(totals.units.get(u.id)!)}
                </td>
              ))}
              {k === parts.length - 1 && <td className="small">{total(totals.total)}</td>}
            </tr>
          </tfoot>
        </table>
      ))}
    </div>
  );
}

/** A person's target, leaning, the criteria they care about and their influence plan (team level up). */
export function PersonStrategyPrint({ person: p, account, t, lang }: Props & { person: Person }) {
  const target = p.target.stage
    ? p.target.by
      ? t('strategyPrint.targetBy', { stage: STAGE_TERMS[p.target.stage].label[lang], date: formatDate(p.target.by, lang) })
      : STAGE_TERMS[p.target.stage].label[lang]
    : null;
  const leaning =
    p.leaning.kind === 'unknown'
      ? null
      : (() => {
          const vendor = vendorOf(p, account, t, lang);
          const said = p.leaning.strength
            ? t('strategyPrint.leaningValue', { vendor, strength: LEANING_STRENGTH_TERMS[p.leaning.strength as 1 | 2 | 3][lang] })
            : vendor;
          return p.leaning.evidence ? `${said} — ${p.leaning.evidence}` : said;
        })();
  const criteria = p.criteria
    .map((pc) => {
      const o = account.opportunities.find((x) => x.criteria.some((c) => c.id === pc.id));
      const c = o?.criteria.find((x) => x.id === pc.id);
      return { pc, o, c };
    })
    .filter((x) => x.c)
    .sort((a, b) => b.pc.priority - a.pc.priority);
  const plan = p.influencePlan;
  if (!target && !leaning && !criteria.length && !plan.length) return null;
  return (
    <div className="person-strategy" data-testid="print-person-strategy">
      <dl className="facts">
        {target && (
          <div>
            <dt>{t('strategyPrint.target')}</dt>
            <dd>{target}</dd>
          </div>
        )}
        {leaning && (
          <div>
            <dt>{t('strategyPrint.leaning')}</dt>
            <dd>{leaning}</dd>
          </div>
        )}
      </dl>
      {criteria.length > 0 && (
        <>
          <h4>{t('strategyPrint.theirCriteria')}</h4>
          <ul className="small">
            {criteria.map(({ pc, o, c }) => (
              <li key={pc.id}>
                {t('strategyPrint.theirCriterion', {
                  criterion: c!.text.trim() || t('criteria.unnamed'),
                  opportunity: o!.name,
                  priority: pc.priority,
                })}
                {pc.good && <>: “{pc.good}”</>}
              </li>
            ))}
          </ul>
        </>
      )}
      {plan.length > 0 && (
        <>
          <h4>{t('strategyPrint.influence')}</h4>
          {(['rational', 'emotional'] as const).map((brain) => {
            const entries = plan.filter((e) => e.brain === brain);
            return entries.length ? (
              <div key={brain} className="small">
                <strong>{BRAIN_TERMS[brain].label[lang]}</strong>
                <ul>
                  {entries.map((e) => (
                    <li key={e.id}>
                      {e.principle && <em>{INFLUENCE_PRINCIPLE_TERMS[e.principle].label[lang]}: </em>}
                      {e.text}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null;
          })}
        </>
      )}
    </div>
  );
}
