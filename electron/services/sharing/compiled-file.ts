import { z } from 'zod';
import { BidmapFile } from '../../../shared/model/bidmap-file';

let compiled: typeof BidmapFile | null = null;

/**
 * The .bidmap file's schema compiled by zod into one generated function (zod's `compile`): the
 * same checks and defaults, the same output, in well under half the time of zod's schema-walking
 * parser (for a 1,000-person file, less than JSON.parse of it; the walk cost more than parsing).
 * An input it refuses is parsed again by the schema itself, so a refusal names the same place
 * with the same sentence. Compiled at the first import, not at start; services only (it builds
 * code with `new Function`, which the page's content security policy forbids).
 */
export function bidmapFileSchema(): typeof BidmapFile {
  return (compiled ??= z.compile(BidmapFile));
}
