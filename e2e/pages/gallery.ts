import type { Locator, Page } from '@playwright/test';

/** The template gallery: the toolbar's Templates button and the dialog it opens. */
export class GalleryPage {
  readonly button: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByRole('button', { name: 'Templates', exact: true });
    this.dialog = page.getByRole('dialog', { name: 'Start from a template' });
  }

  /** A template in the open gallery, by its title. */
  template(title: string): Locator {
    return this.dialog.getByRole('button', { name: title, exact: true });
  }

  async startFrom(title: string): Promise<void> {
    await this.button.click();
    await this.template(title).click();
  }
}
