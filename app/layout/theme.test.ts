import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The themes are variables in app/styles/base.css: a light block, and one dark block written
// twice (chosen with data-theme, followed from the system). These tests keep the blocks in step,
// every colour of the app's CSS on a variable, and text readable in both themes.

const APP = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const BASE = readFileSync(path.join(APP, 'styles/base.css'), 'utf8');

/** The custom properties declared in the first block after `selector`. */
function block(selector: string): Map<string, string> {
  const start = BASE.indexOf(`${selector} {`);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  const body = BASE.slice(start, BASE.indexOf('}', start));
  return new Map([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const LIGHT = block(':root');
const DARK = block(":root[data-theme='dark']");
const SYSTEM_DARK = block(":root:not([data-theme='light'])");

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const lin = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Text colour on background colour, by variable, as the app's CSS puts them together. */
const TEXT_ON: [string, string][] = [
  ...['--pane', '--bg', '--subtle', '--subtle-2', '--chip', '--input-bg', '--accent-bg'].flatMap(
    (bg): [string, string][] => [
      ['--ink', bg],
      ['--muted', bg],
    ],
  ),
  ['--ink', '--warn-surface'],
  ['--ink', '--volume-surface'],
  ['--ink-2', '--subtle-2'],
  ['--ink-2', '--volume-fact'],
  ['--focus', '--pane'],
  ['--focus', '--accent-bg'],
  ['--danger', '--pane'],
  ['--danger', '--input-bg'],
  ['--danger', '--error-bg'],
  ['--ok', '--pane'],
  ['--ok', '--ok-bg'],
  ['--error-ink', '--error-surface'],
  ['--warn-ink', '--warn-bg'],
  ['--warn-ink', '--pane'],
  ['--info-ink', '--info-bg'],
  ['--volume-ink', '--volume-bg'],
  ['--pid-ink', '--pid-a'],
  ['--pid-ink', '--pid-b'],
  ['--on-primary', '--primary'],
  ['--on-primary', '--primary-hover'],
  ['--toolbar-ink', '--toolbar-bg'],
  ['--toolbar-muted', '--toolbar-bg'],
  ['--toolbar-label', '--toolbar-bg'],
  ['--toolbar-ink', '--toolbar-control'],
  ['--toolbar-ink', '--toolbar-control-hover'],
  ...['main', 'sidecar', 'native', 'init'].flatMap((role): [string, string][] => [
    [`--${role}-ink`, `--${role}-bg`],
    [`--${role}-ink`, '--pane'],
    ['--on-role', `--${role}`],
  ]),
];

describe('the themes', () => {
  it('write the dark block the same twice: chosen, and followed from the system', () => {
    expect([...SYSTEM_DARK]).toEqual([...DARK]);
  });

  it('give every colour a dark value', () => {
    const colours = [...LIGHT.keys()].filter((name) => name !== '--radius');
    expect(colours.filter((name) => !DARK.has(name))).toEqual([]);
    expect([...DARK.keys()].filter((name) => !LIGHT.has(name))).toEqual([]);
  });

  it.each([
    ['light', LIGHT],
    ['dark', DARK],
  ])('keep text at 4.5:1 or more in the %s theme', (_, vars) => {
    const low = TEXT_ON.map(([text, bg]) => {
      const ratio = contrast(vars.get(text)!, vars.get(bg)!);
      return `${text} on ${bg}: ${ratio.toFixed(2)}`;
    }).filter((line) => parseFloat(line.split(': ')[1]!) < 4.5);
    expect(low).toEqual([]);
  });
});

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? stylesheets(path.join(dir, e.name))
      : e.name.endsWith('.css')
        ? [path.join(dir, e.name)]
        : [],
  );
}

describe("the app's stylesheets", () => {
  it('take every colour from a variable of base.css', () => {
    const literal = /#[0-9a-f]{3,8}\b|\b(?:rgb|hsl)a?\((?!var\()|:\s*(?:white|black)\b/gi;
    const found: string[] = [];
    for (const file of stylesheets(APP)) {
      const name = path.relative(APP, file).split(path.sep).join('/');
      if (name === 'styles/base.css') continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (literal.test(line)) found.push(`${name}:${i + 1}: ${line.trim()}`);
          literal.lastIndex = 0;
        });
    }
    expect(found).toEqual([]);
  });

  it('keep literal colours in base.css to the variables themselves', () => {
    const outside = BASE.split('\n').filter(
      (line) => /#[0-9a-f]{3,8}\b|\brgb\(/i.test(line) && !/^\s*(--[\w-]+:|\/\*)/.test(line),
    );
    expect(outside).toEqual([]);
  });
});
