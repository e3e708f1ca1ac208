// Small helpers for the words a hint shows: quotes cut to a readable length, counts in plain English.

export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return `“${flat}”`;
  // Cut on a code-point boundary so a quote never ends in half an emoji.
  const cut = Array.from(flat.slice(0, max)).slice(0, -1).join('');
  return `“${cut.trimEnd()}…”`;
}

export function times(n: number): string {
  return n === 2 ? 'twice' : `${n} times`;
}

export function ago(then: number, now: number): string {
  const days = Math.floor((now - then) / 86_400_000);
  if (days <= 0) return 'earlier today';
  if (days === 1) return 'yesterday';
  if (days < 60) return `${days} days ago`;
  return `${Math.round(days / 30)} months ago`;
}
