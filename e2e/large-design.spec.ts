import { lintWorkload } from '../scripts/lint-workload.mjs';
import { test, expect } from './fixtures.ts';

// A design of 200 kB or more is read in a worker (app/store/reader.ts): the page answers while it
// is read, then shows the design like any other, and stays editable.

test('a large design is read in the background, then shown and editable like any other', async ({
  app,
  page,
}) => {
  const text = lintWorkload(150); // 150 documents, about 290 kB
  expect(text.length).toBeGreaterThan(200_000);
  await app.goto();
  await app.setYaml(text);
  // The text is the user's at once, byte for byte, while the pod is still being read.
  expect(await app.getYaml()).toBe(text);
  await expect(app.card('app', 'main container')).toBeVisible();
  await expect(app.card('envoy', 'sidecar')).toBeVisible();
  await expect(page.getByText('Reading a large design')).toHaveCount(0);
  await expect(app.staleAlert).toHaveCount(0);
  // Its diagnostics arrived from the worker: the editor's count is no longer the YAML-only one.
  await expect(app.editor.getByText('Valid YAML')).toHaveCount(0);
  // And the canvas edits it: the new card shows once the edited text has been read too.
  await app.card('envoy', 'sidecar').getByRole('button', { name: 'Remove envoy' }).click();
  await expect(app.card('envoy', 'sidecar')).toHaveCount(0);
  expect((await app.getYaml()).length).toBeLessThan(text.length);
});
