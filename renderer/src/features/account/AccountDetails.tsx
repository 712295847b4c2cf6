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

/**
 * The account beyond its chart, on one scrolling page with a table of contents: background,
 * departments, our team, competitors, opportunities, segmentation. `focus` is an element id to
 * bring into view and focus (a finding's "answer it here").
 */
export function AccountDetails({ focus }: { focus: string | null }) {
  const { t } = useTranslation();
  const account = useChart((s) => s.account)!;
  const { edit, editChart, problem } = useAccountEdit();
  useEffect(() => {
    if (!focus) return;
    const el = document.getElementById(focus);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  }, [focus]);
  const props = { account, edit };
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
        {problem && (
          <p className="panel-problem" role="alert">
            {t('accountInfo.invalid', { field: problem })}
          </p>
        )}
        {ACCOUNT_SECTIONS.map((s) => (
          <section key={s} id={`section-${s}`} aria-labelledby={`section-${s}-title`} className="details-section">
            <h2 id={`section-${s}-title`}>{t(`accountInfo.sections.${s}`)}</h2>
            {s === 'background' && <BackgroundSection {...props} />}
            {s === 'departments' && <DepartmentsSection {...props} editChart={editChart} />}
            {s === 'team' && <TeamSection {...props} editChart={editChart} />}
            {s === 'competitors' && <CompetitorsSection {...props} />}
            {s === 'opportunities' && <OpportunitiesSection {...props} />}
            {s === 'segmentation' && <SegmentationSection {...props} />}
          </section>
        ))}
      </div>
    </div>
  );
}
