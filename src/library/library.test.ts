import { describe, expect, it } from 'vitest';
import { listDesigns, readDesign, removeDesign, sortDesigns, writeDesign } from './library.ts';
import { MemoryStorage } from './memory.ts';
import type { DesignRecord } from './record.ts';

const record = (id: string, name: string, updatedAt: number): DesignRecord => ({
  id,
  name,
  kind: 'Pod',
  text: `# ${name}\n`,
  k8s: '1.34',
  updatedAt,
  named: false,
});

describe('the library', () => {
  it('lists every design by scanning keys, newest first, skipping what it cannot read', () => {
    const storage = new MemoryStorage();
    writeDesign(storage, record('a', 'old', 1));
    writeDesign(storage, record('b', 'new', 3));
    writeDesign(storage, record('c', 'middle', 2));
    storage.setItem('podsmith:design:broken', '{"name":"no text"}');
    storage.setItem('podsmith:design:bad id', JSON.stringify(record('x', 'x', 9)));
    storage.setItem('podsmith:current', 'a');
    storage.setItem('someone-else', JSON.stringify(record('y', 'y', 9)));
    expect(listDesigns(storage).map((r) => r.name)).toEqual(['new', 'middle', 'old']);
    // Unreadable entries are left alone, not deleted.
    expect(storage.getItem('podsmith:design:broken')).not.toBeNull();
  });

  it('reads, writes and removes one design under its own key', () => {
    const storage = new MemoryStorage();
    writeDesign(storage, record('a', 'web', 5));
    writeDesign(storage, record('b', 'api', 5));
    expect(readDesign(storage, 'a')?.name).toBe('web');
    removeDesign(storage, 'a');
    expect(readDesign(storage, 'a')).toBeNull();
    expect(readDesign(storage, 'b')?.name).toBe('api');
  });

  it('passes on what the storage throws when writing', () => {
    const storage = new MemoryStorage();
    storage.failWith = new DOMException('full', 'QuotaExceededError');
    expect(() => writeDesign(storage, record('a', 'web', 1))).toThrow('full');
  });

  it('sorts equal times by name, then by id, without changing its input', () => {
    const input = [
      record('2', 'b', 5),
      record('9', 'a', 5),
      record('1', 'a', 5),
      record('3', 'z', 7),
    ];
    expect(sortDesigns(input).map((r) => r.id)).toEqual(['3', '1', '9', '2']);
    expect(input.map((r) => r.id)).toEqual(['2', '9', '1', '3']);
  });
});
