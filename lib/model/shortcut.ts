// The in-page shortcut that opens the hint card from the editor. The browser command "open-hint" (wxt.config.ts,
// rebindable at chrome://extensions/shortcuts or about:addons) suggests the same keys; where the browser takes them,
// the command's message does the same thing, and this is the fallback where it does not.

/** Alt+Shift+G: G for Give; no site we support binds it, and with Alt and Shift no editor types it. */
export function isHintShortcut(event: KeyboardEvent): boolean {
  return event.code === 'KeyG' && event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey;
}

export const HINT_COMMAND = 'open-hint';
export const HINT_COMMAND_KEY = 'Alt+Shift+G';
