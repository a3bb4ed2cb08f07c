import { expect, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './app.ts';

/** The filter toggles of the problems panel, by their words. */
export type SeverityWords = 'Errors' | 'Warnings' | 'Info';

/** Validation as a person sees it: the problems panel, card badges, editor markers, the version. */
export class ProblemsPage {
  readonly panel: Locator;
  /** The toolbar's "Kubernetes version" select. */
  readonly version: Locator;

  constructor(
    readonly page: Page,
    private readonly app: AppPage,
  ) {
    this.panel = page.getByRole('region', { name: 'Problems' });
    this.version = page.getByRole('combobox', { name: 'Kubernetes version' });
  }

  /** The panel's entries about a rule (each lists its rule id). */
  entry(ruleId: string): Locator {
    return this.panel.getByRole('listitem').filter({ hasText: ruleId });
  }

  /** Click an entry: the editor shows its line, the canvas selects what it concerns. */
  async show(ruleId: string): Promise<void> {
    await this.entry(ruleId).getByRole('button').first().click();
  }

  /** The entry's quick fix button. */
  fixButton(ruleId: string): Locator {
    return this.entry(ruleId).getByRole('button', { name: /^Fix: / });
  }

  /** A severity filter toggle, named "<words> <count>". */
  toggle(words: SeverityWords): Locator {
    return this.panel.getByRole('button', { name: new RegExp(`^${words} \\d+$`) });
  }

  /** The diagnostics badge of a card or volume (a disclosure: "⚠ 1 warning"). */
  badge(owner: Locator): Locator {
    return owner.locator('details.diag-badge');
  }

  /** The squiggles Monaco draws for markers of a severity. */
  squiggles(severity: 'error' | 'warning' | 'info'): Locator {
    return this.app.monaco.locator(`.view-overlays .squiggly-${severity}`);
  }

  /**
   * Monaco's own "next problem" view (Alt+F8) from the top of the text: it shows the marker's
   * message and its rule id, as a person reading the editor would.
   */
  async nextMarker(): Promise<Locator> {
    await this.app.monaco.locator('.view-lines').click();
    await this.page.keyboard.press('Control+Home');
    await this.page.keyboard.press('Alt+F8');
    const widget = this.app.monaco.locator('.marker-widget');
    await expect(widget).toBeVisible();
    return widget;
  }

  /** The line number Monaco shows as the cursor's line. */
  activeLine(): Locator {
    return this.app.monaco.locator('.line-numbers.active-line-number');
  }
}
