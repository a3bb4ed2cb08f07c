import { expect, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './app.ts';

/** A pane a splitter sizes (`data-pane` of the splitter). */
export type SplitPane = 'palette' | 'inspector' | 'editor' | 'side' | 'analysis';

/** What a splitter says about itself: its pane, orientation and WAI-ARIA value. */
export interface SplitterState {
  pane: SplitPane;
  vertical: boolean;
  now: number;
  min: number;
  max: number;
}

/** How far the page reaches beyond the window; nothing should. */
export interface Overflow {
  scrollWidth: number;
  innerWidth: number;
  scrollHeight: number;
  innerHeight: number;
}

/** One arrow key moves a splitter this many pixels (app/layout/useSplit.ts). */
export const STEP = 16;

/** The workspace as a person sees it: panes, the splitters between them, the theme. */
export class LayoutPage {
  readonly workspace: Locator;
  /** Every splitter, by its name ("Resize the editor"). */
  readonly splitters: Locator;
  readonly theme: Locator;
  readonly palette: Locator;
  readonly inspector: Locator;
  readonly analysis: Locator;

  constructor(
    readonly page: Page,
    readonly app: AppPage,
  ) {
    this.workspace = page.getByRole('main');
    this.splitters = page.getByRole('separator', { name: /^Resize / });
    this.theme = page.getByRole('combobox', { name: 'Theme' });
    this.palette = page.getByRole('complementary', { name: 'Add a container' });
    this.inspector = page.getByRole('region', { name: 'Inspector' });
    this.analysis = page.getByRole('region', { name: 'Pod analysis' });
  }

  splitter(name: string): Locator {
    return this.page.getByRole('separator', { name, exact: true });
  }

  /** `wide` (inspector and editor side by side) or `narrow` (one column, two tabs). */
  async mode(): Promise<'wide' | 'narrow'> {
    return (await this.workspace.getAttribute('data-mode')) as 'wide' | 'narrow';
  }

  /** The tab of the shared column on narrow screens. */
  sideTab(name: 'Inspector' | 'YAML'): Locator {
    return this.page
      .getByRole('tablist', { name: 'Inspector or YAML' })
      .getByRole('tab', { name, exact: true });
  }

  /** Shows the editor (on a narrow screen it shares a column with the inspector). */
  async showEditor(): Promise<void> {
    if ((await this.mode()) === 'narrow') await this.sideTab('YAML').click();
    await expect(this.app.editor).toBeVisible();
  }

  async showInspector(): Promise<void> {
    if ((await this.mode()) === 'narrow') await this.sideTab('Inspector').click();
    await expect(this.inspector).toBeVisible();
  }

  async overflow(): Promise<Overflow> {
    return this.page.evaluate(() => ({
      scrollWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
      innerWidth,
      scrollHeight: Math.max(document.documentElement.scrollHeight, document.body.scrollHeight),
      innerHeight,
    }));
  }

  /** How many whole lines of text the editor has room for (its height over Monaco's line height). */
  async editorLines(): Promise<number> {
    const lines = this.app.monaco.locator('.view-lines');
    await expect(lines.locator('.view-line').first()).toBeVisible();
    return lines.evaluate((el) => {
      const line = el.querySelector<HTMLElement>('.view-line')!;
      const height = parseFloat(getComputedStyle(line).height) || line.offsetHeight;
      const editor = el.closest<HTMLElement>('.monaco-editor')!;
      return Math.floor(editor.getBoundingClientRect().height / height);
    });
  }

  /** `vs` or `vs-dark`: the class Monaco gives its editor for the theme it shows. */
  async monacoTheme(): Promise<string> {
    const classes = (await this.app.monaco.first().getAttribute('class')) ?? '';
    return classes.split(/\s+/).find((c) => c === 'vs' || c === 'vs-dark') ?? '';
  }

  /** The colour scheme the page uses now: its root's `color-scheme`. */
  async colorScheme(): Promise<string> {
    return this.page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
  }

  async dataTheme(): Promise<string | null> {
    return this.page.evaluate(() => document.documentElement.getAttribute('data-theme'));
  }

  async state(splitter: Locator): Promise<SplitterState> {
    return splitter.evaluate((el) => ({
      pane: el.getAttribute('data-pane') as SplitPane,
      vertical: el.getAttribute('aria-orientation') === 'vertical',
      now: Number(el.getAttribute('aria-valuenow')),
      min: Number(el.getAttribute('aria-valuemin')),
      max: Number(el.getAttribute('aria-valuemax')),
    }));
  }

  /** The element that a splitter's pane is drawn in. */
  pane(pane: SplitPane): Locator {
    return this.workspace.locator(`.layout-${pane}`);
  }

  /** The pane's size along the splitter's axis: width between columns, height between rows. */
  async paneSize(state: SplitterState): Promise<number> {
    const box = await this.pane(state.pane).boundingBox();
    if (!box) throw new Error(`the ${state.pane} pane is not on screen`);
    return state.vertical ? box.width : box.height;
  }

  /**
   * The arrow key that makes the splitter's pane bigger: the splitter moves the way the arrow
   * points, and only the palette lies before (left of) its splitter.
   */
  growKey(state: SplitterState): string {
    if (!state.vertical) return 'ArrowUp';
    return state.pane === 'palette' ? 'ArrowRight' : 'ArrowLeft';
  }

  shrinkKey(state: SplitterState): string {
    if (!state.vertical) return 'ArrowDown';
    return state.pane === 'palette' ? 'ArrowLeft' : 'ArrowRight';
  }

  /** Drags a splitter with the mouse by `dx`, `dy` pixels, in small steps like a hand. */
  async drag(splitter: Locator, dx: number, dy: number): Promise<void> {
    const box = await splitter.boundingBox();
    if (!box) throw new Error('the splitter is not on screen');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx, y + dy, { steps: 8 });
    await this.page.mouse.up();
  }
}
