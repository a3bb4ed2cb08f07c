import { expect, type Locator, type Page } from '@playwright/test';

/** Moving through the app with the keyboard alone, as a person who uses no mouse does. */
export class KeyboardPage {
  constructor(readonly page: Page) {}

  /**
   * Press Tab (Shift+Tab with `back`) until `target` has the focus, and fail when that takes more
   * than `max` presses: a control that is there but takes dozens of presses is not reachable in
   * practice. Returns the number of presses.
   */
  async tabTo(target: Locator, { back = false, max }: { back?: boolean; max: number }) {
    for (let presses = 0; presses <= max; presses++) {
      if (await target.evaluate((el) => el === document.activeElement)) return presses;
      if (presses < max) await this.page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    }
    await expect(
      target,
      `not reached with ${max} ${back ? 'Shift+Tab' : 'Tab'} presses`,
    ).toBeFocused();
    return max;
  }

  /** Replace the text of the focused field by typing, as a person would (select all, type). */
  async retype(text: string): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(text);
  }
}
