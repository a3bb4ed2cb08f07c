import { expect, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './app.ts';

/** Volumes as a person sees them: on the diagram, the mount dialog, the volume form. */
export class VolumesPage {
  readonly tray: Locator;
  readonly inspector: Locator;
  /** The dialog that asks for the mount path after a volume is dropped on a card. */
  readonly mountDialog: Locator;

  constructor(
    readonly page: Page,
    private readonly app: AppPage,
  ) {
    this.tray = app.canvas.getByRole('group', { name: 'Volumes', exact: true });
    this.inspector = page.getByRole('region', { name: 'Inspector' });
    this.mountDialog = page.getByRole('dialog', { name: /^Mount .+ into .+/ });
  }

  /** The diagram's "New volume" button, which opens the Add volume form. */
  get newVolume(): Locator {
    return this.app.canvas.getByRole('button', { name: 'New volume', exact: true });
  }

  /** The Add volume form, opened from "New volume" if it is not open. */
  async addForm(): Promise<Locator> {
    if ((await this.newVolume.getAttribute('aria-expanded')) !== 'true') {
      await this.newVolume.click();
    }
    const form = this.app.canvas.getByRole('form', { name: 'Add volume' });
    await expect(form).toBeVisible();
    return form;
  }

  /** Add a volume from the diagram: a name (empty: the suggested one) and a source. */
  async add(name: string, source: string): Promise<void> {
    const form = await this.addForm();
    await form.getByRole('textbox', { name: 'New volume name' }).fill(name);
    await form.getByRole('combobox', { name: 'Source' }).selectOption(source);
    await form.getByRole('button', { name: 'Add volume' }).click();
    await expect(this.app.volume(name)).toBeVisible();
  }

  /** Click a volume on the canvas; the inspector then shows its form. */
  async select(name: string): Promise<Locator> {
    const button = this.app.volume(name).getByRole('button', { name: `Select ${name}` });
    const tab = this.inspector.getByRole('tab', { name: 'Volume' });
    // A second click on the volume the inspector already shows would deselect it.
    const shown =
      (await button.getAttribute('aria-pressed')) === 'true' &&
      (await tab.getAttribute('aria-selected')) === 'true';
    if (!shown) await button.click();
    const form = this.form(name);
    await expect(form).toBeVisible();
    return form;
  }

  form(name: string): Locator {
    return this.inspector.getByRole('form', { name: `Volume ${name}`, exact: true });
  }

  /**
   * Drag a volume with the mouse onto `target` (a container card). Small steps, like a hand:
   * dnd-kit starts a drag only after the pointer moved a few pixels.
   */
  async drag(name: string, target: Locator): Promise<void> {
    // The diagram scrolls: bring the volume into view, as a hand would before grabbing it.
    await this.app.volume(name).scrollIntoViewIfNeeded();
    const from = await this.app.volume(name).boundingBox();
    if (!from) throw new Error(`cannot drag ${name}: the volume is not on screen`);
    const mouse = this.page.mouse;
    await mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await mouse.down();
    await mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 - 10, { steps: 4 });
    // Follow the target like a hand would: near the canvas's edge the drag scrolls the canvas
    // (dnd-kit's auto-scroll), so the card moves under the pointer until the scroll stops.
    let last = '';
    for (let i = 0; i < 10; i++) {
      const to = await target.boundingBox();
      if (!to) throw new Error(`cannot drag ${name}: the target is not on screen`);
      const at = `${Math.round(to.x)},${Math.round(to.y)}`;
      if (at === last) break;
      last = at;
      await mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: i ? 2 : 12 });
      await this.page.waitForTimeout(150);
    }
    await mouse.up();
  }

  /** The "Mount into a container" group of a volume's form (the keyboard way to mount). */
  mountInto(form: Locator): Locator {
    return form.getByRole('group', { name: 'Mount into a container' });
  }
}
