import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { handleAnalyzeMessage } from '@/lib/analysis/serve';
import { handleIssueDataMessage } from '@/lib/issue-data/serve';
import { handleSharingMessage } from '@/lib/sharing/serve';
import { handleMessagesRequest } from '@/lib/i18n-override';
import { startSyncMirror } from '@/lib/storage/sync-mirror';
import { startSiteRegistration } from '@/lib/sites/start';
import { startBadge } from '@/lib/background/badge';
import { startToggleCommand } from '@/lib/background/toggle-command';
import { startSprintCheck } from '@/lib/sprint-check/serve';

export default defineBackground(() => {
  startSiteRegistration(); // content scripts of the sites the user added (lib/sites), again at every start
  startSyncMirror(); // answers: local → sync, and other browsers' answers → local (lib/storage)
  startBadge(); // toolbar badge: the issue's state, or the site's unclear count (lib/background)
  startToggleCommand(); // Alt+Shift+B shows or hides the panel
  browser.runtime.onMessage.addListener(handleAnalyzeMessage);
  browser.runtime.onMessage.addListener(handleIssueDataMessage);
  startSprintCheck(); // "check a whole board, sprint or query" from the popup, through the Jira tab
  browser.runtime.onMessage.addListener(handleSharingMessage); // team sharing through Jira, off unless switched on (lib/sharing)
  browser.runtime.onMessage.addListener(handleMessagesRequest); // the other language's messages for content scripts
});
