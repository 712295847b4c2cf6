import type { Plugin } from 'vite';

/**
 * The renderer's Content-Security-Policy: only our own files, no remote anything. Inline
 * styles stay allowed because React Flow positions nodes with style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

/**
 * Puts the CSP into the built index.html, first in <head> so it governs every script and style
 * after it. Build only: the dev server needs an inline script for React refresh, so main sends
 * the dev pages a looser policy as a header (electron/main/security.ts). A page without a
 * <head> fails the build rather than ship without a policy.
 */
export function cspPlugin(): Plugin {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
  return {
    name: 'bidmap-csp',
    apply: 'build',
    transformIndexHtml(html) {
      const head = /<head(\s[^>]*)?>/i.exec(html);
      if (!head) throw new Error('bidmap-csp: index.html has no <head> to put the Content-Security-Policy in');
      const at = head.index + head[0].length;
      return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
    },
  };
}
