import { z } from 'zod';
import { Id } from '../model/ids';
import { REDACTION_LEVELS } from '../taxonomy/keys';

// The team-sync calls' shapes (issue 19): what the page sees of the team client in main. The
// renderer never sees Automerge: only names, levels, the connection and conflicting values.

const Level = z.enum(REDACTION_LEVELS);

/** A member's name on the team server (as `team-server add-user` accepts it). */
export const MemberName = z.string().regex(/^[\p{L}\p{N}._-]{1,64}$/u, 'a member name is letters, digits, ".", "_" or "-" (at most 64)');

/** ws://HOST:PORT or wss://HOST:PORT (a path is allowed; credentials are not). */
export const TeamServerAddress = z
  .string()
  .trim()
  .max(2000)
  .regex(/^wss?:\/\/[^\s/@]+(\/\S*)?$/i, 'the server address starts with ws:// or wss:// and names a host (no name or password in it)');

export const TeamToken = z.string().trim().min(1, 'the token is required').max(500);

export const TeamConnection = z.discriminatedUnion('status', [
  z.object({ status: z.literal('connecting') }),
  z.object({ status: z.literal('connected'), since: z.string() }),
  z.object({ status: z.literal('offline'), since: z.string(), reason: z.string() }),
  z.object({ status: z.literal('refused'), reason: z.string() }),
  z.object({ status: z.literal('stopped') }),
]);
export type TeamConnection = z.infer<typeof TeamConnection>;

export const TeamStatus = z.discriminatedUnion('joined', [
  z.object({
    joined: z.literal(false),
    /** Why the workspace's team file could not be read (it is left as it is), or null. */
    problem: z.string().nullable(),
  }),
  z.object({
    joined: z.literal(true),
    server: z.string(),
    name: z.string(),
    connection: TeamConnection,
    /** Changes made here that the server did not hold at the last look; null before the first look. */
    waiting: z.number().int().nullable(),
    problem: z.string().nullable(),
    accounts: z.array(z.object({ id: Id, name: z.string(), level: Level, revokedAt: z.string().nullable() })),
  }),
]);
export type TeamStatus = z.infer<typeof TeamStatus>;

export const TeamMember = z.object({
  name: z.string(),
  /** Levels on the accounts the asker owns (holds at full); other accounts are not listed. */
  grants: z.record(z.string(), Level),
});
export type TeamMember = z.infer<typeof TeamMember>;

export const TeamShareResult = z.object({ account: z.string(), members: z.array(z.object({ name: z.string(), level: Level })) });
export type TeamShareResult = z.infer<typeof TeamShareResult>;

/** A JSON value as a conflict holds it (a title, a number, a list…). */
export const ConflictValue = z.json();

export const TeamPartName = z.enum(['map', 'team', 'full']);

export const TeamConflict = z.object({
  part: TeamPartName,
  /** Where in the level's document, e.g. ["people", "p1", "title"]. */
  path: z.array(z.string().max(200)).min(1).max(8),
  values: z.array(z.object({ value: ConflictValue, by: z.string() })),
});
export type TeamConflict = z.infer<typeof TeamConflict>;

/** A teammate's change arrived in an account (main -> page): the page reloads it. */
export const TeamChange = z.object({ account: Id, by: z.array(z.string().max(200)).max(100) });
export type TeamChange = z.infer<typeof TeamChange>;

export const teamCalls = {
  /** Whether this workspace joined a team, the connection, and the shared accounts; answers without a team too. */
  status: { input: z.object({}), output: TeamStatus },
  /** Joins a team server (asking it first whether the token is right) and starts syncing. */
  join: { input: z.object({ server: TeamServerAddress, name: MemberName, token: TeamToken }), output: TeamStatus },
  /** Stops syncing and forgets the team (team/ folder); the accounts' local copies stay. */
  leave: { input: z.object({}), output: TeamStatus },
  members: { input: z.object({}), output: z.array(TeamMember) },
  share: { input: z.object({ account: Id, user: MemberName, level: Level }), output: TeamShareResult },
  unshare: { input: z.object({ account: Id, user: MemberName }), output: TeamShareResult },
  conflicts: { input: z.object({ account: Id }), output: z.array(TeamConflict) },
  /**
   * Keeps one of a conflict's values (written for everyone; the conflict ends). The value travels
   * as its JSON text: a schema walking any JSON the page sends would recurse as deep as it nests.
   */
  keep: { input: z.object({ account: Id, part: TeamPartName, path: TeamConflict.shape.path, valueJson: z.string().max(1_000_000) }), output: z.object({}) },
} as const;
