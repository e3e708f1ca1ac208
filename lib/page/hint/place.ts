// Where the open card goes: inside the viewport and the site's dialog, clear of the site's send control, beside
// the badge. Pure rectangles in, one rectangle out.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const GAP = 4;
/** Below this the card shows too little to be worth opening in a place (a dialog smaller than this is not used). */
export const MIN_HEIGHT = 120;

const overlapsX = (a: Box, left: number, right: number) => a.left < right && left < a.right;

export function intersect(a: Box, b: Box): Box {
  return { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
}

export interface Placed {
  left: number;
  top: number;
  width: number;
  /** Cap for the card's height: it never reaches past `bounds` or over a box to avoid (it scrolls inside when the
   * card is taller, which happens only when no place holds it whole). */
  maxHeight: number;
  /** The whole card fits there, covering nothing it must avoid. */
  fits: boolean;
}

/** A place to try: an edge the card hangs from (`down`) or stands on (`up`), at `left`. */
interface Candidate {
  left: number;
  edge: number;
  grows: 'down' | 'up';
}

/**
 * Tries below, above, left of and right of the badge, then against the top or bottom of `bounds` (over the badge if
 * need be); takes the first place where the whole card fits inside `bounds` without covering any box in `avoid`;
 * failing that, the place with the most clear room, the card capped to that room. Every answer lies inside `bounds`
 * and clear of `avoid` unless no clear place exists at all.
 */
export function placeCard(badge: Box, size: { width: number; height: number }, bounds: Box, avoid: readonly Box[]): Placed {
  const width = Math.max(0, Math.min(size.width, bounds.right - bounds.left - 2 * GAP));
  const clampX = (x: number) => Math.min(Math.max(x, bounds.left + GAP), bounds.right - GAP - width);
  const aligned = clampX(badge.right - width);
  const top = bounds.top + GAP;
  const bottom = bounds.bottom - GAP;
  const candidates: Candidate[] = [
    { left: aligned, edge: badge.bottom + GAP, grows: 'down' },
    { left: aligned, edge: badge.top - GAP, grows: 'up' },
  ];
  // Beside the badge: hanging down from its top, standing up from its bottom (clear of a send bar below), or
  // against the top or bottom of the bounds when the card is taller than the room by the badge.
  for (const left of [badge.left - GAP - width, badge.right + GAP]) {
    if (left < bounds.left + GAP || left + width > bounds.right - GAP) continue;
    candidates.push(
      { left, edge: badge.top, grows: 'down' },
      { left, edge: badge.bottom, grows: 'up' },
      { left, edge: top, grows: 'down' },
      { left, edge: bottom, grows: 'up' },
    );
  }
  candidates.push({ left: aligned, edge: top, grows: 'down' }, { left: aligned, edge: bottom, grows: 'up' });

  /** Clear room from the candidate's edge in its direction, up to the bounds or the first box to avoid. */
  const roomOf = ({ left, edge, grows }: Candidate): number => {
    if (edge < top - 0.5 || edge > bottom + 0.5) return 0;
    let limit = grows === 'down' ? bottom : top;
    for (const a of avoid) {
      if (!overlapsX(a, left, left + width)) continue;
      if (a.top < edge && edge < a.bottom) return 0;
      if (grows === 'down' && a.top >= edge) limit = Math.min(limit, a.top - GAP);
      if (grows === 'up' && a.bottom <= edge) limit = Math.max(limit, a.bottom + GAP);
    }
    return Math.max(0, grows === 'down' ? limit - edge : edge - limit);
  };
  const rooms = candidates.map(roomOf);
  const fitting = rooms.findIndex((room) => room >= size.height);
  // Failing a whole fit: the most room (the first such place on a tie).
  const index = fitting >= 0 ? fitting : rooms.indexOf(Math.max(...rooms));
  const chosen = candidates[index]!;
  const room = rooms[index]!;
  if (room <= 0) {
    // Nowhere clear at all (a send bar across the whole bounds): below the badge, inside the bounds.
    const h = Math.min(size.height, bottom - top);
    return { left: aligned, top: Math.min(Math.max(badge.bottom + GAP, top), bottom - h), width, maxHeight: h, fits: false };
  }
  const height = Math.min(size.height, room);
  return {
    left: chosen.left,
    top: chosen.grows === 'down' ? chosen.edge : chosen.edge - height,
    width,
    maxHeight: room,
    fits: fitting >= 0,
  };
}
