import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useChart } from '../canvas/chart-store';
import { BackgroundSection } from './BackgroundSection';
import { CompetitorsSection } from './CompetitorsSection';
import { DepartmentsSection } from './DepartmentsSection';
import { OpportunitiesSection } from './OpportunitiesSection';
import { ACCOUNT_SECTIONS } from './sections';
import { SegmentationSection } from './SegmentationSection';
import { TeamSection } from './TeamSection';
import { useAccountEdit } from './useAccountEdit';
import { WhitespaceSection } from '../whitespace/WhitespaceSection';
import { FormerPeople } from '../succession/FormerPeople';

/**
 * The account beyond its chart, on one scrolling page with a table of contents: background,
 * departments, our team, competitors, opportunities, whitespace, segmentation. `focus` is an element id to
 * bring into view and focus (a finding's "answer it here").
 */
export function AccountDetails({ focus }: { focus: string | null }) {
  const { t } = useTranslation();
  const account = useChart((s) => s.account)!;
  const { edit, commit, editChart } = useAccountEdit();
  useEffect(() => {
    if (!focus) return;
    const el = document.getElementById(focus);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  }, [focus]);
  const props = { account, edit, commit };
  return (
    <div className="account-details" data-testid="account-details">
      <nav className="details-toc" aria-label={t('accountInfo.contents')}>
        {ACCOUNT_SECTIONS.map((s) => (
          <a key={s} href={`#section-${s}`} onClick={(e) => (e.preventDefault(), document.getElementById(`section-${s}`)?.scrollIntoView({ block: 'start' }))}>
            {t(`accountInfo.sections.${s}`)}
          </a>
        ))}
      </nav>
      <div className="details-body">
        {ACCOUNT_SECTIONS.map((s) => (
          <section key={s} id={`section-${s}`} aria-labelledby={`section-${s}-title`} className="details-section">
            <h2 id={`section-${s}-title`}>{t(`accountInfo.sections.${s}`)}</h2>
            {s === 'background' && <BackgroundSection {...props} />}
            {s === 'departments' && <DepartmentsSection {...props} editChart={editChart} />}
            {s === 'team' && <TeamSection {...props} editChart={editChart} />}
            {s === 'competitors' && <CompetitorsSection {...props} />}
            {s === 'opportunities' && <OpportunitiesSection {...props} />}
            {s === 'whitespace' && <WhitespaceSection {...props} />}
            {s === 'segmentation' && <SegmentationSection {...props} />}
            {s === 'formerPeople' && <FormerPeople />}
          </section>
        ))}
      </div>
    </div>
  );
}
