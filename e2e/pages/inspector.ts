import { expect, type Locator, type Page } from '@playwright/test';
import type { AppPage, RoleWords } from './app.ts';

/** The inspector beside the canvas, and the container form in it, as a person sees them. */
export class InspectorPage {
  readonly region: Locator;

  constructor(
    readonly page: Page,
    private readonly app: AppPage,
  ) {
    this.region = page.getByRole('region', { name: 'Inspector' });
  }

  /** Click a card's select button on the canvas; the inspector then shows its container form. */
  async selectContainer(name: string, role: RoleWords): Promise<Locator> {
    const button = this.app.card(name, role).getByRole('button', { name: `Select ${name}` });
    const tab = this.region.getByRole('tab', { name: 'Container', exact: true });
    // A second click on the container the inspector already shows (one just added is) deselects it.
    const shown =
      (await button.getAttribute('aria-pressed')) === 'true' &&
      (await tab.getAttribute('aria-selected')) === 'true';
    if (!shown) await button.click();
    const form = this.containerForm(name);
    await expect(form).toBeVisible();
    return form;
  }

  containerForm(name: string): Locator {
    return this.region.getByRole('form', { name: `Container ${name}`, exact: true });
  }

  /** A collapsible section of the inspector by its title ("Basics", "Ports", …). */
  section(title: string): Locator {
    return this.region
      .locator('details.form-section')
      .filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }

  /** A row of a list (`Port 2`, `Variable 1`, `Import 1`). */
  row(name: string): Locator {
    return this.region.getByRole('group', { name, exact: true });
  }

  /** A text field by its label inside `scope`. */
  field(scope: Locator, label: string): Locator {
    return scope.getByRole('textbox', { name: label, exact: true });
  }

  /** Type into a field and commit it with Enter, as the forms commit on Enter or blur. */
  async enter(scope: Locator, label: string, value: string): Promise<void> {
    const input = this.field(scope, label);
    await input.fill(value);
    await input.press('Enter');
  }

  /** Pick an option of a select (by its visible label) inside `scope`. */
  async choose(scope: Locator, label: string, option: string): Promise<void> {
    await scope.getByRole('combobox', { name: label, exact: true }).selectOption({ label: option });
  }

  /** Set a resource quantity: type the number, then pick the unit beside it. */
  async quantity(label: string, amount: string, unit: string): Promise<void> {
    const resources = this.section('Resources');
    await this.field(resources, label).fill(amount);
    await this.choose(resources, `${label} unit`, unit);
    await this.field(resources, label).press('Enter');
  }

  /** The inline error under a field, within `scope`. */
  error(scope: Locator): Locator {
    return scope.getByRole('alert');
  }
}
