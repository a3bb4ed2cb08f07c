import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  VALIDATION_CHANGES,
  validationChanged,
  type ValidationChangeName,
} from './api-validation-changes.ts';
import { K8S_VERSIONS, type K8sVersion } from './versions.ts';

const names = Object.keys(VALIDATION_CHANGES) as ValidationChangeName[];

describe('VALIDATION_CHANGES', () => {
  it.each(names)('%s has a since among K8S_VERSIONS, a what and a source', (name) => {
    const change = VALIDATION_CHANGES[name];
    expect(K8S_VERSIONS).toContain(change.since);
    expect(change.what.trim()).not.toBe('');
    expect(change.source.trim()).not.toBe('');
  });

  it.each(names)('%s: validationChanged is false before since and true from it', (name) => {
    const at = K8S_VERSIONS.indexOf(VALIDATION_CHANGES[name].since);
    // 1.27 is the oldest version: a change there would be no change at all.
    expect(at).toBeGreaterThan(0);
    const before = K8S_VERSIONS[at - 1] as K8sVersion;
    expect(validationChanged(name, before)).toBe(false);
    expect(validationChanged(name, VALIDATION_CHANGES[name].since)).toBe(true);
    for (const v of K8S_VERSIONS)
      expect(validationChanged(name, v)).toBe(K8S_VERSIONS.indexOf(v) >= at);
  });
});

describe('rules ask the tables, not the version', () => {
  const dir = join(import.meta.dirname, 'rules');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  // gateKeeps (lifecycle.ts) compares its caller's `since`, a field's arrival, as a gate helper.
  const allowed = new Set([
    'lifecycle.ts:  if (since && minor(version) < minor(since)) return false;',
  ]);

  it('reads the rule files', () => expect(files.length).toBeGreaterThan(10));

  it.each(files)('%s neither calls atLeast( nor compares minor( directly', (file) => {
    const offending = readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter(
        (line) =>
          /\batLeast\(/.test(line) ||
          /\bminor\([^)]*\)\s*[<>=!]/.test(line) ||
          /[<>=!]=?\s*minor\(/.test(line),
      )
      .map((line) => `${file}:${line}`)
      .filter((line) => !allowed.has(line));
    expect(offending).toEqual([]);
  });
});
