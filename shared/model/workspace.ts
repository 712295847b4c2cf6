import { z } from 'zod';
import { LANGUAGES, THEMES, ZONES } from '../taxonomy/keys';
import { Id, Text, Timestamp } from './ids';

export const WORKSPACE_SCHEMA_VERSION = 1;

export const Settings = z.object({
  /** null: follow the operating system's locale. */
  language: z.enum(LANGUAGES).nullable().default(null),
  theme: z.enum(THEMES).default('system'),
  /** Name printed as "prepared by" on briefings. */
  preparedBy: Text(200).default(''),
  /** Days after which a motive analysis not marked reviewed counts as stale (a finding for key people). */
  staleMotiveDays: z.number().int().min(1).max(3650).default(90),
});
export type Settings = z.infer<typeof Settings>;

/** A change to some settings. Not `Settings.partial()`: its defaults would reset the fields left out. */
export const SettingsPatch = z.object({
  language: z.enum(LANGUAGES).nullable().optional(),
  theme: z.enum(THEMES).optional(),
  preparedBy: Text(200).optional(),
  staleMotiveDays: z.number().int().min(1).max(3650).optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatch>;

/** One row of the account index kept in workspace.json (a cache: rebuilt from the account files). */
export const AccountIndexEntry = z.object({
  id: Id,
  name: Text(200),
  zone: z.enum(ZONES).nullable().default(null),
  peopleCount: z.number().int().nonnegative().default(0),
  updatedAt: Timestamp,
});
export type AccountIndexEntry = z.infer<typeof AccountIndexEntry>;

export const WorkspaceFile = z.object({
  schemaVersion: z.literal(WORKSPACE_SCHEMA_VERSION),
  settings: Settings.default(() => Settings.parse({})),
  accounts: z.array(AccountIndexEntry).default([]),
});
export type WorkspaceFile = z.infer<typeof WorkspaceFile>;
