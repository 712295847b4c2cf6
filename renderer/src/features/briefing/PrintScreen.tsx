import i18next from 'i18next';
import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import type { AccountSummary } from '../../../../shared/ipc/types';
import { parseBriefingRoute, parseMeetingBriefRoute, parsePortfolioRoute, type BriefingData } from '../../../../shared/model/briefing';
import type { Language } from '../../../../shared/taxonomy/keys';
import { localToday } from '../../ui/format';
import { api } from '../../app/api';
import { messageOf } from '../../app/errors';
import { BriefingDocument } from './BriefingDocument';
import { MeetingBrief } from './MeetingBrief';
import { pageStyle } from './pageStyle';
import { PortfolioPrint } from './PortfolioPrint';
import { preloadFonts } from './preloadFonts';
import { PreviewBar } from './PreviewBar';
import { usePrintReady } from './usePrintReady';
import './print.css';

type Loaded =
  | { kind: 'briefing'; data: BriefingData }
  | { kind: 'brief'; data: BriefingData & { personId: string } }
  | { kind: 'portfolio'; language: Language; accounts: AccountSummary[] };

/**
 * The print routes (`#/print/briefing/…`, `#/print/brief/…`): what Chromium prints to PDF, and in
 * the app window the print preview. All content comes from one call, already redacted.
 */
export function PrintScreen() {
  const [location] = useLocation();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const briefing = parseBriefingRoute(location);
    const brief = parseMeetingBriefRoute(location);
    const portfolio = parsePortfolioRoute(location);
    const load = briefing
      ? api.briefingData(briefing).then((data): Loaded => ({ kind: 'briefing', data }))
      : brief
        ? api.meetingBriefData(brief).then((data): Loaded => ({ kind: 'brief', data }))
        : portfolio
          ? api.listAccounts({}).then((accounts): Loaded => ({ kind: 'portfolio', language: portfolio, accounts }))
          : Promise.reject(new Error(`Not a print address: ${location}`));
    load.then(
      // Laid out once, with its fonts, rather than again as they arrive.
      (l) => (l.kind === 'portfolio' ? Promise.resolve() : preloadFonts(l.data)).then(() => live && setLoaded(l)),
      (e: unknown) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [location]);

  useEffect(() => {
    if (!loaded) return;
    const previous = document.title;
    if (loaded.kind === 'portfolio') {
      document.title = i18next.getFixedT(loaded.language)('portfolio.title');
    } else {
      const t = i18next.getFixedT(loaded.data.request.language);
      const title = loaded.kind === 'briefing' ? t('briefing.fileSuffix') : t('briefing.meetingFileSuffix');
      // The PDF's title: the account's name is on every level's map.
      document.title = `${loaded.data.account.name} — ${title}`;
    }
    return () => {
      document.title = previous;
    };
  }, [loaded]);
  usePrintReady(loaded !== null, error);

  if (error) return <p className="print-error">{error}</p>;
  if (!loaded) return null;
  if (loaded.kind === 'portfolio') {
    const t = i18next.getFixedT(loaded.language);
    return (
      <>
        <style>{pageStyle(t('briefing.confidentialPortfolio'), t('briefing.page'), true)}</style>
        <PortfolioPrint accounts={loaded.accounts} language={loaded.language} today={localToday()} />
      </>
    );
  }
  const t = i18next.getFixedT(loaded.data.request.language);
  const levelLabel = t(`briefing.levels.${loaded.data.request.level}`);
  return (
    <>
      <style>{pageStyle(t('briefing.confidential', { level: levelLabel }), t('briefing.page'))}</style>
      <PreviewBar loaded={loaded} />
      {loaded.kind === 'briefing' ? <BriefingDocument data={loaded.data} /> : <MeetingBrief data={loaded.data} />}
    </>
  );
}
