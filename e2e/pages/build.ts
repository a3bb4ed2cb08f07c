import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppPage, PaletteItem, RoleWords } from './app.ts';
import { GalleryPage } from './gallery.ts';
import { InspectorPage } from './inspector.ts';
import { docs, PodSettingsPage } from './pod.ts';
import { PresetsPage, type PresetName } from './presets.ts';
import { VolumesPage } from './volumes.ts';

/** Resource quantities as a person types them: the number, then the unit picked beside it. */
export interface Resources {
  cpuRequest?: [string, 'm' | 'cores'];
  cpuLimit?: [string, 'm' | 'cores'];
  memoryRequest?: [string, 'Mi' | 'Gi'];
  memoryLimit?: [string, 'Mi' | 'Gi'];
}

const RESOURCE_LABELS: Record<keyof Resources, string> = {
  cpuRequest: 'CPU request',
  cpuLimit: 'CPU limit',
  memoryRequest: 'Memory request',
  memoryLimit: 'Memory limit',
};

/**
 * Building a design from nothing with the canvas and the forms only, one user step per method,
 * so a spec reads as the story of what a person does (no typing into the editor, no setYaml).
 */
export class BuildPage {
  readonly gallery: GalleryPage;
  readonly inspector: InspectorPage;
  readonly pod: PodSettingsPage;
  readonly presets: PresetsPage;
  readonly volumes: VolumesPage;
  readonly page: Page;

  constructor(readonly app: AppPage) {
    this.page = app.page;
    this.gallery = new GalleryPage(this.page);
    this.inspector = new InspectorPage(this.page, app);
    this.pod = new PodSettingsPage(this.page, app);
    this.presets = new PresetsPage(this.page);
    this.volumes = new VolumesPage(this.page, app);
  }

  /** Open the app and start over from the gallery's "Empty pod": a Pod with one container "app". */
  async startFromEmptyPod(): Promise<void> {
    await this.app.goto();
    await this.gallery.startFrom('Empty pod');
    await expect(this.app.card('app', 'main container')).toBeVisible();
  }

  /** Workload tab: switch the kind (the pod is kept). */
  async setKind(kind: string): Promise<void> {
    await this.pod.openTab('Workload');
    await this.pod.control('Kind').selectOption(kind);
    await expect(this.pod.control('Kind')).toHaveValue(kind);
  }

  /** Workload tab: a text field of the workload form, by its label ("Name", "Replicas", …). */
  async setWorkloadField(label: string, value: string): Promise<void> {
    await this.pod.openTab('Workload');
    await this.pod.enter(label, value);
    await expect(this.pod.control(label)).toHaveValue(value);
  }

  /** Workload tab: change the value of a pod label (the selector follows it). */
  async setPodLabelValue(key: string, value: string): Promise<void> {
    await this.pod.openTab('Workload');
    const row = this.pod.kvRow(`Pod label ${key}`);
    await this.pod.enter('Value', value, row);
    await expect(this.pod.control('Value', row)).toHaveValue(value);
  }

  /**
   * Select a container on the canvas; its form opens in the inspector. A container just added is
   * selected already, and a second click on the card would deselect it: click only when needed.
   */
  async selectContainer(name: string, role: RoleWords): Promise<Locator> {
    const form = this.inspector.containerForm(name);
    if (await form.isVisible()) return form;
    return this.inspector.selectContainer(name, role);
  }

  /** Basics of the selected container: rename it; the card follows. */
  async renameContainer(from: string, role: RoleWords, to: string): Promise<void> {
    await this.selectContainer(from, role);
    await this.inspector.enter(this.inspector.section('Basics'), 'Name', to);
    await expect(this.app.card(to, role)).toBeVisible();
    await expect(this.inspector.containerForm(to)).toBeVisible();
  }

  /** Basics of the selected container: a one-line field ("Image", "Working directory"). */
  async setBasic(label: string, value: string): Promise<void> {
    const basics = this.inspector.section('Basics');
    await this.inspector.enter(basics, label, value);
    await expect(this.inspector.field(basics, label)).toHaveValue(value);
  }

  /**
   * Basics of the selected container: a list field ("Command", "Arguments"), one item per line.
   * It commits when it loses the focus, as a person tabs on to the next field.
   */
  async setList(label: string, items: string[]): Promise<void> {
    const field = this.inspector.field(this.inspector.section('Basics'), label);
    await field.fill(items.join('\n'));
    await field.press('Tab');
    await expect(field).toHaveValue(items.join('\n'));
  }

  /** Resources of the selected container. */
  async setResources(resources: Resources): Promise<void> {
    for (const [key, [amount, unit]] of Object.entries(resources) as [
      keyof Resources,
      [string, string],
    ][]) {
      await this.inspector.quantity(RESOURCE_LABELS[key], amount, unit);
      await expect(
        this.inspector.field(this.inspector.section('Resources'), RESOURCE_LABELS[key]),
      ).toHaveValue(amount);
    }
  }

  /** Ports of the selected container: add a named port. */
  async addPort(name: string, containerPort: number): Promise<void> {
    const ports = this.inspector.section('Ports');
    const count = await ports.getByRole('group', { name: /^Port \d+$/ }).count();
    await ports.getByRole('button', { name: 'Add port' }).click();
    const row = this.inspector.row(`Port ${count + 1}`);
    await this.inspector.enter(row, 'Name', name);
    await this.inspector.enter(row, 'Container port', String(containerPort));
    await expect(this.inspector.field(row, 'Container port')).toHaveValue(String(containerPort));
  }

  /** Click a palette item: the container joins the pod under a suggested name. */
  async addFromPalette(item: PaletteItem): Promise<void> {
    await this.app.paletteItem(item).click();
  }

  /** Drag a palette item onto the canvas with the mouse. */
  async dragFromPalette(item: PaletteItem): Promise<void> {
    await this.app.dragFromPalette(item);
  }

  /**
   * Add a sidecar preset through its dialog: the container's name, native or classic, and
   * whether to accept the offers (shared emptyDir, process namespace) it makes.
   */
  async addPreset(
    preset: PresetName,
    options: {
      name?: string;
      role?: 'Native sidecar' | 'Classic sidecar';
      shareVolume?: boolean;
      shareProcesses?: boolean;
    } = {},
  ): Promise<void> {
    const presets = this.presets;
    await presets.item(preset).click();
    await expect(presets.dialog(preset)).toBeVisible();
    if (options.name !== undefined) await presets.nameField(preset).fill(options.name);
    if (options.role) await presets.role(preset, options.role).check();
    if (options.shareVolume !== undefined)
      await presets.volumeOffer(preset).setChecked(options.shareVolume);
    if (options.shareProcesses !== undefined)
      await presets.processOffer(preset).setChecked(options.shareProcesses);
    await presets.addButton(preset).click();
    await expect(presets.dialog(preset)).toHaveCount(0);
  }

  /** Add a volume from the tray on the canvas. */
  async addVolume(name: string, source: string): Promise<void> {
    await this.volumes.add(name, source);
  }

  /** Drag a volume onto a card and confirm the mount path in the dialog that asks for it. */
  async dragMount(volume: string, card: Locator, mountPath: string): Promise<void> {
    await this.volumes.drag(volume, card);
    // The dialog names the container the volume landed on: a drop on a neighbour fails here.
    const container = (await card.getAttribute('aria-label'))?.split(', ')[0] ?? '';
    await expect(this.volumes.mountDialog).toBeVisible();
    await expect(this.volumes.mountDialog).toHaveAccessibleName(
      `Mount ${volume} into ${container}`,
    );
    const path = this.volumes.mountDialog.getByRole('textbox', { name: 'Mount path' });
    await path.fill(mountPath);
    await path.press('Enter');
    await expect(this.volumes.mountDialog).toBeHidden();
  }

  /** The keyboard way: select the volume, pick the container in "Mount into", give the path. */
  async mountInto(volume: string, container: string, mountPath: string): Promise<void> {
    const form = await this.volumes.select(volume);
    const group = this.volumes.mountInto(form);
    const target = group.getByRole('combobox', { name: 'Mount into' });
    const option = target.getByRole('option', { name: new RegExp(`^${container} \\(`) });
    await target.selectOption({ label: (await option.textContent()) ?? container });
    await group.getByRole('textbox', { name: 'Mount path' }).fill(mountPath);
    await group.getByRole('button', { name: `Mount ${volume}` }).click();
    // The mount is an edge of the diagram, named in words (read-only or read-write).
    const words = `${volume} mounted by ${container} at ${mountPath}, `.replace(
      /[.*+?^${}()|[\]\\]/g,
      '\\$&',
    );
    await expect(this.app.edge(new RegExp(`^${words}`))).toHaveCount(1);
  }

  /** Volume form of a claim template: the storage request. */
  async setClaimStorage(volume: string, size: string): Promise<void> {
    const form = await this.volumes.select(volume);
    const storage = form.getByRole('textbox', { name: 'Storage request' });
    await storage.fill(size);
    await storage.press('Enter');
    await expect(storage).toHaveValue(size);
  }

  /** Pod tab: tick or untick a checkbox ("Share the process namespace"). */
  async setPodCheckbox(label: string, checked: boolean): Promise<void> {
    await this.pod.openTab('Pod');
    await this.pod.control(label).setChecked(checked);
  }

  /** Pod tab: a text or number field ("Termination grace period (seconds)", "Run as user"). */
  async setPodField(label: string, value: string): Promise<void> {
    await this.pod.openTab('Pod');
    await this.pod.enter(label, value);
    await expect(this.pod.control(label)).toHaveValue(value);
  }

  /** Service tab: add a Service of a type; it is named after the workload. */
  async addService(type: 'ClusterIP' | 'NodePort' | 'Headless', name: string): Promise<Locator> {
    await this.pod.openTab('Service');
    await this.pod.addService(type);
    const service = this.pod.service(name);
    await expect(service).toBeVisible();
    return service;
  }

  /**
   * The design, every document parsed as data, equals the manifest in `e2e/expected/<file>`
   * parsed the same way: what the user built is the pattern, whatever the layout of the text.
   */
  async expectManifest(file: string): Promise<void> {
    const expected = docs(readFileSync(new URL(`../expected/${file}`, import.meta.url), 'utf8'));
    await expect(async () => expect(docs(await this.app.getYaml())).toEqual(expected)).toPass({
      timeout: 5_000,
    });
  }

  /** Workload tab: add a pod label (what Services and the controller select the pods by). */
  async addPodLabel(key: string, value: string): Promise<void> {
    await this.pod.openTab('Workload');
    const row = this.pod.kvRow('New pod label');
    await this.pod.control('Key', row).fill(key);
    await this.pod.control('Value', row).fill(value);
    await row.getByRole('button', { name: 'Add pod label' }).click();
    await expect(this.pod.control('Value', this.pod.kvRow(`Pod label ${key}`))).toHaveValue(value);
  }

  /** Pod tab: pick an option of a select ("Restart policy") by its visible label. */
  async choosePodOption(label: string, option: string): Promise<void> {
    await this.pod.openTab('Pod');
    await this.pod.control(label).selectOption({ label: option });
    await expect(this.pod.control(label).locator('option:checked')).toHaveText(option);
  }

  /** Basics of the selected container: pick an option of a select ("Image pull policy"). */
  async chooseBasic(label: string, option: string): Promise<void> {
    const basics = this.inspector.section('Basics');
    await this.inspector.choose(basics, label, option);
    const select = basics.getByRole('combobox', { name: label, exact: true });
    await expect(select.locator('option:checked')).toHaveText(option);
  }

  /** Rename a container on the canvas: the card's Rename button opens a field; Enter saves. */
  async renameOnCanvas(from: string, role: RoleWords, to: string): Promise<void> {
    const card = this.app.card(from, role);
    await card.getByRole('button', { name: `Rename ${from}`, exact: true }).click();
    const input = card.getByRole('textbox', { name: 'Container name' });
    await input.fill(to);
    await input.press('Enter');
    await expect(this.app.card(to, role)).toBeVisible();
  }

  /** Volume mounts of the selected container: "Add a mount" with a volume and a path. */
  async addMount(volume: string, mountPath: string): Promise<void> {
    const add = this.inspector.section('Volume mounts').getByRole('group', { name: 'Add a mount' });
    const choice = add.getByRole('combobox', { name: 'Volume to mount', exact: true });
    const option = choice.getByRole('option', { name: new RegExp(`^${volume} \\(`) });
    await choice.selectOption({ label: (await option.textContent()) ?? volume });
    await add.getByRole('textbox', { name: 'Mount path', exact: true }).fill(mountPath);
    await add.getByRole('button', { name: 'Add mount', exact: true }).click();
    const added = this.inspector
      .section('Volume mounts')
      .getByRole('group', { name: /^Mount \d+$/ });
    await expect(added.last().getByRole('textbox', { name: 'Mount path' })).toHaveValue(mountPath);
  }

  /** Service tab: one port of a Service (1-based): its protocol and node port. */
  async setServicePort(
    service: Locator,
    n: number,
    { protocol, nodePort }: { protocol?: 'TCP' | 'UDP' | 'SCTP'; nodePort?: number },
  ): Promise<void> {
    const port = this.pod.servicePort(service, n);
    if (protocol) {
      await this.pod.control('Protocol', port).selectOption(protocol);
      await expect(this.pod.control('Protocol', port)).toHaveValue(protocol);
    }
    if (nodePort !== undefined) {
      await this.pod.enter('Node port', String(nodePort), port);
      await expect(this.pod.control('Node port', port)).toHaveValue(String(nodePort));
    }
  }
}
