import { z } from 'zod';
import { Account } from '../model/account';
import { BriefingData, BriefingRequest, MeetingBriefRequest } from '../model/briefing';
import { Agenda } from '../model/agenda';
import { ActionList, ActionQuery } from '../model/action-list';
import { DebriefList, DebriefQuery } from '../model/debrief-list';
import { ChartPatch } from '../model/chart-patch';
import { Id, Text, Timestamp } from '../model/ids';
import { Settings, SettingsPatch } from '../model/workspace';
import { SnapshotId } from '../model/bidmap-file';
import { IdleLockMinutes, Passphrase, VaultChange, VaultStatus } from '../model/vault';
import { VersionEntry, VersionId } from '../model/versions';
import { ImportChoices, ImportPreview, ImportResult } from '../model/sharing';
import { LANGUAGES, REDACTION_LEVELS } from '../taxonomy/keys';
import { OpenedFile } from './events';
import { TextEncoding } from '../logic/contacts/encodings';
import { KnownFormat } from '../logic/contacts/formats';
import { ContactMapping } from '../logic/contacts/mapping';
import { ContactsPreview } from '../logic/contacts/preview';
import { IncomingSource } from './incoming';
import { SearchInput, SearchResults } from './search';
import { teamCalls } from './team';
import { AbsolutePath, AccountName, AccountSummary, StorageStatus, WorkspaceInfo, type Envelope } from './types';

const call = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });
const none = z.object({});
const byId = z.object({ id: Id });
/** The most days one agenda covers (a year and a leap day). */
export const MAX_AGENDA_DAYS = 366;
/** A window of days, both ends included, that ends on or after its start and is not too long. */
const inWindow = <T extends z.ZodObject<{ from: z.ZodISODate; to: z.ZodISODate }>>(schema: T) =>
  schema
    .refine((w) => w.to >= w.from, 'the end date is before the start date')
    .refine(
      (w) => Date.parse(w.to) - Date.parse(w.from) <= MAX_AGENDA_DAYS * 86_400_000,
      `a window of at most ${MAX_AGENDA_DAYS} days`,
    );
const windowShape = {
  from: z.iso.date(),
  to: z.iso.date(),
  /** The asker's today: a review due before the window shows on it (the services' date when not given). */
  today: z.iso.date().optional(),
};

const StagingId = z.string().regex(/^[0-9a-f]{1,64}$/);
/** A contact list as read: enough for the mapping step (headers, a sample, how it was read) and the suggested mapping. */
const ContactsRead = z.object({
  stagingId: StagingId,
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx', 'vcard']),
  encoding: z.union([TextEncoding, z.literal('binary')]),
  /** The encoding was inferred from the bytes (no BOM, not UTF-8). */
  encodingDetected: z.boolean(),
  /** Characters that could not be read in that encoding: the page warns and offers the others. */
  replaced: z.number().int(),
  /** The export recognised by its headers (or the vCard flavour), null for none. */
  recognised: KnownFormat.nullable(),
  unit: z.enum(['row', 'card']),
  /** The row the headers come from (0 for a vCard file), and the first rows to choose another from. */
  headerLine: z.number().int(),
  headerChoices: z.array(z.object({ line: z.number().int(), text: z.string() })),
  headers: z.array(z.string()),
  rowCount: z.number().int(),
  sample: z.array(z.array(z.string())),
  mapping: ContactMapping,
});
export type ContactsRead = z.infer<typeof ContactsRead>;

/**
 * Every call the renderer can make: name, input schema, output schema. Main registers
 * one handler per entry, the preload exposes one function per entry, the test harness
 * binds the same table in-process.
 */
export const contract = {
  getWorkspace: call(none, WorkspaceInfo),
  updateSettings: call(SettingsPatch, Settings),
  chooseWorkspaceFolder: call(none, z.object({ path: z.string().nullable() })),
  switchWorkspace: call(z.object({ path: AbsolutePath }), WorkspaceInfo),
  createDemoWorkspace: call(z.object({ path: AbsolutePath, language: z.enum(LANGUAGES) }), WorkspaceInfo),
  revealWorkspace: call(none, z.object({})),

  /** Whether the workspace is encrypted and locked; answers even while it is locked. */
  vaultStatus: call(none, VaultStatus),
  /** Unlocks an encrypted workspace (finishing a change a crash cut short); `remember` keeps its keys on this device. */
  unlockWorkspace: call(z.object({ passphrase: Passphrase, remember: z.boolean().default(false) }), VaultStatus),
  /** Writes every pending save, closes the workspace and forgets its keys (no-op when not encrypted). */
  lockWorkspace: call(none, VaultStatus),
  /** Encrypts every file of the workspace under a new passphrase. */
  enableEncryption: call(
    z.object({ passphrase: Passphrase, idleLockMinutes: IdleLockMinutes, remember: z.boolean().default(false) }),
    VaultChange,
  ),
  /** Re-encrypts every file under a new key that only the new passphrase unlocks. */
  changePassphrase: call(z.object({ current: Passphrase, next: Passphrase }), VaultChange),
  /** Writes every file plain again (asks for the passphrase). */
  disableEncryption: call(z.object({ passphrase: Passphrase }), VaultChange),
  setIdleLock: call(z.object({ minutes: IdleLockMinutes }), VaultStatus),
  /** Remembers (or forgets) the workspace's keys on this device, sealed by the OS. */
  rememberOnDevice: call(z.object({ remember: z.boolean() }), VaultStatus),

  listAccounts: call(none, z.array(AccountSummary)),
  getAccount: call(byId, Account),
  createAccount: call(z.object({ name: AccountName }), AccountSummary),
  renameAccount: call(z.object({ id: Id, name: AccountName }), AccountSummary),
  deleteAccount: call(byId, z.object({ id: Id, trashId: z.string() })),
  undoDeleteAccount: call(z.object({ trashId: z.string().regex(/^[A-Za-z0-9_.-]+$/) }), AccountSummary),
  restoreBackup: call(byId, AccountSummary),
  /** Writes that failed (a full disk, a read-only or removed folder) and are being retried; empty when all is saved. */
  storageStatus: call(none, StorageStatus),
  /** Tries every failed write again now. */
  retrySaves: call(none, StorageStatus),
  /** The account's kept versions (one per 5 minutes of editing, 7 days), newest first. */
  listVersions: call(byId, z.array(VersionEntry)),
  /** One kept version, whole: the page shows what differs from now and restores it as one undoable edit. */
  getVersion: call(z.object({ id: Id, versionId: VersionId }), Account),
  /** A picture of the chart (PNG as base64, SVG as text) saved where the user chooses. */
  savePicture: call(
    z.object({ name: z.string().max(200), kind: z.enum(['png', 'svg']), data: z.string().max(80_000_000) }),
    z.object({ path: z.string().nullable() }),
  ),
  /**
   * The notebook: every trip across the workspace's accounts in a window of days (both ends
   * included), key people's birthdays, actions due and accounts whose review is due.
   */
  agenda: call(inWindow(z.object(windowShape)), Agenda),
  /**
   * The notebook as shown (its window and filters, see filterAgenda) saved as an iCalendar file
   * where the user chooses; `count` is the number of events written.
   */
  exportCalendar: call(
    inWindow(
      z.object({
        ...windowShape,
        city: Text(200).default(''),
        accountIds: z.array(Id).max(1000).default([]),
        keyOnly: z.boolean().default(false),
        /** The plan's actions due in the window, as the list shows them (on unless turned off). */
        actions: z.boolean().default(true),
        /** Accounts whose review is due, as the list shows them (on unless turned off). */
        reviews: z.boolean().default(true),
        language: z.enum(LANGUAGES),
      }),
    ),
    z.object({ path: z.string().nullable(), count: z.number().int() }),
  ),
  /**
   * Open actions of the plan across every account (the home screen's "My actions"): overdue only,
   * due by a day, whose (mine: the user's and nobody's yet; or a team member's by name), soonest first.
   */
  listActions: call(ActionQuery, ActionList),
  /** Meetings whose day has passed without a debrief, across accounts, oldest first (issue 18). */
  listDebriefsDue: call(DebriefQuery, DebriefList),
  /** One of the page's own font files, for embedding in an exported picture (a file: page cannot fetch it). */
  readFont: call(z.object({ name: z.string().regex(/^[A-Za-z0-9_.-]{1,200}\.woff2$/) }), z.object({ base64: z.string() })),
  /**
   * One canvas edit; answers once it is on disk, with the account's summary as it now is (the home
   * screen's figures follow every save). Applying it again changes nothing (safe retry).
   */
  patchChart: call(z.object({ id: Id, patch: ChartPatch }), z.object({ updatedAt: Timestamp, summary: AccountSummary })),

  /** A briefing's content, redacted to its level by the services (the print route shows only this). */
  briefingData: call(BriefingRequest, BriefingData),
  /** Prints a briefing to PDF and saves it where the user chooses (null: cancelled). */
  exportBriefing: call(BriefingRequest, z.object({ path: z.string().nullable(), pages: z.number().int().nullable() })),
  /** A one-person meeting brief, as `briefingData` is for an account. */
  meetingBriefData: call(MeetingBriefRequest, BriefingData.extend({ personId: Id })),
  exportMeetingBrief: call(MeetingBriefRequest, z.object({ path: z.string().nullable(), pages: z.number().int().nullable() })),
  /** The portfolio nine-grid on one page, as PDF, saved where the user chooses. */
  exportPortfolio: call(
    z.object({ language: z.enum(LANGUAGES) }),
    z.object({ path: z.string().nullable(), pages: z.number().int().nullable() }),
  ),
  /** Opens a PDF, or shows in its folder any file, this session exported (no other path is accepted). */
  openExported: call(z.object({ path: z.string().max(4096), reveal: z.boolean() }), z.object({})),
  /** Files the OS opened with Bidmap that the page has not taken yet (each is given once). */
  takeOpenedFiles: call(none, z.array(OpenedFile)),
  /** Accounts as one .bidmap file at a level (cut in the services), saved where the user chooses (null: cancelled). */
  exportBidmap: call(
    z.object({ accountIds: z.array(Id).min(1).max(1000), level: z.enum(REDACTION_LEVELS) }),
    z.object({ path: z.string().nullable(), accounts: z.number().int(), bytes: z.number().int() }),
  ),
  /** Reads and checks a .bidmap file and says what importing it would do (null: the dialog was cancelled). Writes nothing. */
  previewImport: call(z.object({ source: IncomingSource }), ImportPreview.nullable()),
  /** Imports a previewed file with the user's choices: new accounts added, existing ones merged (one undoable step each). */
  applyImport: call(z.object({ stagingId: z.string().max(64), choices: ImportChoices.default({}) }), ImportResult),
  /** Forgets the version an import brought (the import was undone): it is no longer a common base. */
  forgetSnapshot: call(z.object({ accountId: Id, snapshot: SnapshotId }), z.object({})),
  /** Search everywhere: accounts, people, dossiers, motives, notes, activities; pinyin finds Chinese names. */
  search: call(SearchInput, SearchResults),

  /** Team sync (issue 19): the shapes and what each does are in ./team.ts. */
  teamStatus: call(teamCalls.status.input, teamCalls.status.output),
  teamJoin: call(teamCalls.join.input, teamCalls.join.output),
  teamLeave: call(teamCalls.leave.input, teamCalls.leave.output),
  teamMembers: call(teamCalls.members.input, teamCalls.members.output),
  teamShare: call(teamCalls.share.input, teamCalls.share.output),
  teamUnshare: call(teamCalls.unshare.input, teamCalls.unshare.output),
  teamConflicts: call(teamCalls.conflicts.input, teamCalls.conflicts.output),
  teamKeep: call(teamCalls.keep.input, teamCalls.keep.output),

  /** Reads a contact list (CSV, XLSX, vCard) and keeps it for the next calls; null when the dialog was cancelled. */
  readContacts: call(z.object({ source: IncomingSource }), ContactsRead.nullable()),
  /** Reads the open contact list again in another encoding or under another header row (a new stagingId; the mapping suggested anew). */
  reviseContacts: call(
    z.object({
      stagingId: StagingId,
      encoding: TextEncoding.optional(),
      headerLine: z.number().int().min(1).max(1_000_000).optional(),
    }),
    ContactsRead,
  ),
  /** What importing the read list with this mapping into that account (new, or existing by exact name) would do. */
  previewContacts: call(z.object({ stagingId: StagingId, mapping: ContactMapping, accountName: AccountName }), ContactsPreview),
  /** Imports the rows without problems; the only contacts call that writes the workspace. */
  importContacts: call(
    z.object({ stagingId: StagingId, mapping: ContactMapping, accountName: AccountName }),
    z.object({
      account: AccountSummary,
      imported: z.number().int(),
      skipped: z.number().int(),
      problems: z.number().int(),
      withoutManager: z.number().int(),
      notPeople: z.number().int(),
    }),
  ),
  /** The rows left out, with their problem, saved as CSV where the user chooses (null: cancelled). */
  saveContactProblems: call(
    z.object({ stagingId: StagingId, mapping: ContactMapping, accountName: AccountName, language: z.enum(LANGUAGES) }),
    z.object({ path: z.string().nullable(), count: z.number().int() }),
  ),
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export const CALL_NAMES = Object.keys(contract) as CallName[];
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Contract[K]['output']>;

/** What `window.bidmap` is: one function per call, answering with an envelope. */
export type BridgeApi = { [K in CallName]: (input: CallInput<K>) => Promise<Envelope<CallOutput<K>>> };

/** What the service side implements: inputs arrive parsed. */
export type Handlers = {
  [K in CallName]: (input: z.output<Contract[K]['input']>) => Promise<CallOutput<K>> | CallOutput<K>;
};

/** The IPC channel of a call. */
export const channelOf = (name: CallName): string => `bidmap:${name}`;
