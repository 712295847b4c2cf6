import { z } from 'zod';
import { MAX_CONTACT_COLUMNS } from './table';

/**
 * The fields a contact column can fill. `id` is the row's own key (工号, employee number) that a
 * manager column may refer to; `manager` holds the manager's id or name.
 */
export const CONTACT_FIELDS = ['name', 'alternateName', 'title', 'department', 'phone', 'email', 'id', 'manager'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

const Column = z.number().int().min(0).max(MAX_CONTACT_COLUMNS - 1).nullable().default(null);

/**
 * Which column (0-based) fills each field, null for none. Columns no field uses go into the
 * person's dossier notes as "Header: value" lines when `restToNotes` is on (the default), so
 * nothing the sheet says is lost; off, they are ignored.
 */
export const ContactMapping = z
  .object({
    name: Column,
    alternateName: Column,
    title: Column,
    department: Column,
    phone: Column,
    email: Column,
    id: Column,
    manager: Column,
    restToNotes: z.boolean().default(true),
  })
  .refine((m) => {
    const used = CONTACT_FIELDS.map((f) => m[f]).filter((c) => c !== null);
    return new Set(used).size === used.length;
  }, 'a column can fill only one field');
export type ContactMapping = z.infer<typeof ContactMapping>;
export type ContactMappingInput = z.input<typeof ContactMapping>;

/** Columns that fill no field, in order. */
export function unmappedColumns(mapping: ContactMapping, columnCount: number): number[] {
  const used = new Set(CONTACT_FIELDS.map((f) => mapping[f]));
  return Array.from({ length: columnCount }, (_, i) => i).filter((i) => !used.has(i));
}
