// Reading plain text from editors without touching them (no focus, selection or event). textContent drops every
// line break of a contenteditable editor; innerText doubles them in editors with a <p> per line (Quill, TipTap,
// Lexical rich text) and depends on layout, so it is read per block while the composer is visible.

const INVISIBLE_RE = /[\u200B\uFEFF]/g;

export function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

function clean(line: string): string {
  return line.replace(INVISIBLE_RE, '').replace(/\u00A0/g, ' ');
}

/**
 * Text of an editor whose lines are block elements (Draft's [data-block], <p> in Quill, TipTap, Lexical):
 * one line per block. innerText would double the newlines of <p> editors; textContent drops them all.
 */
export function blockText(editable: HTMLElement, blockSelector: string): string {
  if (isTextField(editable)) return editable.value;
  const blocks = editable.querySelectorAll<HTMLElement>(blockSelector);
  if (blocks.length === 0) return clean(editable.innerText).replace(/\n$/, '');
  const lines: string[] = [];
  for (const block of blocks) lines.push(clean(block.innerText).replace(/\n$/, ''));
  return lines.join('\n');
}
