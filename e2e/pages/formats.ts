import fs from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, type Locator, type Page } from '@playwright/test';
import { unpackTar } from 'modern-tar';
import type { Downloaded } from './io.ts';

/** The titles of the Export dialog's other formats, as EXPORT_FORMATS names them. */
export type FormatTitle =
  | 'Terraform (typed kubernetes_*_v1 resources)'
  | 'Terraform (kubernetes_manifest)'
  | 'Helm chart'
  | 'Kustomize base';

/**
 * Other formats: the offer to convert Terraform (in the banner over the canvas), its dialog, and
 * the Export dialog's Terraform, Helm and Kustomize section.
 */
export class FormatsPage {
  readonly offer: Locator;
  readonly convertDialog: Locator;
  readonly findings: Locator;
  readonly exportDialog: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.offer = page.getByRole('button', { name: 'Convert to YAML…', exact: true });
    this.convertDialog = page.getByRole('dialog', { name: 'Convert Terraform to YAML' });
    this.findings = this.convertDialog.getByRole('list', {
      name: 'What the YAML does not say as Terraform did:',
    });
    this.exportDialog = page.getByRole('dialog', { name: 'Export the design' });
    this.notice = page.getByRole('status', { name: 'Notices' });
  }

  /** Pastes `text` over the whole editor, through the clipboard, as a person would. */
  async paste(text: string): Promise<void> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.page.getByRole('region', { name: 'YAML editor' }).locator('.view-lines').click();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.press('Control+V');
  }

  /** Takes the offer and converts: the dialog then lists what could not be carried over. */
  async convert(): Promise<void> {
    await this.offer.click();
    await expect(this.convertDialog).toBeVisible();
    await this.convertDialog.getByRole('button', { name: 'Convert', exact: true }).click();
  }

  async openConverted(): Promise<void> {
    await this.convertDialog.getByRole('button', { name: 'Open as a new design' }).click();
    await expect(this.convertDialog).toBeHidden();
  }

  /** Opens the Export dialog and chooses `format` (and Kustomize's images entries). */
  async choose(format: FormatTitle, { images = false } = {}): Promise<void> {
    if (!(await this.exportDialog.isVisible())) {
      await this.page.getByRole('button', { name: 'Export', exact: true }).click();
    }
    await this.exportDialog.getByRole('radio', { name: format, exact: true }).check();
    if (images) await this.exportDialog.getByRole('checkbox', { name: /images:/ }).check();
  }

  /** What the chosen format cannot carry, as the dialog lists it (empty when nothing). */
  notCarried(format: FormatTitle): Locator {
    return this.exportDialog
      .getByRole('list', { name: `What ${format} cannot carry:` })
      .getByRole('listitem');
  }

  /** Chooses `format`, downloads it and reads the file saved. */
  async download(format: FormatTitle, options: { images?: boolean } = {}): Promise<Downloaded> {
    await this.choose(format, options);
    const saved = this.page.waitForEvent('download');
    await this.exportDialog.getByRole('button', { name: /^Download .*\.(tf|tgz)$/ }).click();
    const download = await saved;
    const bytes = fs.readFileSync(await download.path());
    await expect(this.exportDialog).toBeHidden();
    return { name: download.suggestedFilename(), bytes };
  }
}

/** The files of a downloaded .tgz: path → text. */
export async function untgz(bytes: Buffer): Promise<Map<string, string>> {
  const entries = await unpackTar(gunzipSync(bytes));
  return new Map(entries.map((e) => [e.header.name, new TextDecoder().decode(e.data)]));
}
