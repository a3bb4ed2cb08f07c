import type { Locator, Page } from '@playwright/test';
import type { AppPage, RoleWords } from './app.ts';

/** The canvas lanes, by their headings. */
export type LaneTitle = 'Init containers' | 'Sidecars' | 'Main container';

/** Arranging containers on the canvas: drags, and the card controls that stand in for them. */
export class ContainersPage {
  readonly page: Page;

  constructor(readonly app: AppPage) {
    this.page = app.page;
  }

  lane(title: LaneTitle): Locator {
    // The heading holds a count after the title ("Init containers 2").
    return this.app.canvas.getByRole('group', { name: new RegExp(`^${title}( \\d+)?$`) });
  }

  moveUp(name: string): Locator {
    return this.app.canvas.getByRole('button', { name: `Move ${name} up`, exact: true });
  }

  moveDown(name: string): Locator {
    return this.app.canvas.getByRole('button', { name: `Move ${name} down`, exact: true });
  }

  roleSelect(name: string): Locator {
    return this.app.canvas.getByRole('combobox', { name: `Role of ${name}`, exact: true });
  }

  makeMain(name: string): Locator {
    return this.app.canvas.getByRole('button', {
      name: `Make ${name} the main container`,
      exact: true,
    });
  }

  duplicate(name: string): Locator {
    return this.app.canvas.getByRole('button', { name: `Duplicate ${name}`, exact: true });
  }

  /** The card's own button: click selects, Space starts a keyboard drag. */
  handle(name: string, role: RoleWords): Locator {
    return this.app.card(name, role).getByRole('button', { name: `Select ${name}` });
  }

  /**
   * Drags a card with the mouse by its head (not its controls) and drops it just inside the
   * top-left corner of `target`: before that card when it is one, else into that lane.
   * Small steps, as a hand moves: dnd-kit starts a drag only after the pointer moved a few pixels.
   */
  async dragCard(
    card: Locator,
    target: Locator,
    { whileOver }: { whileOver?: () => Promise<void> } = {},
  ): Promise<void> {
    const from = await card.boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error('cannot drag: card or target is not on screen');
    const mouse = this.page.mouse;
    const grab = { x: from.x + from.width * 0.4, y: from.y + 14 };
    await mouse.move(grab.x, grab.y);
    await mouse.down();
    await mouse.move(grab.x + 8, grab.y + 8, { steps: 4 });
    await mouse.move(to.x + 12, to.y + 10, { steps: 12 });
    await whileOver?.();
    await mouse.up();
  }
}
