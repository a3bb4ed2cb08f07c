import { expect, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import type { AppPage } from './app.ts';

/** A container of a single-workload design, as plain data. */
export type ContainerData = Record<string, unknown>;

/**
 * The probe, lifecycle, mount and security sections of the container inspector, found the way a
 * screen reader user finds them: each probe or hook is a group named by its legend.
 */
export class ProbesPage {
  readonly inspector: Locator;

  constructor(
    readonly page: Page,
    private readonly app: AppPage,
  ) {
    this.inspector = page.getByRole('region', { name: 'Inspector' });
  }

  /** "Liveness probe", "Readiness probe", "Startup probe". */
  probe(title: 'Liveness probe' | 'Readiness probe' | 'Startup probe'): Locator {
    return this.inspector.getByRole('group', { name: title, exact: true });
  }

  hook(title: 'postStart hook' | 'preStop hook'): Locator {
    return this.inspector.getByRole('group', { name: title, exact: true });
  }

  /** A select by its label inside `scope` (the inspector when not given). */
  select(label: string, scope: Locator = this.inspector): Locator {
    return scope.getByRole('combobox', { name: label, exact: true });
  }

  /** A text input or text area by its label inside `scope`. */
  text(label: string, scope: Locator = this.inspector): Locator {
    return scope.getByRole('textbox', { name: label, exact: true });
  }

  /** Type a value and commit it with Enter, as the fields commit on Enter or blur. */
  async enter(scope: Locator, label: string, value: string): Promise<void> {
    const input = this.text(label, scope);
    await input.fill(value);
    await input.press('Enter');
  }

  /** The first container of the design's only workload, as the YAML text holds it now. */
  async container(index = 0): Promise<ContainerData> {
    const doc = parse(await this.app.getYaml()) as {
      spec: { template: { spec: { containers: ContainerData[] } } };
    };
    return doc.spec.template.spec.containers[index]!;
  }

  /** Press Tab until `target` has the focus: the keyboard-only way to reach a control. */
  async tabTo(target: Locator, maxPresses = 200): Promise<void> {
    for (let i = 0; i < maxPresses; i++) {
      if (await target.evaluate((el) => el === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    await expect(target, `not reached with ${maxPresses} Tab presses`).toBeFocused();
  }
}
