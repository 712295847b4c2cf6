import i18next from 'i18next';
import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { parseBriefingRoute, parseMeetingBriefRoute, type BriefingData } from '../../../../shared/model/briefing';
import { api } from '../../app/api';
import { messageOf } from '../../app/errors';
import { BriefingDocument } from './BriefingDocument';
import { MeetingBrief } from './MeetingBrief';
import { pageStyle } from './pageStyle';
import { preloadFonts } from './preloadFonts';
import { PreviewBar } from './PreviewBar';
import { usePrintReady } from './usePrintReady';
import './print.css';

type Loaded = { kind: 'briefing'; data: BriefingData } | { kind: 'brief'; data: BriefingData & { personId: string } };

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
    const load = briefing
      ? api.briefingData(briefing).then((data): Loaded => ({ kind: 'briefing', data }))
      : brief
        ? api.meetingBriefData(brief).then((data): Loaded => ({ kind: 'brief', data }))
        : Promise.reject(new Error(`Not a print address: ${location}`));
    load.then(
      // Laid out once, with its fonts, rather than again as they arrive.
      (l) => preloadFonts(l.data).then(() => live && setLoaded(l)),
      (e: unknown) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, [location]);

  useEffect(() => {
    if (!loaded) return;
    const t = i18next.getFixedT(loaded.data.request.language);
    const title = loaded.kind === 'briefing' ? t('briefing.fileSuffix') : t('briefing.meetingFileSuffix');
    const previous = document.title;
    // The PDF's title: the account's name is on every level's map.
    document.title = `${loaded.data.account.name} — ${title}`;
    return () => {
      document.title = previous;
    };
  }, [loaded]);
  usePrintReady(loaded !== null, error);

  if (error) return <p className="print-error">{error}</p>;
  if (!loaded) return null;
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
