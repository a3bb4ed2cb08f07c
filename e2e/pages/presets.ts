import type { Locator, Page } from '@playwright/test';

/** The palette's sidecar presets, by their button names. */
export type PresetName =
  | 'Log shipper'
  | 'Reverse proxy'
  | 'Utility sidecar'
  | 'Content sync'
  | 'Credential refresher'
  | 'Metrics exporter';

/** Sidecar presets: the palette group and the dialog each one opens. */
export class PresetsPage {
  readonly group: Locator;

  constructor(readonly page: Page) {
    this.group = page.getByRole('list', { name: 'Sidecar presets' });
  }

  item(name: PresetName): Locator {
    return this.group.getByRole('button', { name, exact: true });
  }

  /** The dialog of a preset, e.g. "Add log shipper". */
  dialog(name: PresetName): Locator {
    return this.page.getByRole('dialog', { name: `Add ${name.toLowerCase()}` });
  }

  /** The dialog's offer to create the shared emptyDir and mount it into both containers. */
  volumeOffer(name: PresetName): Locator {
    return this.dialog(name).getByRole('checkbox', { name: /^Create emptyDir volume/ });
  }

  /** The shared volume's name, filled with the preset's default (shown while the offer is on). */
  volumeName(name: PresetName): Locator {
    return this.dialog(name).getByRole('textbox', { name: 'Volume name', exact: true });
  }

  /** Where the sidecar or the main container mounts the shared volume. */
  mountPath(name: PresetName, where: 'sidecar' | 'main container'): Locator {
    return this.dialog(name).getByRole('textbox', {
      name: `Mount path in the ${where}`,
      exact: true,
    });
  }

  processOffer(name: PresetName): Locator {
    return this.dialog(name).getByRole('checkbox', { name: /^Share the process namespace/ });
  }

  role(name: PresetName, role: 'Native sidecar' | 'Classic sidecar'): Locator {
    return this.dialog(name).getByRole('radio', { name: new RegExp(`^${role}`) });
  }

  nameField(name: PresetName): Locator {
    return this.dialog(name).getByRole('textbox', { name: 'Container name' });
  }

  addButton(name: PresetName): Locator {
    return this.dialog(name).getByRole('button', { name: `Add ${name.toLowerCase()}` });
  }

  /** Drags a preset into the pod with the mouse, in small steps as a hand moves. */
  async dragIntoPod(name: PresetName, canvas: Locator): Promise<void> {
    await this.item(name).scrollIntoViewIfNeeded(); // the palette scrolls; the mouse cannot
    const from = await this.item(name).boundingBox();
    const to = await canvas.boundingBox();
    if (!from || !to) throw new Error(`cannot drag ${name}: source or target is not on screen`);
    const mouse = this.page.mouse;
    await mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await mouse.down();
    await mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 12, { steps: 4 });
    await mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
    await mouse.up();
  }
}
