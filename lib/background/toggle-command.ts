import { browser } from 'wxt/browser';
import { togglePanelInTab } from '@/lib/messages';

/** The keyboard command in wxt.config.ts (`commands`), default Alt+Shift+B. */
export const TOGGLE_PANEL_COMMAND = 'toggle-panel';

async function onCommand(command: string): Promise<void> {
  if (command !== TOGGLE_PANEL_COMMAND) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  // Not a Jira tab: nothing to show or hide, and nothing to say.
  if (tab?.id !== undefined) await togglePanelInTab(tab.id);
}

/** Shows or hides the panel in the active tab when the user presses the command's keys. */
export function startToggleCommand(): () => void {
  const listener = (command: string): void => void onCommand(command);
  browser.commands.onCommand.addListener(listener);
  return () => browser.commands.onCommand.removeListener(listener);
}
