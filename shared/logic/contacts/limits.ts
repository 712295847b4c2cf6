import { z } from 'zod';
import { Department } from '../../model/account';
import { Dossier, Person } from '../../model/person';

/**
 * The longest text a field holds, read from its schema, which must be a plain string with a
 * maximum length and no other rule (a default aside). Throws otherwise, when the module loads: the
 * contacts import cuts each value to this length and takes that as the value's whole check against
 * the schema (no schema parse per row), so a rule added to one of these fields must be met here
 * too before the import runs again.
 */
export function textLimit(schema: z.ZodType): number {
  const inner = schema instanceof z.ZodDefault ? schema.unwrap() : schema;
  const checks = inner instanceof z.ZodString ? (inner._zod.def.checks ?? []) : null;
  if (!(inner instanceof z.ZodString) || inner.maxLength === null || inner.format !== null || checks?.length !== 1) {
    throw new Error(
      'The contacts import checks only a maximum length: this field has another rule; check it in shared/logic/contacts/build.ts',
    );
  }
  return inner.maxLength;
}

/** Longest text each field holds (the model's limits), checked per row rather than failing the file. */
export const MAX_LENGTH = {
  name: textLimit(Person.shape.name),
  alternateName: textLimit(Person.shape.alternateName),
  title: textLimit(Person.shape.title),
  department: textLimit(Department.shape.name),
  phone: textLimit(Person.shape.phone),
  email: textLimit(Person.shape.email),
  notes: textLimit(Dossier.shape.notes),
  /** Not kept: an ID column only finds managers. */
  id: 200,
} as const;
