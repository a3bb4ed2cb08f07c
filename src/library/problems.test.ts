import { describe, expect, it } from 'vitest';
import { saveFailedMessage, storageProblem } from './problems.ts';
import { newDesignId } from './ids.ts';
import { isDesignId } from './record.ts';

describe('storage problems', () => {
  it('tells a full storage from a disabled one', () => {
    expect(storageProblem(new DOMException('x', 'QuotaExceededError'))).toBe('full');
    expect(storageProblem({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe('full');
    expect(storageProblem({ code: 22 })).toBe('full');
    expect(storageProblem(new DOMException('x', 'SecurityError'))).toBe('off');
    expect(storageProblem(new Error('x'))).toBe('other');
    expect(storageProblem('a string')).toBe('other');
    expect(storageProblem(null)).toBe('other');
  });

  it('says the design is still open in every message', () => {
    for (const p of ['full', 'off', 'other'] as const) {
      expect(saveFailedMessage(p)).toMatch(/still open/);
    }
    expect(saveFailedMessage('full')).toMatch(/full/);
  });
});

describe('design ids', () => {
  it('are valid ids, start with the time, and differ with the random part', () => {
    let seed = 0.1;
    const random = () => (seed = (seed * 9301 + 0.49297) % 1);
    const a = newDesignId(1_700_000_000_000, random);
    const b = newDesignId(1_700_000_000_000, random);
    expect(isDesignId(a)).toBe(true);
    expect(a).not.toBe(b);
    expect(a.startsWith((1_700_000_000_000).toString(36) + '-')).toBe(true);
    expect(newDesignId(5, () => 0.999999)).toBe('5-zzzzzzzzzz');
  });
});
