import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Podsmith says it runs on Node 20.19 or newer (package.json `engines`, the README). Every package
// `npm ci` installs must accept that too, or npm prints EBADENGINE warnings on a supported Node.
// (The schema generator's packages need Node 22: they live in scripts/schema, not in this lockfile.)

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));

type Version = [number, number, number];

const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * Whether `version` satisfies a semver range, for the forms npm packages write in `engines.node`:
 * `||` alternatives of space-separated comparators (`>=`, `>`, `<=`, `<`, `=`, `^`, `~` or none)
 * on full or partial versions (`20`, `20.19`, `20.x`), `*`, and hyphen ranges (`18 - 20`).
 * Anything else (prerelease tags, say) throws, so that a new form is noticed, not misread.
 */
function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  if (v.parts !== 3) throw new Error(`not a full version: ${version}`);
  return range.split('||').some((alternative) => {
    const hyphen = /^\s*(\S+)\s+-\s+(\S+)\s*$/.exec(alternative);
    const comparators = hyphen
      ? [`>=${hyphen[1]}`, `<=${hyphen[2]}`]
      : alternative
          .trim()
          .replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1')
          .split(/\s+/)
          .filter((c) => c !== '');
    return comparators.every((c) => meets(v.version, c));
  });
}

/** A version with its missing or wildcard (`x`, `*`) parts as 0, and how many parts it gives. */
function parse(text: string): { version: Version; parts: number } {
  const m = /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?$/.exec(text);
  if (!m) throw new Error(`cannot read version ${JSON.stringify(text)}`);
  const given = m.slice(1).filter((p) => p !== undefined);
  const parts = given.findIndex((p) => !/^\d+$/.test(p));
  const count = parts === -1 ? given.length : parts;
  const n = given.slice(0, count).map(Number);
  return { version: [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0], parts: count };
}

/** The version after every version that starts with the first `parts` parts of `v`. */
function bump(v: Version, parts: number): Version {
  if (parts === 1) return [v[0] + 1, 0, 0];
  if (parts === 2) return [v[0], v[1] + 1, 0];
  return [v[0], v[1], v[2] + 1];
}

/** Whether `v` meets one comparator (`>=20.19`, `^20.19.0`, `20`). */
function meets(v: Version, comparator: string): boolean {
  const m = /^(>=|<=|>|<|=|\^|~)?(.*)$/.exec(comparator)!;
  const op = m[1] ?? '=';
  const { version: b, parts } = parse(m[2]!);
  if (parts === 0) return op === '=' || op === '>=' || op === '<=' || op === '^' || op === '~';
  const atLeast = compare(v, b) >= 0;
  const below = (upper: Version) => compare(v, upper) < 0;
  switch (op) {
    case '>=':
      return atLeast;
    case '>':
      return compare(v, parts === 3 ? b : bump(b, parts)) >= (parts === 3 ? 1 : 0);
    case '<':
      return below(b);
    case '<=':
      return parts === 3 ? compare(v, b) <= 0 : below(bump(b, parts));
    case '=':
      return atLeast && below(bump(b, parts));
    case '~':
      return atLeast && below(bump(b, Math.min(parts, 2)));
    default: {
      // ^: the first non-zero part may not change (all given parts when they are all zero).
      const first = b.findIndex((n, i) => n !== 0 || i === parts - 1);
      return atLeast && below(bump(b, Math.min(first, parts - 1) + 1));
    }
  }
}

describe('satisfies', () => {
  it.each([
    ['20.19.0', '>=20.19', true],
    ['20.19.0', '>= 4', true],
    ['20.19.0', '*', true],
    ['20.19.0', '>=22', false],
    ['20.19.0', '>=22.0.0', false],
    ['20.19.0', '>=20.20', false],
    ['20.19.0', '>20.18', true],
    ['20.19.0', '>20.19', false],
    ['20.19.0', '>20', false],
    ['20.19.0', '>20.18.9', true],
    ['20.19.0', '<20.19', false],
    ['20.19.0', '<=20', true],
    ['20.19.0', '<=20.18', false],
    ['20.19.0', '^20.19.0 || >=22.12.0', true],
    ['20.18.9', '^20.19.0 || >=22.12.0', false],
    ['22.11.0', '^20.19.0 || >=22.12.0', false],
    ['20.19.0', '^20.19.0 || ^22.13.0 || >=24', true],
    ['21.0.0', '^20.19.0', false],
    ['0.2.5', '^0.2.3', true],
    ['0.3.0', '^0.2.3', false],
    ['20.19.0', '^18.18.0 || ^20.9.0 || >=21.1.0', true],
    ['20.19.0', '20 || >=22', true],
    ['21.0.0', '18 || 20 || >=22', false],
    ['20.19.0', '20.x', true],
    ['20.19.0', '~20.18', false],
    ['20.19.0', '~20.19.0', true],
    ['20.19.0', '>=16 || 14 >=14.17', true],
    ['14.16.0', '>=16 || 14 >=14.17', false],
    ['20.19.0', '18 - 20', true],
    ['21.0.0', '18 - 20', false],
    ['20.19.0', '^6 || ^7 || ^8 || ^9 || ^10 || ^11 || ^12 || >=13.7', true],
  ])('%s in %s: %s', (version, range, expected) => {
    expect(satisfies(version, range)).toBe(expected);
  });

  it('refuses forms it does not know', () => {
    expect(() => satisfies('20.19.0', '>=20.0.0-rc.1')).toThrow();
    expect(() => satisfies('20.19.0', 'lts')).toThrow();
  });
});

describe('supported Node', () => {
  const stated = readJson('package.json').engines.node as string;
  const minimum = /^>=\s*(\d+(?:\.\d+){0,2})$/.exec(stated)?.[1];
  const full = (v: string) => [...v.split('.'), '0', '0'].slice(0, 3).join('.');

  it('is stated as a minimum version', () => {
    expect(minimum, `package.json engines.node: ${stated}`).toBeDefined();
  });

  it('is accepted by every package in package-lock.json', () => {
    const versions = [full(minimum!)];
    // And the Node running this, when it is one Podsmith supports: npm ci checks that one.
    if (satisfies(process.versions.node, stated)) versions.push(process.versions.node);
    const refused: string[] = [];
    const packages = readJson('package-lock.json').packages as Record<
      string,
      { version?: string; engines?: unknown }
    >;
    for (const [where, pkg] of Object.entries(packages)) {
      // Old packages may have an array of strings here, which npm does not check.
      const { engines } = pkg;
      if (!engines || typeof engines !== 'object' || Array.isArray(engines)) continue;
      const { node } = engines as { node?: unknown };
      if (node === undefined) continue;
      expect(typeof node, `${where} engines.node`).toBe('string');
      for (const version of versions)
        if (!satisfies(version, node as string))
          refused.push(`${where || 'podsmith'}@${pkg.version}: node ${node} (not ${version})`);
    }
    expect(refused).toEqual([]);
  });
});
