// No Electron import here: the allow-list is tested on its own (tests/unit/external-url.test.ts).

/** The only schemes handed to the system: a web page over TLS and a new e-mail. */
export const EXTERNAL_SCHEMES = ['https:', 'mailto:'] as const;

/** Longer is not a link a person clicked; Windows also truncates very long ShellExecute arguments. */
const MAX_URL_LENGTH = 2048;

/**
 * The URL to open in the system browser or mail app, normalized, or null when it must not be
 * opened. Only https: (with a host, without user:password@) and mailto: (with an address) pass;
 * file:, javascript:, data:, custom schemes of other apps (which could launch them with our
 * arguments), plain http: and anything unparseable are refused.
 */
export function externalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL_LENGTH) return null;
  // A URL with control characters or spaces was not typed by a person: URL() would strip or
  // escape them, and the system might read them differently.
  if (/\s/.test(raw) || [...raw].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol === 'https:') {
    if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
    return url.href;
  }
  if (url.protocol === 'mailto:') {
    // mailto:someone@example.com, optionally ?subject=…; not an empty or host-only address.
    return /^[^@/?#]+@[^@/?#]+/.test(url.pathname) ? url.href : null;
  }
  return null;
}
