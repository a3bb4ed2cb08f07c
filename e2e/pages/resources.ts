import type { Locator, Page } from '@playwright/test';

/** The "Resources" view of the pod analysis: pod totals, the reasons, QoS, the per-container table. */
export class ResourcesPage {
  readonly region: Locator;
  readonly tab: Locator;
  readonly totals: Locator;
  readonly perContainer: Locator;
  /** The line that gives the QoS class and why. */
  readonly qos: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Pod analysis' });
    this.tab = this.region.getByRole('tab', { name: 'Resources' });
    const panel = this.region.getByRole('tabpanel');
    this.totals = panel.getByRole('table', { name: 'Pod totals' });
    this.perContainer = panel.getByRole('table', { name: 'Per container' });
    this.qos = panel.getByText(/^QoS class:/);
  }

  async open(): Promise<void> {
    await this.tab.click();
  }

  /** The pod's request (`column` 0) or limit (`column` 1) of a resource, by its row header. */
  total(resource: 'CPU' | 'Memory' | 'Ephemeral storage', column: 0 | 1 = 0): Locator {
    return this.totals
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: resource, exact: true }) })
      .getByRole('cell')
      .nth(column);
  }

  /** A container's row of the per-container table (its header holds the name, then the role). */
  container(name: string): Locator {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.perContainer
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${escaped} `) }) });
  }
}
