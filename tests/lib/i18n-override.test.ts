import { afterEach, describe, expect, it, vi } from 'vitest';
import { setMessageOverride, t } from '@/lib/i18n';
import { MESSAGES_REQUEST, type Messages, applyLanguageSetting, handleMessagesRequest, languageRevision, switchLanguage } from '@/lib/i18n-override';
import { updateSettings } from '@/lib/storage/settings';

const POLISH: Messages = { uiLanguage: { message: 'pl' }, panel_title: { message: 'Korzyść dla klienta' }, panel_save_error: { message: 'Nie zapisano: $1' } };
const ENGLISH_AGAIN: Messages = { uiLanguage: { message: 'en' }, panel_title: { message: 'Customer benefit (from file)' } };

describe('language override', () => {
  afterEach(() => {
    setMessageOverride(null);
    vi.unstubAllGlobals();
  });

  it('leaves the browser’s language alone for auto and for the language the browser already gives', async () => {
    const load = vi.fn(async () => POLISH);
    expect(await switchLanguage('auto', load)).toBe('en');
    expect(await switchLanguage('en', load)).toBe('en');
    expect(load).not.toHaveBeenCalled();
    expect(t('panel.title')).toBe('Customer benefit');
  });

  it('loads the other language and answers every t() from it, with substitutions', async () => {
    const load = vi.fn(async () => POLISH);
    expect(await switchLanguage('pl', load)).toBe('pl');
    expect(load).toHaveBeenCalledWith('pl');
    expect(t('uiLanguage')).toBe('pl');
    expect(t('panel.title')).toBe('Korzyść dla klienta');
    expect(t('panel.save.error', ['brak miejsca'])).toBe('Nie zapisano: brak miejsca');
    expect(t('panel.collapse')).toBe('Collapse the customer benefit panel'); // not in the override: the browser's
  });

  it('applies the stored setting before rendering and follows later changes', async () => {
    await updateSettings({ language: 'pl' });
    const onChange = vi.fn();
    let stop: (() => void) | undefined;
    await applyLanguageSetting({ load: async (lang) => (lang === 'pl' ? POLISH : ENGLISH_AGAIN), onChange, onStop: (s) => (stop = s) });
    expect(t('panel.title')).toBe('Korzyść dla klienta');

    await updateSettings({ language: 'auto' });
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(t('panel.title')).toBe('Customer benefit');

    stop!();
    await updateSettings({ language: 'pl' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('bumps the revision a content script’s UI re-renders on, by default outside extension pages', async () => {
    await applyLanguageSetting({ load: async () => POLISH });
    const before = languageRevision.value;
    await updateSettings({ language: 'pl' });
    await vi.waitFor(() => expect(languageRevision.value).toBe(before + 1));
    expect(t('uiLanguage')).toBe('pl');
  });

  it('keeps the browser’s language when the messages cannot be loaded', async () => {
    await updateSettings({ language: 'pl' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await applyLanguageSetting({ load: async () => Promise.reject(new Error('gone')) });
    expect(t('panel.title')).toBe('Customer benefit');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('handleMessagesRequest (background)', () => {
  afterEach(() => vi.unstubAllGlobals());

  function ask(message: unknown): Promise<Messages | null> | undefined {
    let reply: ((value: Messages | null) => void) | undefined;
    const promise = new Promise<Messages | null>((resolve) => (reply = resolve));
    return handleMessagesRequest(message, {}, reply!) ? promise : undefined;
  }

  it('sends the packaged messages.json of the language asked for, read once', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(POLISH)));
    vi.stubGlobal('fetch', fetchMock);
    expect(await ask({ type: MESSAGES_REQUEST, lang: 'pl' })).toEqual(POLISH);
    expect(await ask({ type: MESSAGES_REQUEST, lang: 'pl' })).toEqual(POLISH);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(String(fetchMock.mock.calls[0]![0 as never])).toMatch(/\/_locales\/pl\/messages\.json$/);
  });

  it('ignores other messages and languages it does not have', () => {
    expect(ask({ type: MESSAGES_REQUEST, lang: 'de' })).toBeUndefined();
    expect(ask({ type: 'cbc:analyze' })).toBeUndefined();
    expect(ask(null)).toBeUndefined();
  });
});
