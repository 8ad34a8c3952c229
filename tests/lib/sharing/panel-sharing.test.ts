import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { IssueContext } from '@/lib/jira/issue-context';
import { SHARE_DELAY_MS, createSharingStore, type AskBackground } from '@/lib/sharing/panel-sharing';
import type { SharingReply } from '@/lib/sharing/protocol';
import { getSiteSharing, resetSiteSharingItemForTests, setSiteSharing } from '@/lib/sharing/site-sharing';
import { createPanelStore } from '@/lib/panel/panel-store';
import { getAnswer, saveAnswer, watchAnswer } from '@/lib/storage/answers';

const SITE = 'https://acme.atlassian.net';
const ISSUE = { key: 'SHOP-1', site: SITE, origin: SITE, contextPath: '', flavour: 'cloud' } as IssueContext;
const SHARED: SharingReply = { ok: true, shared: { by: 'Ana Kowalska', at: 1_764_770_700_000 } };
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function fakeAsk(reply: SharingReply = SHARED): AskBackground & ReturnType<typeof vi.fn> {
  return vi.fn(async () => reply) as never;
}

describe('the panel’s side of team sharing', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetSiteSharingItemForTests();
  });
  afterEach(() => vi.useRealTimers());

  it('asks nothing while the site’s sharing is off, however much is saved', async () => {
    const ask = fakeAsk();
    const sharing = createSharingStore(ISSUE, ask);
    await settle();
    expect(sharing.choice.value).toEqual({ shareThroughJira: false, writeUnclearLabel: false });
    sharing.answerSaved();
    sharing.flush();
    await settle();
    expect(ask).not.toHaveBeenCalled();
    expect(sharing.status.value).toEqual({ kind: 'off' });
    sharing.dispose();
  });

  it('reads Jira’s answer when the panel opens with sharing on (and shares words a cut-off share left behind), and says who shared it', async () => {
    await setSiteSharing(SITE, { shareThroughJira: true });
    const ask = fakeAsk({ ok: true, shared: { by: 'Ana Kowalska', at: 5 }, replaced: { customer: 'Users' } });
    const sharing = createSharingStore(ISSUE, ask);
    await vi.waitFor(() => expect(sharing.status.value).toEqual({ kind: 'shared', by: 'Ana Kowalska', at: 5 }));
    // push = pull + merge + a PUT only when this browser has news (lib/sharing/service.ts)
    expect(ask).toHaveBeenCalledExactlyOnceWith('push', ISSUE);
    expect(sharing.takeReplaced()).toEqual({ customer: 'Users' });
    expect(sharing.replaced.value).toBeNull();
    sharing.dispose();
  });

  it('switching on in the panel stores the choice for the site and shares what is already written', async () => {
    const ask = fakeAsk();
    const sharing = createSharingStore(ISSUE, ask);
    await settle();
    await sharing.setShare(true);
    await vi.waitFor(() => expect(sharing.status.value.kind).toBe('shared'));
    expect(await getSiteSharing(SITE)).toEqual({ shareThroughJira: true, writeUnclearLabel: false });
    expect(ask.mock.calls.map(([op]) => op)).toContain('push');
    sharing.dispose();
  });

  it('shares a saved edit after a 2 s pause, once per pause, and at once on flush', async () => {
    await setSiteSharing(SITE, { shareThroughJira: true });
    const ask = fakeAsk();
    const sharing = createSharingStore(ISSUE, ask);
    await vi.waitFor(() => expect(sharing.status.value.kind).toBe('shared'));
    ask.mockClear();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    sharing.answerSaved();
    vi.advanceTimersByTime(SHARE_DELAY_MS - 1);
    sharing.answerSaved();
    vi.advanceTimersByTime(SHARE_DELAY_MS - 1);
    expect(ask).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(ask).toHaveBeenCalledExactlyOnceWith('push', ISSUE);
    vi.useRealTimers();
    await settle();
    sharing.answerSaved();
    sharing.flush();
    expect(ask).toHaveBeenCalledTimes(2);
    sharing.dispose();
  });

  it('shows a refused write as an error state and tries again on the next save', async () => {
    await setSiteSharing(SITE, { shareThroughJira: true });
    const refused: SharingReply = { ok: false, op: 'push', kind: 'forbidden', message: { en: 'No permission.', pl: 'Brak uprawnień.' } };
    const ask = fakeAsk(refused);
    const sharing = createSharingStore(ISSUE, ask);
    await vi.waitFor(() => expect(sharing.status.value.kind).toBe('error'));
    sharing.answerSaved();
    sharing.flush();
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(2));
    expect(sharing.status.value).toMatchObject({ kind: 'error', op: 'push', errorKind: 'forbidden' });
    sharing.dispose();
  });

  it('follows the options page: switched off there, the panel stops sharing', async () => {
    await setSiteSharing(SITE, { shareThroughJira: true });
    const ask = fakeAsk();
    const sharing = createSharingStore(ISSUE, ask);
    await vi.waitFor(() => expect(sharing.status.value.kind).toBe('shared'));
    await setSiteSharing(SITE, { shareThroughJira: false });
    await vi.waitFor(() => expect(sharing.status.value).toEqual({ kind: 'off' }));
    ask.mockClear();
    sharing.answerSaved();
    sharing.flush();
    expect(ask).not.toHaveBeenCalled();
    sharing.dispose();
  });

  it('the panel store tells sharing when a save settled', async () => {
    await setSiteSharing(SITE, { shareThroughJira: true });
    const ask = fakeAsk();
    const sharing = createSharingStore(ISSUE, ask);
    const panel = createPanelStore({ site: SITE, key: 'SHOP-1' }, { getAnswer, saveAnswer, watchAnswer }, async () => null as never, sharing);
    await vi.waitFor(() => expect(sharing.status.value.kind).toBe('shared'));
    ask.mockClear();
    panel.edit('customer', 'Returning shoppers');
    await panel.flush();
    sharing.flush();
    expect(ask).toHaveBeenCalledExactlyOnceWith('push', ISSUE);
    expect(panel.sharing).toBe(sharing);
    panel.dispose();
  });
});
