// Keeps `npm start`'s headless tour honest: every stop's composer exists and every sample gets the hint it should.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { TOUR } from '../tour/samples';
import { launch, type Harness } from './harness';
import { waitForBadge } from './helpers';

describe('the npm start tour', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch();
  });
  afterAll(async () => {
    await harness?.close();
  });

  const cases = TOUR.flatMap((stop) => stop.posts.map((post) => [`${stop.name} · ${post.label}`, stop, post] as const));
  it.each(cases)('%s', async (_name, stop, post) => {
    const page = await harness.open(stop.url);
    const editor = page.locator(stop.editor);
    await editor.click();
    await editor.pressSequentially(post.text);
    await waitForBadge(page, post.want);
    await page.close();
  });
});
