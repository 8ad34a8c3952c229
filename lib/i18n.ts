import { i18n } from '#i18n';
import type { GeneratedI18nStructure } from '#i18n';

export type MessageKey = keyof GeneratedI18nStructure & string;
export type UiLanguage = 'en' | 'pl';

/** Messages of a language the user chose over the browser's, as Chrome's messages.json shape. */
let override: Record<string, { message: string }> | null = null;

export function setMessageOverride(messages: Record<string, { message: string }> | null): void {
  override = messages;
}

/**
 * Translated text for a key from locales/*.json. `browser.i18n` follows the browser's language;
 * the options page may pick the other one, whose messages are then set as an override.
 */
export function t(key: MessageKey, substitutions: (string | number)[] = []): string {
  const chromeKey = key.replaceAll('.', '_');
  const overridden = override?.[chromeKey]?.message;
  if (overridden !== undefined) return substitute(overridden, substitutions);
  const untyped = i18n.t as (key: string, subs?: (string | number)[]) => string;
  return substitutions.length > 0 ? untyped(key, substitutions) : untyped(key);
}

function substitute(message: string, substitutions: (string | number)[]): string {
  return message.replace(/\$(\d)/g, (match, index: string) => String(substitutions[Number(index) - 1] ?? match));
}
