import i18next from 'i18next';
import type { DebriefInput } from '../../../../shared/logic/history/meetings';
import { applyDebrief } from '../../../../shared/logic/history/meetings';
import type { ClientMove } from '../../../../shared/model/client-move';
import { ChartPatch, type ChartPatchInput } from '../../../../shared/model/chart-patch';
import { LIMITS } from '../../../../shared/model/limits';
import type { Meeting } from '../../../../shared/model/meeting';
import { refusalOf } from '../../app/refusal';
import { useApp } from '../../app/store';
import { useChart, type Step } from '../canvas/chart-store';

// Edits of the account's client moves and meetings (issue 18): each one undo step of the
// account's history, checked against the shared schema first; a refusal is said in a toast.

function run(patch: (account: NonNullable<ReturnType<typeof useChart.getState>['account']>) => ChartPatchInput): Step | null {
  const account = useChart.getState().account;
  if (!account) return null;
  const parsed = ChartPatch.safeParse(patch(account));
  if (!parsed.success) {
    useApp.getState().toast({ kind: 'error', message: refusalOf(parsed.error) });
    return null;
  }
  const done = useChart.getState().apply(parsed.data);
  return 'step' in done ? done.step : null;
}

const refuse = (message: string): null => {
  useApp.getState().toast({ kind: 'error', message });
  return null;
};

/** Adds the move, or replaces the one with its id. */
export function saveMove(move: ClientMove): Step | null {
  const account = useChart.getState().account;
  const isNew = !account?.clientMoves.some((m) => m.id === move.id);
  if (isNew && account && account.clientMoves.length >= LIMITS.clientMoves)
    return refuse(i18next.t('moves.limit', { max: LIMITS.clientMoves.toLocaleString(i18next.language) }));
  return run((a) => ({
    fields: { clientMoves: isNew ? [...a.clientMoves, move] : a.clientMoves.map((m) => (m.id === move.id ? move : m)) },
  }));
}

/** Deletes a move; the toast offers to take it back. */
export function removeMove(id: string): Step | null {
  const step = run((a) => ({ fields: { clientMoves: a.clientMoves.filter((m) => m.id !== id) } }));
  if (step) undoToast(i18next.t('moves.deleted'), step);
  return step;
}

export function saveMeeting(meeting: Meeting): Step | null {
  const account = useChart.getState().account;
  const isNew = !account?.meetings.some((m) => m.id === meeting.id);
  if (isNew && account && account.meetings.length >= LIMITS.meetings)
    return refuse(i18next.t('meetings.limit', { max: LIMITS.meetings.toLocaleString(i18next.language) }));
  return run((a) => ({
    fields: { meetings: isNew ? [...a.meetings, meeting] : a.meetings.map((m) => (m.id === meeting.id ? meeting : m)) },
  }));
}

export function removeMeeting(id: string): Step | null {
  const step = run((a) => ({ fields: { meetings: a.meetings.filter((m) => m.id !== id) } }));
  if (step) undoToast(i18next.t('meetings.deleted'), step);
  return step;
}

/**
 * Saves a debrief: the meeting's debrief, the activity, and the stage, attitude and leaning moved
 * on its person, as one patch (one undo step). Answers the refusal in words, or the step.
 */
export function saveDebrief(meetingId: string, input: DebriefInput): { step: Step } | { refusal: string } {
  const account = useChart.getState().account;
  if (!account) return { refusal: i18next.t('refusal.other') };
  const result = applyDebrief(account, meetingId, input);
  if (!result.ok)
    return { refusal: result.reason === 'whyRequired' ? i18next.t('meetings.whyRequired') : i18next.t('refusal.other') };
  const parsed = ChartPatch.safeParse({ people: [result.person], fields: { meetings: result.meetings } });
  if (!parsed.success) return { refusal: refusalOf(parsed.error) };
  const done = useChart.getState().apply(parsed.data);
  return 'step' in done ? { step: done.step } : { refusal: i18next.t('refusal.other') };
}

export function undoToast(message: string, step: Step): void {
  useApp
    .getState()
    .toast({ kind: 'info', message, action: { label: i18next.t('toasts.undo'), run: () => useChart.getState().revert(step) } });
}
