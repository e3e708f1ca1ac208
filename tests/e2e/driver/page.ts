// A DriverPage from a browser library's few primitives: targets are found and clicked the same way in every browser
// (in-page.ts finds them across shadow roots; a real mouse click lands on the middle of the element).
import { inPage, type Query } from './in-page';
import type { DriverPage, Target } from './types';

export interface PagePrimitives extends Omit<DriverPage, 'click' | 'focus'> {
  url(): string;
  mouseClick(x: number, y: number): Promise<void>;
}

export function driverPage(primitives: PagePrimitives): DriverPage {
  const query = (q: Query) => primitives.evaluate(inPage, q);
  const scrollTo = async (target: Target, nth: number) => {
    const point = (await query({ op: 'center', target, nth })) as { x: number; y: number } | null;
    if (!point) throw new Error(`no element ${JSON.stringify(target)} #${nth} on ${primitives.url()}`);
    return point;
  };
  const { url: _url, mouseClick, ...rest } = primitives;
  return {
    ...rest,
    async click(target, nth = 0) {
      const { x, y } = await scrollTo(target, nth);
      await mouseClick(x, y);
    },
    async focus(target, nth = 0) {
      await scrollTo(target, nth);
      await query({ op: 'focus', target, nth });
    },
  };
}
