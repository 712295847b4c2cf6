import { z } from 'zod';

/** Keys that would reach an object's prototype if used as a property name. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/** A record id: short, URL- and file-name-safe, never a prototype key. */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'ids use letters, digits, "-" and "_" (at most 64)')
  .refine((s) => !RESERVED.has(s), 'reserved id');
export type Id = z.infer<typeof Id>;

/** A new random id, e.g. `p_3f9a0c1d2e4b`. Works in Node and the browser (Web Crypto). */
export function newId(prefix: string): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return `${prefix}_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** ISO date (YYYY-MM-DD) or empty when unknown. */
export const IsoDate = z.union([z.literal(''), z.iso.date()]);
/** ISO timestamp with offset, e.g. 2026-11-22T10:00:00.000Z. */
export const Timestamp = z.iso.datetime({ offset: true });

/** Free text with a generous ceiling so one field cannot bloat a file. */
/** The longest free text a field holds unless it says otherwise (the UI's fields stop there too). */
export const TEXT_MAX = 4000;
export const Text = (max = TEXT_MAX) => z.string().max(max);
