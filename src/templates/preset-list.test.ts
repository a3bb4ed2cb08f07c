import { describe, expect, it } from 'vitest';
import { PRESET_ENTRIES } from './preset-list.ts';
import { presetById, SIDECAR_PRESETS } from './presets.ts';

describe('the palette list of sidecar presets', () => {
  it('names every preset once, in palette order, with the label and hint the preset carries', () => {
    expect(SIDECAR_PRESETS.map((p) => p.id)).toEqual(PRESET_ENTRIES.map((e) => e.id));
    for (const e of PRESET_ENTRIES) {
      expect(presetById(e.id)).toMatchObject({ id: e.id, label: e.label, hint: e.hint });
    }
    expect(new Set(PRESET_ENTRIES.map((e) => e.id)).size).toBe(PRESET_ENTRIES.length);
  });
});
