import { describe, expect, it } from 'vitest';
import { henan } from '../support/team-members';
import { applyPatch, invertPatch } from '../../shared/logic/chart';
import { updatePerson } from '../../shared/logic/chart/commands';
import { rebasePatch } from '../../shared/logic/team/rebase';
import type { Account } from '../../shared/model/account';
import { emptyPatch } from '../../shared/model/chart-patch';

// Local undo never undoes a teammate's change: the history's patches put whole records back, so
// each is rebased over what the teammate changed (shared/logic/team/rebase.ts).

describe('rebasePatch', () => {
  it("an undo of my attitude edit, rebased over Ben's new title of the same person, keeps Ben's title and takes my attitude back", () => {
    const start = henan();
    const p = start.people[1]!;
    const forward = updatePerson(start, p.id, { attitude: p.attitude === 'supporter' ? 'opponent' : 'supporter' });
    const backward = invertPatch(start, forward);
    const mine = applyPatch(start, forward);
    // Ben's change arrives: the same person's title, and another person's name.
    const other = mine.people[2]!;
    const theirs: Account = {
      ...mine,
      people: mine.people.map((x) => (x.id === p.id ? { ...x, title: 'Title by Ben' } : x.id === other.id ? { ...x, name: 'Renamed by Ben' } : x)),
    };

    // Without the rebase, undo would put the old title back: the failure this guards against.
    expect(applyPatch(theirs, backward).people.find((x) => x.id === p.id)!.title).toBe(p.title);

    const undo = rebasePatch(backward, mine, theirs);
    const undone = applyPatch(theirs, undo);
    const after = undone.people.find((x) => x.id === p.id)!;
    expect(after.title).toBe('Title by Ben');
    expect(after.attitude).toBe(p.attitude);
    expect(undone.people.find((x) => x.id === other.id)!.name).toBe('Renamed by Ben');

    // Redo, rebased the same way, gives my attitude back and still Ben's title.
    const redo = rebasePatch(forward, mine, theirs);
    const redone = applyPatch(undone, redo).people.find((x) => x.id === p.id)!;
    expect(redone.title).toBe('Title by Ben');
    expect(redone.attitude).toBe(forward.people[0]!.attitude);
  });

  it("a field we both changed: undo leaves the teammate's value (never reverts their change)", () => {
    const start = henan();
    const p = start.people[0]!;
    const forward = updatePerson(start, p.id, { title: 'Mine' });
    const backward = invertPatch(start, forward);
    const mine = applyPatch(start, forward);
    const theirs: Account = { ...mine, people: mine.people.map((x) => (x.id === p.id ? { ...x, title: 'Theirs' } : x)) };
    const undone = applyPatch(theirs, rebasePatch(backward, mine, theirs));
    expect(undone.people.find((x) => x.id === p.id)!.title).toBe('Theirs');
  });

  it('a card the teammate moved stays where they put it when I undo my own move of it', () => {
    const start = henan();
    const id = start.people[0]!.id;
    const forward = { ...emptyPatch(), positions: { [id]: { x: 1, y: 2 } } };
    const backward = invertPatch(start, forward);
    const mine = applyPatch(start, forward);
    const theirs: Account = { ...mine, canvas: { ...mine.canvas, positions: { ...mine.canvas.positions, [id]: { x: 50, y: 60 } } } };
    const undone = applyPatch(theirs, rebasePatch(backward, mine, theirs));
    expect(undone.canvas.positions[id]).toEqual({ x: 50, y: 60 });
  });
});
