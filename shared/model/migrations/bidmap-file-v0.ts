import type { Migration } from './runner';

// v0 is what the prototype shared: one account's own file, sent as it was (no envelope, no level).
export const bidmapFileV0toV1: Migration = {
  from: 0,
  name: 'a bare account document into the .bidmap envelope',
  up(doc) {
    const stamp = typeof doc.updatedAt === 'string' ? doc.updatedAt : '2020-01-01T00:00:00.000Z';
    return { format: 'bidmap', appVersion: 'prototype', exportedAt: stamp, exportedBy: '', level: 'full', accounts: [doc] };
  },
};
