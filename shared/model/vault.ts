import { z } from 'zod';

/** A passphrase is at least this long (characters); longer is better, and the dialog says so. */
export const MIN_PASSPHRASE = 8;
export const Passphrase = z.string().min(1).max(1024);

/** Idle minutes after which an encrypted workspace locks itself; 0 never. */
export const IDLE_LOCK_CHOICES = [0, 5, 15, 30, 60, 240] as const;
export const IdleLockMinutes = z
  .number()
  .int()
  .refine((m) => (IDLE_LOCK_CHOICES as readonly number[]).includes(m), `one of ${IDLE_LOCK_CHOICES.join(', ')} minutes`);
export const DEFAULT_IDLE_LOCK_MINUTES = 15;

/** Why "remember on this device" cannot be offered, when it cannot. */
export const REMEMBER_REFUSALS = ['unavailable', 'basicText', 'noDevice'] as const;
export type RememberRefusal = (typeof REMEMBER_REFUSALS)[number];

/** What the page needs to know about the workspace's encryption, before and after it is unlocked. */
export const VaultStatus = z.object({
  encrypted: z.boolean(),
  /** Encrypted and not unlocked: nothing but the unlock screen can be shown. */
  locked: z.boolean(),
  idleLockMinutes: z.number().int().nonnegative(),
  /** The keys of this workspace are remembered on this device (no passphrase at start). */
  remembered: z.boolean(),
  /** Null when "remember on this device" can be offered; otherwise why not. */
  rememberRefused: z.enum(REMEMBER_REFUSALS).nullable(),
  /** A change of encryption was cut short (a crash); unlocking finishes it. */
  unfinished: z.enum(['encrypt', 'rotate', 'decrypt']).nullable(),
  /** The workspace folder, so the unlock screen can say which one. */
  path: z.string(),
});
export type VaultStatus = z.infer<typeof VaultStatus>;

/** What a change of encryption did: files rewritten and how long it took. */
export const VaultChange = z.object({ files: z.number().int().nonnegative(), status: VaultStatus });
export type VaultChange = z.infer<typeof VaultChange>;
