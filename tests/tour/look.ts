// Screenshots of the open hint card for reading by eye: light and dark, 800×600, in a UI language of choice.
// Run: npx tsx tests/tour/look.ts [lang] [out dir] [post]   (after npm run build && npm run build:fixtures)
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launch } from '../e2e/harness';
import { typeInto } from '../e2e/helpers';
import { HINT_SITES, hintFor } from '../e2e/hint-helpers';

const lang = process.argv[2] ?? 'es';
const out = path.resolve(process.argv[3] ?? path.join(import.meta.dirname, 'out'));
const POST = process.argv[4] ?? 'Acabamos de lanzar nuestro nuevo curso. Ayudó al 40% de los alumnos a aprobar antes. Usa mi código AHORRA20 y sígueme para más. Link en la bio';

mkdirSync(out, { recursive: true });
const harness = await launch({ lang });
try {
  for (const site of HINT_SITES) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await harness.context.newPage();
      await page.setViewportSize({ width: 800, height: 600 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(site.url);
      const editor = await site.open(page);
      await typeInto(editor, POST);
      const host = await hintFor(page, editor);
      await host.locator('[data-testid="gf-badge"]:not([data-pending])').waitFor();
      await page.waitForTimeout(200);
      await host.locator('[data-testid="gf-badge"]').click();
      await page.waitForTimeout(200);
      const file = path.join(out, `${site.name.replace(/\W+/g, '-')}-${scheme}-${lang}.png`);
      await page.screenshot({ path: file });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await harness.close();
}
