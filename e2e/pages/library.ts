import { expect, type Locator, type Page } from '@playwright/test';

/** A design as stored in the browser (the fields the tests look at). */
export interface StoredDesign {
  id: string;
  name: string;
  kind: string;
  text: string;
  k8s: string;
}

/** The design library: the toolbar's Designs button, its dialog, and what localStorage holds. */
export class LibraryPage {
  readonly button: Locator;
  readonly dialog: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByRole('button', { name: 'Designs', exact: true });
    this.dialog = page.getByRole('dialog', { name: 'Designs' });
    this.list = this.dialog.getByRole('list', { name: 'Saved designs' });
  }

  async open(): Promise<void> {
    await this.button.click();
    await expect(this.dialog).toBeVisible();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** A saved design in the open dialog, by its name. */
  item(name: string): Locator {
    return this.list.getByRole('listitem', { name, exact: true });
  }

  /** The names the dialog lists, in order. */
  names(): Promise<string[]> {
    return this.list.locator('.design-name').allTextContents();
  }

  async action(name: string, action: 'Open' | 'Rename' | 'Duplicate' | 'Delete'): Promise<void> {
    await this.item(name)
      .getByRole('button', { name: `${action} ${name}`, exact: true })
      .click();
  }

  async rename(from: string, to: string): Promise<void> {
    await this.action(from, 'Rename');
    await this.item(from).getByRole('textbox', { name: 'Name' }).fill(to);
    await this.item(from).getByRole('button', { name: 'Save name' }).click();
  }

  /** This tab's design id (sessionStorage). */
  currentId(): Promise<string | null> {
    return this.page.evaluate(() => sessionStorage.getItem('podsmith:current'));
  }

  /** Every design saved in this browser profile, read straight from localStorage. */
  stored(): Promise<StoredDesign[]> {
    return this.page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('podsmith:design:'))
        .map((k) => JSON.parse(localStorage.getItem(k) ?? 'null') as StoredDesign),
    );
  }

  /** Waits until the autosave stored this text (and version) for the tab's design. */
  async expectSaved(text: string, k8s?: string): Promise<void> {
    await expect
      .poll(async () => {
        const id = await this.currentId();
        const design = (await this.stored()).find((d) => d.id === id);
        return design && { text: design.text, ...(k8s ? { k8s: design.k8s } : {}) };
      })
      .toEqual({ text, ...(k8s ? { k8s } : {}) });
  }
}
