import { app, session, shell, type WebContents } from 'electron';
import { externalUrl } from './external-url';
import { DEV_URL_PATTERN, isAppUrl } from './paths';

/**
 * CSP for the dev server's pages only. The built page carries its own, stricter policy as a
 * meta tag (electron/build/csp-plugin.ts). Development needs two relaxations: the React
 * refresh preamble is an inline script, and hot reload talks over a websocket.
 */
const DEV_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

/**
 * A link leaving the app opens in the system browser or mail app, and only when its scheme is
 * on the allow-list (https:, mailto:; see external-url.ts). Never inside Bidmap.
 */
function openOutside(url: string): void {
  const allowed = externalUrl(url);
  if (allowed === null) {
    console.warn(`bidmap: refused to open ${url.slice(0, 200)}`);
    return;
  }
  shell.openExternal(allowed).catch((e: unknown) => console.error('bidmap: could not open a link:', e));
}

function lockDown(contents: WebContents): void {
  // Our page never navigates (routes live in the URL hash): anything else is refused, and a
  // link the user followed goes to the system browser if the allow-list lets it.
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openOutside(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

/**
 * Denies navigation, new windows, webviews and every permission request, for every web
 * contents the app ever creates (installed before the first window).
 */
export function installSecurity(): void {
  app.on('web-contents-created', (_event, contents) => lockDown(contents));

  const ses = session.defaultSession;
  // Bidmap needs no camera, microphone, geolocation, notifications-from-the-page, etc.
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);

  if (DEV_URL_PATTERN) {
    ses.webRequest.onHeadersReceived({ urls: [DEV_URL_PATTERN] }, (details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [DEV_CSP] } });
    });
  }
}
