import type { ChartClip } from '../../../../shared/logic/chart';

/** The session's chart clipboard: shared by every account, so people paste into another one. */
let clip: ChartClip | null = null;
let pastes = 0;

export function putClip(next: ChartClip): void {
  clip = next;
  pastes = 0;
}

/** The clip and how far to shift this paste, so repeated pastes do not stack exactly. */
export function takeClip(): { clip: ChartClip; shift: number } | null {
  if (!clip) return null;
  pastes++;
  return { clip, shift: 40 * pastes };
}
