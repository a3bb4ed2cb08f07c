import fs from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

/** A file as a test hands it to the app: a name and its exact bytes. */
export interface TestFile {
  name: string;
  bytes: Buffer;
}

/** A file the app downloaded: the name it suggested and the bytes written to disk. */
export interface Downloaded {
  name: string;
  bytes: Buffer;
}

/** Export and open: the toolbar's Export dialog, its Open button and dropping files on the app. */
export class IoPage {
  readonly exportButton: Locator;
  readonly openButton: Locator;
  readonly exportDialog: Locator;
  /** The hint shown while a file is dragged over the app. */
  readonly dropHint: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.exportButton = page.getByRole('button', { name: 'Export', exact: true });
    this.openButton = page.getByRole('button', { name: 'Open', exact: true });
    this.exportDialog = page.getByRole('dialog', { name: 'Export the design' });
    this.dropHint = page.getByRole('status').filter({ hasText: 'Drop the file to open it' });
    this.notice = page.getByRole('status', { name: 'Notices' });
  }

  /** Opens the Export dialog, presses one of its download buttons and reads the file saved. */
  async download(
    button: 'Download YAML' | 'Download JSON' | 'Download SVG' | 'Download PNG',
  ): Promise<Downloaded> {
    await this.exportButton.click();
    await expect(this.exportDialog).toBeVisible();
    const saved = this.page.waitForEvent('download');
    await this.exportDialog.getByRole('button', { name: button, exact: true }).click();
    const download = await saved;
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: fs.readFileSync(path) };
  }

  /** Chooses `file` through the toolbar's Open button and the browser's file chooser. */
  async openWithButton(file: TestFile): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.openButton.click();
    await (
      await chooser
    ).setFiles({ name: file.name, mimeType: 'application/yaml', buffer: file.bytes });
  }

  /**
   * Drags `file` over the canvas as the browser would (dragenter, dragover), checks the drop hint,
   * and drops it. Playwright cannot drag files from the desktop: the events are built in the page
   * with a real DataTransfer holding a real File.
   */
  async drop(file: TestFile, { target = 'Pod canvas' }: { target?: string } = {}): Promise<void> {
    const events = async (types: string[]) =>
      this.page.evaluate(
        ({ types, name, bytes, target }) => {
          const data = new DataTransfer();
          data.items.add(new File([new Uint8Array(bytes)], name));
          const on = document.querySelector(`[aria-label="${target}"]`) ?? document.body;
          for (const type of types) {
            on.dispatchEvent(
              new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
            );
          }
        },
        { types, name: file.name, bytes: [...file.bytes], target },
      );
    await events(['dragenter', 'dragover']);
    await expect(this.dropHint).toBeVisible();
    await events(['drop']);
    await expect(this.dropHint).toHaveCount(0);
  }
}
