// `npm run schema`: writes docs/bidmap.schema.json from the zod schemas (a test keeps them in sync).
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { bidmapJsonSchema } from '../shared/model/bidmap-file';

const out = resolve(import.meta.dirname, '../docs/bidmap.schema.json');
await writeFile(out, `${JSON.stringify(bidmapJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);
