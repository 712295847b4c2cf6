import { z } from 'zod';

/** Keys that would reach an object's prototype if used as a property name. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/** A record id: short, URL- and file-name-safe, never a prototype key. */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'ids use letters, digits, "-" and "_" (at most 64)')
  .refine((s) => !RESERVED.has(s), 'reserved id');
export type Id = z.infer<typeof Id>;

/**
 * A key made of ids (a finding's key: its kind and what it is about), longer than one id. Starts
 * with a letter; never a prototype key.
 */
export const CompositeKey = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]{0,239}$/, 'keys use letters, digits, "-" and "_" (at most 240)')
  .refine((s) => !RESERVED.has(s), 'reserved key');

/** A new random id, e.g. `p_3f9a0c1d2e4b`. Works in Node and the browser (Web Crypto). */
export function newId(prefix: string): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return `${prefix}_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** ISO date (YYYY-MM-DD) or empty when unknown. */
export const IsoDate = z.union([z.literal(''), z.iso.date()]);
/**
 * A day and month without a year, as vCard and ISO 8601 write it: "--12-04" (4 December).
 * 29 February is a day of the year; 30 February is not.
 */
export const MonthDay = z
  .string()
  .regex(/^--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a day and month without a year is written --MM-DD')
  .refine(
    (s) => Number(s.slice(5)) <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][Number(s.slice(2, 4)) - 1]!,
    'no such day',
  );
/** A birthday: a full date, a day and month when the year is not known, or empty. */
export const BirthDate = z.union([IsoDate, MonthDay]);
/** ISO timestamp with offset, e.g. 2026-11-22T10:00:00.000Z. */
export const Timestamp = z.iso.datetime({ offset: true });

/** Free text with a generous ceiling so one field cannot bloat a file. */
/** The longest free text a field holds unless it says otherwise (the UI's fields stop there too). */
export const TEXT_MAX = 4000;
export const Text = (max = TEXT_MAX) => z.string().max(max);
