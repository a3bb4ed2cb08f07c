import type { Locator, Page } from '@playwright/test';

/** The "Start and stop" view of the pod analysis: start-up and shut-down steps, Job completion. */
export class LifecyclePage {
  readonly region: Locator;
  readonly tab: Locator;
  /** The line that says whether (and when) the Job completes. */
  readonly job: Locator;
  readonly startSteps: Locator;
  readonly stopSteps: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Pod analysis' });
    this.tab = this.region.getByRole('tab', { name: 'Start and stop' });
    const panel = this.region.getByRole('tabpanel');
    this.job = panel.getByRole('status');
    this.startSteps = panel.getByRole('list', { name: 'Start-up steps' }).locator('> li');
    this.stopSteps = panel.getByRole('list', { name: 'Shut-down steps' }).locator('> li');
  }

  async open(): Promise<void> {
    await this.tab.click();
  }

  /** The containers of a step as "<name> <role words>", in order. */
  async members(step: Locator): Promise<string[]> {
    const items = step.getByRole('list', { name: 'Containers' }).getByRole('listitem');
    return (await items.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
  }
}
