import { z } from 'zod';
import { Text } from '../model/ids';

/** The largest file Bidmap imports (a .bidmap, a contact list): bigger ones are refused before reading. */
export const MAX_IMPORT_BYTES = 30 * 1024 * 1024;

/** What a file to import is: the user picks it (the services ask the host), the OS opened it, or it was dropped on the window. */
export const INCOMING_KINDS = ['bidmap', 'contacts'] as const;
export type IncomingKind = (typeof INCOMING_KINDS)[number];

/**
 * Where an imported file comes from. The page never names a path: a dialog asked by the
 * services, a file the OS handed to the app (by a token main gave the page), or the bytes of a
 * file dropped on the window.
 */
export const IncomingSource = z.discriminatedUnion('from', [
  z.object({ from: z.literal('dialog') }),
  z.object({ from: z.literal('opened'), token: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) }),
  z.object({
    from: z.literal('bytes'),
    name: Text(300),
    // A little over the limit, so the services (not the contract) say how big the file is.
    base64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 1024),
  }),
]);
export type IncomingSource = z.infer<typeof IncomingSource>;
