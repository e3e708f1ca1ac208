// Follows an editable's text: input events for typing, a MutationObserver for what fires no input event
// (Enter in Draft, Lexical, Quill and TipTap). Coalesced to one read per frame's worth of changes.

export const READ_DELAY_MS = 16;

export function watchText(
  editable: HTMLElement,
  read: () => string,
  onChange: (text: string) => void,
  signal: AbortSignal,
): void {
  let last: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = undefined;
    if (signal.aborted) return;
    const text = read();
    if (text === last) return;
    last = text;
    onChange(text);
  };
  const schedule = () => {
    if (timer === undefined && !signal.aborted) timer = setTimeout(run, READ_DELAY_MS);
  };
  editable.addEventListener('input', schedule, { signal });
  const observer = new MutationObserver(schedule);
  observer.observe(editable, { characterData: true, childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  run();
}
