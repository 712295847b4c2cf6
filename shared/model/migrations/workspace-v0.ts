import type { Migration } from './runner';

// v0 kept the language at the top level as 'zh' or 'en'; the account index is a cache and is rebuilt.
export const workspaceV0toV1: Migration = {
  from: 0,
  name: 'language into settings',
  up(doc) {
    const lang = doc.language === 'zh' ? 'zh-CN' : doc.language === 'en' ? 'en' : null;
    return { settings: { language: lang }, accounts: [] };
  },
};
