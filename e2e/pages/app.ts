import { expect, type Locator, type Page } from '@playwright/test';
// Type only: the page's `window.podsmith` (app/api.ts declares it on Window). Nothing of app/ runs here.
import type {} from '../../app/api.ts';

/** The roles of a container, in the words the canvas uses in accessible names. */
export type RoleWords = 'main container' | 'sidecar' | 'native sidecar' | 'init container';

/** The palette's items, by their button names. */
export type PaletteItem =
  'Main container' | 'Native sidecar' | 'Classic sidecar' | 'Init container';

/** Podsmith's main screen, as a person (or a screen reader) sees it. */
export class AppPage {
  readonly canvas: Locator;
  readonly editor: Locator;
  /** Monaco itself, inside the editor region. */
  readonly monaco: Locator;
  /** The banner shown while the YAML does not parse. */
  readonly staleAlert: Locator;

  constructor(readonly page: Page) {
    this.canvas = page.getByRole('region', { name: 'Pod canvas' });
    this.editor = page.getByRole('region', { name: 'YAML editor' });
    this.monaco = this.editor.locator('.monaco-editor');
    this.staleAlert = page.getByRole('alert').filter({ hasText: 'YAML has errors' });
  }

  /** Open the app (at `baseURL`, or at `url`) and wait until the scripting API is there. */
  async goto(url = '/'): Promise<void> {
    await this.page.goto(url);
    await this.page.waitForFunction(() => 'podsmith' in window);
  }

  /** A container card on the canvas, e.g. `card('nginx', 'main container')`. */
  card(name: string, role: RoleWords): Locator {
    return this.canvas.getByRole('group', { name: `${name}, ${role}`, exact: true });
  }

  /** A volume on the canvas, e.g. `volume('logs')`. */
  volume(name: string): Locator {
    return this.canvas.getByRole('group', { name: `${name}, volume`, exact: true });
  }

  /**
   * An edge of the diagram by its accessible name, e.g. `edge('logs mounted by app at /var/log,
   * read-write')` or `edge('Service web port 80 → app 8080')`.
   */
  edge(name: string | RegExp): Locator {
    return this.canvas.getByRole('img', { name, exact: typeof name === 'string' });
  }

  paletteItem(item: PaletteItem): Locator {
    return this.page.getByRole('button', { name: item, exact: true });
  }

  /**
   * Drag a palette item with the mouse and drop it over `target` (default: the middle of the
   * canvas). dnd-kit's PointerSensor starts a drag only after the pointer moved a few pixels, so
   * the moves go in small steps, like a hand; a single jump is never seen as a drag.
   * `whileOver` runs with the button still held, over the target.
   */
  async dragFromPalette(
    item: PaletteItem,
    { target = this.canvas, whileOver }: { target?: Locator; whileOver?: () => Promise<void> } = {},
  ): Promise<void> {
    const from = await this.paletteItem(item).boundingBox();
    const to = await target.boundingBox();
    if (!from || !to) throw new Error(`cannot drag ${item}: source or target is not on screen`);
    const mouse = this.page.mouse;
    await mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await mouse.down();
    await mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 12, { steps: 4 });
    await mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
    await whileOver?.();
    await mouse.up();
  }

  async getYaml(): Promise<string> {
    return this.page.evaluate(() => window.podsmith.getYaml());
  }

  async setYaml(text: string): Promise<void> {
    await this.page.evaluate((t) => window.podsmith.setYaml(t), text);
  }

  /**
   * Type `text` at the end of the document through Monaco's own keyboard handling, as a person
   * would: line by line, Enter between lines. The document must end with a newline. Monaco keeps
   * the previous line's indent after Enter; Shift+Home selects it, so each line's own indent wins.
   */
  async typeAtEndOfEditor(text: string): Promise<void> {
    const keyboard = this.page.keyboard;
    await this.monaco.locator('.view-lines').click();
    await keyboard.press('Control+End');
    for (const [i, line] of text.split('\n').entries()) {
      if (i > 0) {
        await keyboard.press('Escape'); // close a completion list, or Enter would accept it
        await keyboard.press('Enter');
        await keyboard.press('Shift+Home');
        if (line === '') await keyboard.press('Delete'); // at the end of the text: only the indent
      }
      if (line !== '') await keyboard.insertText(line);
    }
  }

  /**
   * Ask for completion in the editor (Ctrl+Space in its text) and wait for the list: the YAML
   * language worker and the version's schema start on that first ask, not at load.
   */
  async askForCompletion(): Promise<void> {
    await this.monaco.locator('.view-lines').click();
    await this.page.keyboard.press('Control+Space');
    await expect(this.monaco.locator('.suggest-widget')).toBeVisible();
  }

  /** Wait until Monaco has mounted and shows the design's text. */
  async whenEditorReady(): Promise<void> {
    await this.page.evaluate(() => window.podsmith.whenEditorReady());
    await expect(this.monaco).toBeVisible({ timeout: 20_000 });
    await expect(this.monaco.locator('.view-lines .view-line').first()).toBeVisible();
  }
}
