import { app, session, type WebContents } from 'electron';
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

function lockDown(contents: WebContents): void {
  // Our page never navigates (routes live in the URL hash): anything else is refused.
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
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
