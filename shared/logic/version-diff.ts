import type { Account } from '../model/account';
import { patchBetween } from './chart/between';

/** What restoring a version would do to the account as it is now. */
export interface VersionDiff {
  /** People the version has and the account no longer has: restoring brings them back. */
  back: string[];
  /** People added since: restoring removes them. */
  gone: string[];
  /** People in both whose card, dossier or motives differ. */
  changed: number;
  /** Lines (reporting and others) added, removed or changed. */
  lines: number;
  departments: number;
  /** Account details that differ (background, competitors, opportunities, segmentation…). */
  details: string[];
  /** Cards moved on the canvas. */
  moved: number;
  /** Nothing differs but card positions (or nothing at all). */
  same: boolean;
}

const byName = (a: string, b: string) => a.localeCompare(b);

export function versionDiff(now: Account, then: Account): VersionDiff {
  const patch = patchBetween(now, then);
  const names = new Map(now.people.map((p) => [p.id, p.name]));
  const back = patch.people.filter((p) => !names.has(p.id)).map((p) => p.name).sort(byName);
  const changed = patch.people.length - back.length;
  const gone = patch.removePeople.map((id) => names.get(id) ?? id).sort(byName);
  const lines = patch.links.length + patch.removeLinks.length;
  const departments = patch.departments.length + patch.removeDepartments.length;
  const details = Object.keys(patch.fields ?? {}).sort();
  const moved = Object.keys(patch.positions).length + patch.removePositions.length;
  return { back, gone, changed, lines, departments, details, moved, same: !back.length && !gone.length && !changed && !lines && !departments && !details.length };
}
