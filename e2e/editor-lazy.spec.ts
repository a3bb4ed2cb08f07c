import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { WEB } from './support/designs.ts';

// monaco-yaml's worker (its language service, ~300 kB gzip) and the Kubernetes schema it is sent
// (~280 kB) serve completion and hover only. They start the first time one of them is asked for:
// never at load, and never because the text changed (issue 15, "Load less, sooner").
// editor-schema.spec.ts checks what completion and hover say; this file checks when they start.

/** The editor's lazy parts requested so far: monaco-yaml's worker and the schema's chunk, unhashed. */
const lazyParts = (requests: readonly string[]) =>
  requests
    .map((url) => new URL(url).pathname.split('/').pop()!)
    .filter((file) => /^(yaml\.worker|k8s\.schema)-[\w-]+\.js$/.test(file))
    .map((file) => file.replace(/-[\w-]+\.js$/, ''));

test.beforeEach(async ({ app, page }) => {
  // What the page starts as workers, and the schema titles it sends them (one per worker start).
  await page.addInitScript(() => {
    const seen = { workers: [] as string[], schemas: [] as string[] };
    Object.assign(window, { podsmithWorkers: seen });
    window.Worker = class extends window.Worker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        seen.workers.push(new URL(url, location.href).pathname.split('/').pop()!);
      }
      override postMessage(
        message: unknown,
        transfer?: Transferable[] | StructuredSerializeOptions,
      ) {
        const schemas = (message as { schemas?: { schema?: { title?: string } }[] } | null)
          ?.schemas;
        for (const s of schemas ?? []) seen.schemas.push(s.schema?.title ?? '(no schema)');
        super.postMessage(message, transfer as Transferable[]);
      }
    };
  });
  await app.goto();
  await app.setYaml(WEB);
  await app.whenEditorReady();
});

/** The workers started so far, by script name without the hash, and the schemas sent. */
const started = (page: Page) =>
  page.evaluate(() => {
    const seen = (
      window as unknown as { podsmithWorkers: { workers: string[]; schemas: string[] } }
    ).podsmithWorkers;
    return {
      workers: seen.workers.map((w) => w.replace(/-[\w-]+\.js$/, '')),
      schemas: seen.schemas,
    };
  });

test('no YAML worker or schema at load, after a typed edit or a changed design', async ({
  app,
  page,
  requests,
}) => {
  await expect(app.monaco).toContainText('image: nginx:1.27');

  // A typed edit in a value: no completion is asked for there (no trigger character, and
  // Monaco suggests as you type outside strings only).
  await app.monaco.locator('.view-line span', { hasText: /^nginx:1\.27$/ }).click();
  await page.keyboard.press('End');
  await page.keyboard.type('-alpine');
  await expect.poll(() => app.getYaml()).toContain('image: nginx:1.27-alpine');
  // A change from outside the editor, as the canvas, the forms or undo make.
  await app.setYaml(`${WEB}        - name: logs\n          image: busybox:1.37\n`);
  await expect(app.monaco).toContainText('busybox:1.37');
  // Folding ranges, links and the lightbulb's code actions would each ask the worker within half
  // a second of a change; give them three times that.
  await page.waitForTimeout(1500);

  expect(lazyParts(requests)).toEqual([]);
  expect((await started(page)).workers).not.toContain('yaml.worker');
});

test('the first hover starts the YAML worker once, with the schema of the version chosen before', async ({
  app,
  page,
  requests,
}) => {
  await page.getByRole('combobox', { name: 'Kubernetes version' }).selectOption('1.27');
  expect(lazyParts(requests)).toEqual([]);

  await app.monaco.locator('.view-line span', { hasText: /^containers$/ }).hover();
  const hover = page.locator('.monaco-hover').filter({ hasText: 'List of containers' });
  await expect(hover).toBeVisible();
  await expect(hover).toContainText('Kubernetes 1.27');
  await page.mouse.move(0, 0); // the hover closes

  // Completion, asked for next, talks to the same worker.
  await app.typeAtEndOfEditor('          imagePu');
  await page.keyboard.press('Control+Space');
  await expect(
    app.monaco.locator('.suggest-widget').getByRole('option', { name: /imagePullPolicy/ }),
  ).toBeVisible();
  await page.keyboard.press('Escape');

  expect(lazyParts(requests).sort()).toEqual(['k8s.schema', 'yaml.worker']);
  const { workers, schemas } = await started(page);
  expect(workers.filter((w) => w === 'yaml.worker')).toHaveLength(1);
  expect(schemas).toEqual(['Kubernetes objects Podsmith knows (Kubernetes 1.27)']);
});

test('completion asked for first, with Ctrl+Space in a container, starts the worker and answers', async ({
  app,
  page,
  requests,
}) => {
  const version = await page.getByRole('combobox', { name: 'Kubernetes version' }).inputValue();
  await app.typeAtEndOfEditor('          resou');
  expect(lazyParts(requests)).toEqual([]);

  await page.keyboard.press('Control+Space');
  const suggestions = app.monaco.locator('.suggest-widget');
  await expect(suggestions.getByRole('option', { name: /resources/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect.poll(() => app.getYaml()).toContain('          resources:');

  const { workers, schemas } = await started(page);
  expect(workers.filter((w) => w === 'yaml.worker')).toHaveLength(1);
  expect(schemas).toEqual([`Kubernetes objects Podsmith knows (Kubernetes ${version})`]);
});
