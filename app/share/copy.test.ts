// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { copyField } from './copy.ts';

function field() {
  const area = document.createElement('textarea');
  area.value = 'http://127.0.0.1/#podsmith-v1.abc';
  document.body.append(area);
  return area;
}

describe('copying the link', () => {
  it('writes the text through the Clipboard API', async () => {
    const writeText = vi.fn(async () => undefined);
    expect(await copyField(field(), { writeText })).toBe('copied');
    expect(writeText).toHaveBeenCalledWith('http://127.0.0.1/#podsmith-v1.abc');
  });

  it('selects the text when the Clipboard API refuses or is missing', async () => {
    for (const clipboard of [
      { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) },
      null,
    ]) {
      const area = field();
      Object.defineProperty(area.ownerDocument, 'execCommand', {
        value: () => false,
        configurable: true,
      });
      expect(await copyField(area, clipboard)).toBe('selected');
      expect(document.activeElement).toBe(area);
      expect([area.selectionStart, area.selectionEnd]).toEqual([0, area.value.length]);
    }
  });

  it('counts the old copy command when it works', async () => {
    const area = field();
    Object.defineProperty(area.ownerDocument, 'execCommand', {
      value: () => true,
      configurable: true,
    });
    expect(await copyField(area, null)).toBe('copied');
  });
});
