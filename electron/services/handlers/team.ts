import type { Handlers } from '../../../shared/ipc/contract';
import type { TeamConflict } from '../../../shared/ipc/team';
import type { Json } from '../../../shared/logic/level-table';
import { sameJson } from '../../../shared/logic/team/patch';
import { ServiceError, serviceText } from '../errors';
import { teamCall } from '../team-session';
import type { ServiceContext } from './context';

type TeamCalls = Pick<Handlers, 'teamStatus' | 'teamJoin' | 'teamLeave' | 'teamMembers' | 'teamShare' | 'teamUnshare' | 'teamConflicts' | 'teamKeep'>;

/** Team sync (issue 19): the open workspace's team client, through the session's TeamSession. */
export function teamHandlers(ctx: ServiceContext): TeamCalls {
  const conflictsOf = (account: string): TeamConflict[] =>
    (ctx.team.client()?.conflicts(account) ?? []).map(({ part, path, values }) => ({ part, path, values }));
  return {
    teamStatus: () => ctx.team.status(),
    teamJoin: ({ server, name, token }) => ctx.team.join(ctx.workspace(), server, name, token),
    teamLeave: () => ctx.team.leave(ctx.workspace()),
    teamMembers: () => teamCall(() => ctx.team.joined().api.members()),
    teamShare: ({ account, user, level }) => {
      const client = ctx.team.joined();
      if (!ctx.workspace().has(account)) throw new ServiceError('notFound', serviceText('noAccount', { id: account }));
      return teamCall(() => client.share(account, user, level));
    },
    teamUnshare: ({ account, user }) => teamCall(() => ctx.team.joined().unshare(account, user)),
    teamConflicts: ({ account }) => conflictsOf(account),
    teamKeep: async ({ account, part, path, valueJson }) => {
      const client = ctx.team.joined();
      // Only a value a conflict holds now, at that very place: the page cannot write anything else this way.
      const conflict = conflictsOf(account).find((c) => c.part === part && sameJson(c.path, path));
      const wanted = parsedOrUndefined(valueJson);
      const kept = conflict?.values.find((v) => sameJson(v.value, wanted));
      if (!kept || !(await client.keep(account, part, path, kept.value))) throw new ServiceError('notFound', serviceText('teamNoConflict'));
      return {};
    },
  };
}

/** The JSON text's value, or undefined when it is not JSON (then it matches no conflict's value). */
function parsedOrUndefined(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}
