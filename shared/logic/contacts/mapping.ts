import { z } from 'zod';
import { MAX_CONTACT_COLUMNS } from './table';

/**
 * The fields a contact column can fill. `id` is the row's own key (工号, employee number) that a
 * manager column may refer to; `manager` holds the manager's id or name.
 */
export const CONTACT_FIELDS = ['name', 'alternateName', 'title', 'department', 'phone', 'email', 'id', 'manager'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];
/** The fields a mapping fills: the person's, and `nameParts` (the name when the name column is empty in a row). */
export const MAPPED_FIELDS = [...CONTACT_FIELDS, 'nameParts'] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

/** How many columns one field can combine (First + Middle + Last, Phone 1…4). */
export const MAX_PARTS = 6;

const Index = z
  .number()
  .int()
  .min(0)
  .max(MAX_CONTACT_COLUMNS - 1);
/** One column, several combined (`[first, middle, last]`), or none. */
const Columns = z
  .union([Index, z.array(Index).min(1).max(MAX_PARTS)])
  .nullable()
  .default(null);
export type Columns = z.infer<typeof Columns>;

/**
 * Which columns (0-based) fill each field, null for none. A field given several columns joins
 * them for the name, alternate name, title and department (`First Name+Last Name`), and takes the
 * first non-empty one of the row for phone, e-mail, ID and manager (Mobile, else Business Phone).
 * `nameParts` gives the name of rows whose name column is empty (a display name missing, the
 * given and family names there). Columns no field uses go into the person's dossier notes as
 * "Header: value" lines when `restToNotes` is on (the default), sensitive ones never.
 */
export const ContactMapping = z
  .object({
    name: Columns,
    alternateName: Columns,
    title: Columns,
    department: Columns,
    phone: Columns,
    email: Columns,
    id: Columns,
    manager: Columns,
    nameParts: Columns,
    restToNotes: z.boolean().default(true),
  })
  .refine((m) => {
    // nameParts may repeat the name's own columns (a display name is often one of the parts' sources).
    const used = CONTACT_FIELDS.flatMap((f) => columnsOf(m[f]));
    return new Set(used).size === used.length;
  }, 'a column can fill only one field');
export type ContactMapping = z.infer<typeof ContactMapping>;
export type ContactMappingInput = z.input<typeof ContactMapping>;

/** A field's columns as a list (`2` → `[2]`, null → `[]`). */
export const columnsOf = (c: Columns | undefined): number[] =>
  c === null || c === undefined ? [] : typeof c === 'number' ? [c] : c;

/** One column back as a number, several as a list, none as null (the schema's own forms). */
export const asColumns = (list: readonly number[]): Columns =>
  list.length === 0 ? null : list.length === 1 ? list[0]! : [...list].slice(0, MAX_PARTS);

/** Columns that fill no field, in order. */
export function unmappedColumns(mapping: ContactMapping, columnCount: number): number[] {
  const used = new Set(MAPPED_FIELDS.flatMap((f) => columnsOf(mapping[f])));
  return Array.from({ length: columnCount }, (_, i) => i).filter((i) => !used.has(i));
}
