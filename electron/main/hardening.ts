import { app, shell, type Session } from 'electron';
import {
  CONTENT_SECURITY_POLICY,
  isAllowedRequestUrl,
  isSafeExternalUrl,
  navigationDecision,
} from '../shell-common/security-policy';

/** Denies every permission (camera, notifications, …) and stamps the CSP on any response. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
  // Offline by design: a request for anything but the app's own resources never leaves.
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
}

/** For every web contents ever created: no navigation away, no new windows, no webviews. */
export function lockDownWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (navigationDecision(url) === 'deny') event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (navigationDecision(url) === 'deny') event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // Links to outlets open in the system browser, after the allow-list check; never in the app.
      if (isSafeExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}
