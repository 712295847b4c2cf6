import type { Account } from '../../model/account';

// A person who left their post on one side and was edited on the other (issue 18): both are kept.
// Before the merge, the side that still has them on the chart (and the common base) sees them as
// a former person, so the edits merge into the former person's record field by field, and the
// chart keeps the vacancy the other side made instead of bringing the person back.

function relocate(account: Account, ids: ReadonlySet<string>): Account {
  if (!account.people.some((p) => ids.has(p.id))) return account;
  const leaving = account.people.filter((p) => ids.has(p.id) && !account.formerPeople.some((f) => f.id === p.id));
  return {
    ...account,
    people: account.people.filter((p) => !ids.has(p.id)),
    formerPeople: [...account.formerPeople, ...leaving],
  };
}

/** Those who left on one side and are still on the chart on the other: on both, as former people. */
export function alignDepartures(
  mine: Account,
  theirs: Account,
  base: Account | null,
): { mine: Account; theirs: Account; base: Account | null } {
  const leftOn = (a: Account) => new Set(a.successions.map((s) => s.id).filter((id) => a.formerPeople.some((p) => p.id === id)));
  const onChart = (a: Account) => new Set(a.people.map((p) => p.id));
  const leftMine = leftOn(mine);
  const leftTheirs = leftOn(theirs);
  if (leftMine.size === 0 && leftTheirs.size === 0) return { mine, theirs, base };
  const theirsChart = onChart(theirs);
  const mineChart = onChart(mine);
  const inTheirs = new Set([...leftMine].filter((id) => theirsChart.has(id)));
  const inMine = new Set([...leftTheirs].filter((id) => mineChart.has(id)));
  const both = new Set([...inTheirs, ...inMine]);
  return { mine: relocate(mine, inMine), theirs: relocate(theirs, inTheirs), base: base && relocate(base, both) };
}
