import { browser } from 'wxt/browser';
import { syncRegistrations } from './registration';

function resync(): void {
  void syncRegistrations().then(
    (result) => result.failed.length > 0 && console.warn('[sites] could not register', result.failed),
    (error: unknown) => console.warn('[sites] could not sync content scripts', error),
  );
}

/**
 * Background: registers the content scripts of added sites at every start, and follows the user
 * granting or removing a site's permission in the browser's own settings.
 */
export function startSiteRegistration(): void {
  resync();
  browser.runtime.onStartup.addListener(resync);
  browser.runtime.onInstalled.addListener(resync);
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
}
