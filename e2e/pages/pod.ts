import { expect, type Locator, type Page } from '@playwright/test';
import { parseAllDocuments } from 'yaml';
import type { AppPage } from './app.ts';

/** The inspector's tabs, by their names. */
export type InspectorTabName = 'Container' | 'Volume' | 'Pod' | 'Workload' | 'Service';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- YAML data: `expect` checks it, not types
type Data = Record<string, any>;

/** The design as plain data, one value per document (YAML compared as data, not as text). */
export function docs(text: string): Data[] {
  return parseAllDocuments(text).map((d) => d.toJS() as Data);
}

/**
 * Pod settings, the workload form and the Service form in the inspector, and the namespaces on
 * the canvas, as a person sees them.
 */
export class PodSettingsPage {
  readonly inspector: Locator;
  /** The band around the containers that share the process namespace. */
  readonly processBand: Locator;
  /** The attached objects list under the pod. */
  readonly objects: Locator;

  constructor(
    readonly page: Page,
    private readonly app: AppPage,
  ) {
    this.inspector = page.getByRole('region', { name: 'Inspector' });
    this.processBand = app.canvas.getByRole('group', { name: 'Shared process namespace' });
    this.objects = app.canvas.getByRole('group', { name: 'Attached objects' });
  }

  async openTab(name: InspectorTabName): Promise<void> {
    await this.inspector.getByRole('tab', { name, exact: true }).click();
  }

  /** A form control of the open tab by its label. */
  control(label: string, scope: Locator = this.inspector): Locator {
    return scope.getByLabel(label, { exact: true });
  }

  /** Type into a text field and commit with Enter (forms commit on Enter or blur). */
  async enter(label: string, value: string, scope: Locator = this.inspector): Promise<void> {
    const input = this.control(label, scope);
    await input.fill(value);
    await input.press('Enter');
  }

  /** A Service of the Service tab, by its name. */
  service(name: string): Locator {
    return this.inspector.getByRole('region', { name: `Service ${name}`, exact: true });
  }

  /** Add a Service of the given type from the Service tab. */
  async addService(type: 'ClusterIP' | 'NodePort' | 'Headless'): Promise<void> {
    const add = this.inspector.getByRole('group', { name: 'Add a Service' });
    await add.getByLabel('New Service type').selectOption(type);
    await add.getByRole('button', { name: 'Add Service' }).click();
  }

  /**
   * Service tab, for pods without labels: the button that gives them `label` (`key: value`) and
   * adds the Service in one step, in place of "Add Service".
   */
  labelAndAddService(label: string): Locator {
    return this.inspector
      .getByRole('group', { name: 'Add a Service' })
      .getByRole('button', { name: `Add label ${label} and the Service`, exact: true });
  }

  /** A port row of a Service card (1-based). */
  servicePort(service: Locator, n: number): Locator {
    return service.getByRole('group', { name: `Service port ${n}`, exact: true });
  }

  /** A row of a key/value editor (`Pod label app`, `New pod label`). */
  kvRow(name: string): Locator {
    return this.inspector.getByRole('group', { name, exact: true });
  }

  /** Wait until the design, as data, satisfies `check`. */
  async expectDesign(check: (design: Data[]) => void): Promise<void> {
    await expect(async () => check(docs(await this.app.getYaml()))).toPass({ timeout: 5_000 });
  }
}
