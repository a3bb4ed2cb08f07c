// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../store/index.ts';
import { copyYaml, downloadJson, downloadYaml } from './exportDesign.ts';

const DESIGN = `\uFEFFapiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: api\r\n---\r\nowner: me\r\n`;

/** Catches the download: the blob handed to the link and the file name it asks for. */
function catchDownloads() {
  const saved: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return saved;
}

afterEach(() => vi.restoreAllMocks());

describe('export', () => {
  it('downloads the YAML byte for byte as <workload>.yaml, editor typing included', async () => {
    const saved = catchDownloads();
    const store = createAppStore({ text: DESIGN });
    const typed = `${DESIGN}# typed\r\n`;
    store.getState().setEditorFlush(() => store.getState().setText(typed, 'typing'));
    downloadYaml(store);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toBe('api.yaml');
    const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(typed);
    expect(store.getState().notice?.message).toBe('Downloaded api.yaml.');
  });

  it('downloads a JSON List of every document, or says why not', async () => {
    const saved = catchDownloads();
    const store = createAppStore({ text: DESIGN });
    downloadJson(store);
    expect(saved[0]!.name).toBe('api.json');
    const list = JSON.parse(await saved[0]!.blob.text());
    expect(list.items).toEqual([
      { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'api' } },
      { owner: 'me' },
    ]);
    expect(store.getState().notice?.message).toBe('Downloaded api.json: a List of 2 items.');

    store.getState().setText('a: [\n', 'api');
    downloadJson(store);
    expect(saved).toHaveLength(1);
    expect(store.getState().notice).toMatchObject({ tone: 'error' });
  });

  it('copies the YAML, or says how to copy it by hand', async () => {
    const store = createAppStore({ text: DESIGN });
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    expect(await copyYaml(store)).toBe(true);
    expect(writeText).toHaveBeenCalledWith(DESIGN);
    expect(store.getState().notice?.message).toBe('Copied the YAML to the clipboard (6 lines).');
    writeText.mockRejectedValueOnce(new Error('denied'));
    expect(await copyYaml(store)).toBe(false);
    expect(store.getState().notice).toMatchObject({ tone: 'error' });
    vi.unstubAllGlobals();
  });
});
