import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDemoAccounts } from '../../electron/services/demo';
import { bidmapJsonSchema, BidmapFile, BIDMAP_FILE_VERSION } from '../../shared/model/bidmap-file';

const PUBLISHED = resolve(import.meta.dirname, '../../docs/bidmap.schema.json');

describe('the .bidmap file format', () => {
  it('is published as a JSON Schema that matches the zod schemas (regenerate with `npm run schema`)', async () => {
    const published = JSON.parse(await readFile(PUBLISHED, 'utf8')) as unknown;
    expect(published).toEqual(bidmapJsonSchema());
  });

  it('holds the demo accounts at full and refuses a file of a newer format version', () => {
    const file = {
      format: 'bidmap',
      schemaVersion: BIDMAP_FILE_VERSION,
      appVersion: '0.1.0',
      exportedAt: '2026-11-23T10:00:00.000Z',
      level: 'full',
      accounts: buildDemoAccounts('en', '2026-11-23T10:00:00.000Z'),
    };
    expect(BidmapFile.safeParse(file).success).toBe(true);
    expect(BidmapFile.safeParse({ ...file, schemaVersion: BIDMAP_FILE_VERSION + 1 }).success).toBe(false);
    expect(BidmapFile.safeParse({ ...file, accounts: [] }).success).toBe(false);
  });
});
