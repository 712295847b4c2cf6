import type { ComponentType } from 'react';
import type { TimelineEntry, TimelineKind } from '../../../../shared/logic/history/timeline';
import type { Account } from '../../../../shared/model/account';
import { ClientMoveRow } from './rows/ClientMoveRow';
import { MeetingRow } from './rows/MeetingRow';
import { PlainRow } from './rows/PlainRow';
import { ReviewRow } from './rows/ReviewRow';
import { SuccessionRow } from './rows/SuccessionRow';
import { StageChangeRow } from './rows/StageChangeRow';

export interface RowProps {
  entry: TimelineEntry;
  account: Account;
}

/**
 * How each kind of entry is written, each from its own record; a kind without one is a plain
 * dated line.
 */
const ROWS: Partial<Record<TimelineKind, ComponentType<RowProps>>> = {
  clientMove: ClientMoveRow,
  meeting: MeetingRow,
  stageChange: StageChangeRow,
  review: ReviewRow,
  succession: SuccessionRow,
};

export function TimelineRow(props: RowProps) {
  const Row = ROWS[props.entry.kind] ?? PlainRow;
  return <Row {...props} />;
}
