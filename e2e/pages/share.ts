import type { Locator, Page } from '@playwright/test';

/** Share links: the toolbar's Share dialog and the links it makes. */
export class SharePage {
  readonly button: Locator;
  readonly dialog: Locator;
  readonly link: Locator;
  readonly copy: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByRole('button', { name: 'Share', exact: true });
    this.dialog = page.getByRole('dialog', { name: 'Share this design' });
    this.link = this.dialog.getByRole('textbox', { name: 'Share link' });
    this.copy = this.dialog.getByRole('button', { name: 'Copy link' });
    this.notice = page.getByRole('status', { name: 'Notices' });
  }

  /** Opens the Share dialog and reads the link in it (the dialog stays open). */
  async readLink(): Promise<string> {
    await this.button.click();
    await this.link.waitFor();
    return this.link.inputValue();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close', exact: true }).click();
  }

  /** Pastes `link` into the address bar of the open page: only the fragment changes (hashchange). */
  async followInPage(link: string): Promise<void> {
    await this.page.evaluate((href) => {
      window.location.hash = new URL(href).hash;
    }, link);
  }

  /** The page's address has no `#` part any more. */
  async hash(): Promise<string> {
    return this.page.evaluate(() => window.location.hash);
  }
}
