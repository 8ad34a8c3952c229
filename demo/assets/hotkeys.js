// Jira's keyboard shortcuts, as the demo imitates them: single keys typed anywhere but in a form
// field. The e2e tests read #hotkey-log to prove that typing in the panel does not reach them.
document.addEventListener('keydown', (event) => {
  const target = event.composedPath()[0];
  if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
  const log = document.getElementById('hotkey-log');
  if (log) log.textContent += event.key;
});
