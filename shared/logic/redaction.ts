import { Account } from '../model/account';
import type { Person } from '../model/person';
import type { RedactionLevel } from '../taxonomy/keys';

/**
 * The account as a level may share it. Built by allow-list: a redacted account is parsed anew
 * from only the fields the level names, so a field added to the model later stays out of map and
 * team until someone decides it belongs there.
 *
 * - map: names, titles, departments, reporting lines, buying roles (and where cards sit), and who
 *   held which post when (successions without their note, former people as the map shows anyone);
 * - team: plus attitude, influence, customer type, key people, relationship stage and who of our
 *   team covers whom, motives, the other kinds of lines, background, opportunities, competitors,
 *   segmentation, owner and territory, the findings set aside, and the plan to win (targets,
 *   leanings, decision criteria and scores, win themes, influence plans, actions, whitespace),
 *   the account's reviews and their cadence, client moves, meeting plans and their debriefs' outcomes;
 * - full: everything, including dossiers, itineraries, activities, phones and e-mails, notes,
 *   debriefs' notes.
 */
export function redactAccount(account: Account, level: RedactionLevel): Account {
  if (level === 'full') return account;
  const team = level === 'team';
  return Account.parse({
    schemaVersion: account.schemaVersion,
    id: account.id,
    name: account.name,
    alternateName: account.alternateName,
    industry: account.industry,
    createdAt: account.createdAt,
    updatedAt: account.updatedAt,
    departments: account.departments,
    people: account.people.map((p) => redactPerson(p, level)),
    // Who held which post when is an organisation fact; why someone left (the note) is personal,
    // and a former person's dossier is cut like anyone's.
    formerPeople: account.formerPeople.map((p) => redactPerson(p, level)),
    successions: account.successions.map((s) => ({ ...s, note: '' })),
    // The map shows who reports to whom; influence, alliances and rivalries are the team's.
    links: account.links
      .filter((l) => team || l.kind === 'reportsTo')
      .map((l) => ({ ...l, note: '', strength: team ? l.strength : null })),
    canvas: account.canvas,
    ...(team && {
      owner: account.owner,
      territory: account.territory,
      background: account.background,
      team: account.team.map((m) => ({ id: m.id, name: m.name, role: m.role })),
      competitors: account.competitors,
      opportunities: account.opportunities,
      segmentation: account.segmentation,
      // Which gaps we set aside, and why, is our judgement; so is the plan to win.
      setAside: account.setAside,
      actions: account.actions,
      whitespace: account.whitespace,
      // Reviews (the recorded states and the rep's notes) and how often they are due: the team's.
      reviews: account.reviews,
      reviewCadence: account.reviewCadence,
      // Issue 18: client moves and meeting plans are the team's; of a debrief, the outcome and
      // what moved are, while what happened, what we learned and why are its notes (full).
      clientMoves: account.clientMoves,
      meetings: account.meetings.map((m) => ({ ...m, debrief: m.debrief && { ...m.debrief, notes: '', learned: '', why: '' } })),
    }),
  });
}

function redactPerson(p: Person, level: Exclude<RedactionLevel, 'full'>) {
  const map = {
    id: p.id,
    name: p.name,
    alternateName: p.alternateName,
    title: p.title,
    departmentId: p.departmentId,
    roles: p.roles,
    placeholder: p.placeholder,
  };
  if (level === 'map') return map;
  return {
    ...map,
    customerType: p.customerType,
    attitude: p.attitude,
    influence: p.influence,
    keyPerson: p.keyPerson,
    relationship: {
      stage: p.relationship.stage,
      ownerId: p.relationship.ownerId,
      coverage: p.relationship.coverage,
      // When the stage moved is the team's; why (the story behind it) is a note.
      history: p.relationship.history.map((h) => ({ date: h.date, from: h.from, to: h.to })),
    },
    motives: p.motives,
    target: p.target,
    leaning: p.leaning,
    criteria: p.criteria,
    influencePlan: p.influencePlan,
  };
}
