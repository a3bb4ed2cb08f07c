import type { Locator, Page } from '@playwright/test';

/** The "Network and processes" view of the pod analysis: ports, Service mapping, node, processes. */
export class NetworkPage {
  readonly region: Locator;
  readonly tab: Locator;
  readonly panel: Locator;
  /** The ports table. */
  readonly ports: Locator;
  /** The list of port conflicts under the table (absent when there are none). */
  readonly conflicts: Locator;
  readonly services: Locator;
  readonly host: Locator;
  readonly processes: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Pod analysis' });
    this.tab = this.region.getByRole('tab', { name: 'Network and processes' });
    this.panel = this.region.getByRole('tabpanel');
    this.ports = this.panel.getByRole('table', { name: 'Ports of the pod' });
    this.conflicts = this.panel.getByRole('list', { name: 'Port conflicts' });
    this.services = this.panel.getByRole('region', { name: 'Services → container ports' });
    this.host = this.panel.getByRole('region', { name: /^(Host network|Node)$/ });
    this.processes = this.panel.getByRole('region', { name: 'Processes' });
  }

  async open(): Promise<void> {
    await this.tab.click();
  }

  /** The row of the ports table for a port of a container (the first one when it has several). */
  portRow(container: string, port: string): Locator {
    return this.ports
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${container} \\(`) }) })
      .filter({ hasText: port });
  }
}
