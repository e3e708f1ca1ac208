// Where the card goes in a dialog too short for it: always inside the dialog and clear of the send control, capped
// with its own scroll only when no place holds it whole.
import { describe, expect, it } from 'vitest';
import { placeCard, type Box, type Placed } from '../../lib/page/hint/place';

const boxOf = (p: Placed, height: number): Box => ({ left: p.left, top: p.top, right: p.left + p.width, bottom: p.top + Math.min(height, p.maxHeight) });
const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left && inner.top >= outer.top && inner.right <= outer.right && inner.bottom <= outer.bottom;
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

// Shapes of the fixtures' dialogs at 800×600: a full-width Post bar under the badge (Facebook), a Post button at
// the badge's right (LinkedIn's classic share box), a short modal (Threads).
/** A box from its edges, left top right bottom, as the fixtures' rectangles were read. */
const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });
const CASES: { name: string; dialog: Box; badge: Box; send: Box; height: number; fits: boolean }[] = [
  { name: 'full-width send bar below the badge, card taller than the room above', height: 274, fits: false,
    dialog: box(134, 60, 666, 367), badge: box(531, 282, 646, 303), send: box(150, 317, 650, 351) },
  { name: "send button right under the badge, room to the badge's left", height: 250, fits: true,
    dialog: box(114, 48, 686, 320), badge: box(551, 245, 666, 266), send: box(609, 276, 670, 304) },
  { name: 'a modal shorter than the card', height: 274, fits: false,
    dialog: box(66, 60, 734, 233), badge: box(591, 163, 706, 184), send: box(679, 199, 710, 217) },
];

describe('placeCard in a dialog', () => {
  for (const c of CASES) {
    it(`${c.name}: inside the dialog, clear of send`, () => {
      const p = placeCard(c.badge, { width: 340, height: c.height }, c.dialog, [c.send]);
      const card = boxOf(p, c.height);
      expect(inside(card, c.dialog), JSON.stringify(card)).toBe(true);
      expect(overlaps(card, c.send), JSON.stringify(card)).toBe(false);
      expect(p.fits).toBe(c.fits);
      if (p.fits) expect(p.maxHeight).toBeGreaterThanOrEqual(c.height);
    });
  }

  it('when nothing holds the card whole, takes the place with the most clear room', () => {
    const c = CASES[2]!;
    const p = placeCard(c.badge, { width: 340, height: c.height }, c.dialog, [c.send]);
    // The modal's full height less the gaps: beside the badge, from the dialog's top.
    expect(p.maxHeight).toBe(c.dialog.bottom - c.dialog.top - 8);
    expect(p.left + p.width).toBeLessThanOrEqual(c.badge.left);
  });

  it('prefers below the badge, then above, when both hold the card', () => {
    const dialog = { left: 0, top: 0, right: 800, bottom: 600 };
    const badge = { left: 600, top: 380, right: 700, bottom: 400 };
    expect(placeCard(badge, { width: 340, height: 180 }, dialog, []).top).toBe(404);
    expect(placeCard(badge, { width: 340, height: 280 }, dialog, []).top).toBe(376 - 280);
  });

  it('never reaches past the bounds, even when the room is below the minimum it would like', () => {
    const dialog = { left: 100, top: 100, right: 500, bottom: 190 };
    const p = placeCard({ left: 400, top: 150, right: 480, bottom: 170 }, { width: 340, height: 300 }, dialog, []);
    expect(inside(boxOf(p, 300), dialog)).toBe(true);
    expect(p.fits).toBe(false);
  });

  it('sits over the badge, against the top of the dialog, when that alone is clear of a send bar', () => {
    const dialog = { left: 0, top: 0, right: 400, bottom: 400 };
    const badge = { left: 300, top: 100, right: 390, bottom: 120 };
    const send = { left: 0, top: 330, right: 400, bottom: 370 };
    const p = placeCard(badge, { width: 380, height: 300 }, dialog, [send]);
    expect(p).toMatchObject({ top: 4, fits: true });
  });
});
