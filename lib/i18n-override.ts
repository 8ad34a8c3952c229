import { i18n } from '#i18n';
// signals-core, not @preact/signals: the background imports this file and needs no Preact.
import { type ReadonlySignal, signal } from '@preact/signals-core';
import { browser } from 'wxt/browser';
import { setMessageOverride, type UiLanguage } from './i18n';
import { getSettings, updateSettings, watchSettings } from './storage/settings';

/** Content script → background: "send me this language's messages.json". */
export const MESSAGES_REQUEST = 'cbc:messages';

export type Messages = Record<string, { message: string }>;
export type LoadMessages = (lang: UiLanguage) => Promise<Messages>;
type LanguageSetting = 'auto' | UiLanguage;

/** Bumped after the language changed in a context that cannot reload (the content script); UI roots read it to re-render. */
export const languageRevision = signal(0);

/** The language the browser gave the extension: its own choice among our locales, before any override. */
export function browserLanguage(): UiLanguage {
  return (i18n.t as (key: string) => string)('uiLanguage') === 'pl' ? 'pl' : 'en';
}

/** Extension pages read the packaged messages.json directly. */
export async function fetchMessages(lang: UiLanguage): Promise<Messages> {
  // Not a typed public path: WXT generates _locales/ from locales/ at build time.
  const url = (browser.runtime.getURL as (path: string) => string)(`/_locales/${lang}/messages.json`);
  const response = await fetch(url);
  return (await response.json()) as Messages;
}

/** Content scripts cannot read extension files on the page's origin: the background sends them. */
export async function requestMessages(lang: UiLanguage): Promise<Messages> {
  const reply: unknown = await browser.runtime.sendMessage({ type: MESSAGES_REQUEST, lang });
  if (typeof reply !== 'object' || reply === null) throw new Error('The background sent no messages');
  return reply as Messages;
}

/** Sets (or clears) the override for a setting; returns the language now in use. */
export async function switchLanguage(setting: LanguageSetting, load: LoadMessages): Promise<UiLanguage> {
  const native = browserLanguage();
  if (setting === 'auto' || setting === native) {
    setMessageOverride(null);
    return native;
  }
  setMessageOverride(await load(setting));
  return setting;
}

function isExtensionPage(): boolean {
  return location.href.startsWith(browser.runtime.getURL('/'));
}

export interface ApplyLanguageOptions {
  load?: LoadMessages;
  /** Called after a later change of the setting took effect. Default: pages reload, content scripts bump `languageRevision`. */
  onChange?: () => void;
  /** Stops following the setting (a content script's `ctx.onInvalidated`). */
  onStop?: (stop: () => void) => void;
}

/**
 * Call once before rendering any UI: applies the options page's language choice when it differs
 * from the browser's, and follows later changes. A failure leaves the browser's language: never a blank UI.
 */
export async function applyLanguageSetting(options: ApplyLanguageOptions = {}): Promise<void> {
  const page = isExtensionPage();
  const load = options.load ?? (page ? fetchMessages : requestMessages);
  const onChange = options.onChange ?? (page ? () => location.reload() : () => languageRevision.value++);
  let current: LanguageSetting = 'auto';
  try {
    current = (await getSettings()).language;
    await switchLanguage(current, load);
  } catch (error) {
    console.warn('[i18n] keeping the browser’s language', error);
  }
  if (page) document.documentElement.lang = current === 'auto' ? browserLanguage() : current;
  const stop = watchSettings((settings) => {
    if (settings.language === current) return;
    current = settings.language;
    switchLanguage(current, load).then(onChange, (error: unknown) => console.warn('[i18n] language not changed', error));
  });
  options.onStop?.(stop);
}

const cache = new Map<UiLanguage, Promise<Messages>>();

/** Background side of `MESSAGES_REQUEST`. */
export function handleMessagesRequest(message: unknown, _sender: unknown, sendResponse: (messages: Messages | null) => void): true | undefined {
  const request = message as { type?: unknown; lang?: unknown } | null;
  if (request?.type !== MESSAGES_REQUEST || (request.lang !== 'en' && request.lang !== 'pl')) return undefined;
  const lang = request.lang;
  if (!cache.has(lang)) cache.set(lang, fetchMessages(lang).catch((error: unknown) => (cache.delete(lang), Promise.reject(error))));
  cache.get(lang)!.then(sendResponse, () => sendResponse(null));
  return true;
}

export interface LanguageStore {
  /** The stored choice; null until read. */
  setting: ReadonlySignal<LanguageSetting | null>;
  choose(setting: LanguageSetting): Promise<void>;
  dispose(): void;
}

/** The options page's language select: the stored setting, kept in step with other windows. */
export function createLanguageStore(): LanguageStore {
  const setting = signal<LanguageSetting | null>(null);
  void getSettings().then((settings) => (setting.value ??= settings.language));
  const dispose = watchSettings((settings) => (setting.value = settings.language));
  return {
    setting,
    async choose(next) {
      setting.value = next;
      await updateSettings({ language: next });
    },
    dispose,
  };
}
