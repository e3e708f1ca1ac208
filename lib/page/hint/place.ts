// Where the open card goes: inside the viewport and the site's dialog, clear of the site's send control, beside
// the badge. Pure rectangles in, one rectangle out.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const GAP = 4;
const MIN_HEIGHT = 120;

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export function intersect(a: Box, b: Box): Box {
  return { left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom) };
}

export interface Placed {
  left: number;
  top: number;
  width: number;
  /** Cap for the card's height (it scrolls inside only when no better place exists). */
  maxHeight: number;
  /** The whole card fits there, covering nothing it must avoid. */
  fits: boolean;
}

/**
 * Tries below, above, left of and right of the badge; takes the first place where the whole card fits inside
 * `bounds` without covering any box in `avoid`; failing that, the place with the most room that covers nothing,
 * and only then one that does.
 */
export function placeCard(badge: Box, size: { width: number; height: number }, bounds: Box, avoid: readonly Box[]): Placed {
  const width = Math.max(0, Math.min(size.width, bounds.right - bounds.left - 2 * GAP));
  const clampX = (x: number) => Math.min(Math.max(x, bounds.left + GAP), bounds.right - GAP - width);
  const clampY = (y: number, h: number) => Math.min(Math.max(y, bounds.top + GAP), bounds.bottom - GAP - h);
  const alignedX = clampX(badge.right - width);
  const candidates: { left: number; top: number; room: number }[] = [];
  // Below and above the badge, right edges aligned.
  const roomBelow = bounds.bottom - GAP - (badge.bottom + GAP);
  candidates.push({ left: alignedX, top: badge.bottom + GAP, room: roomBelow });
  const roomAbove = badge.top - GAP - (bounds.top + GAP);
  candidates.push({ left: alignedX, top: badge.top - GAP - Math.min(size.height, roomAbove), room: roomAbove });
  // Beside the badge, full height of the bounds available.
  const fullRoom = bounds.bottom - bounds.top - 2 * GAP;
  // Beside the badge: hanging down from its top, or standing up from its bottom (clear of a send bar below).
  const h = Math.min(size.height, fullRoom);
  for (const left of [badge.left - GAP - width, badge.right + GAP]) {
    if (left < bounds.left + GAP || left + width > bounds.right - GAP) continue;
    candidates.push({ left, top: clampY(badge.top, h), room: fullRoom }, { left, top: clampY(badge.bottom - h, h), room: fullRoom });
  }
  const boxOf = (c: { left: number; top: number; room: number }): Box => {
    const h = Math.min(size.height, Math.max(c.room, 0));
    return { left: c.left, top: c.top, right: c.left + width, bottom: c.top + h };
  };
  const clear = (c: { left: number; top: number; room: number }) => !avoid.some((a) => overlaps(boxOf(c), a));
  const fits = candidates.find((c) => c.room >= size.height && clear(c));
  const roomy = (list: typeof candidates) => [...list].sort((a, b) => b.room - a.room)[0];
  const chosen = fits ?? roomy(candidates.filter((c) => clear(c) && c.room >= MIN_HEIGHT)) ?? roomy(candidates)!;
  return { left: chosen.left, top: chosen.top, width, maxHeight: Math.max(chosen.room, MIN_HEIGHT), fits: fits !== undefined };
}
