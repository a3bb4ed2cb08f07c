import type { Severity } from '../validate/types.ts';
import type { EdgeKind, RegionKind } from './types.ts';

// The SVG export's colours and text helpers: plain values, no stylesheet, so the file looks the
// same in a browser, an image viewer or a slide.

/** The colours of one theme. */
export interface Theme {
  background: string;
  text: string;
  muted: string;
  node: string;
  nodeStroke: string;
  main: string;
  error: string;
  regions: Record<RegionKind, { fill: string; stroke: string }>;
  edges: Record<EdgeKind, string>;
  severity: Record<Severity, string>;
}

/** Light (the default) and dark, after GitHub's Primer colours. */
export const THEMES: Record<'light' | 'dark', Theme> = {
  light: {
    background: '#ffffff',
    text: '#1f2328',
    muted: '#59636e',
    node: '#ffffff',
    nodeStroke: '#818b98',
    main: '#0969da',
    error: '#cf222e',
    regions: {
      pod: { fill: '#f6f8fa', stroke: '#818b98' },
      processes: { fill: '#fbefff', stroke: '#a475f9' },
      startup: { fill: '#fff8c5', stroke: '#d4a72c' },
      apps: { fill: '#ddf4ff', stroke: '#54aeff' },
      volumes: { fill: '#dafbe1', stroke: '#4ac26b' },
      services: { fill: '#ffffff', stroke: '#d1d9e0' },
      objects: { fill: '#ffffff', stroke: '#d1d9e0' },
    },
    edges: {
      start: '#9a6700',
      runs: '#9a6700',
      mount: '#1a7f37',
      port: '#59636e',
      route: '#0969da',
      ref: '#8250df',
      host: '#bc4c00',
    },
    severity: { error: '#cf222e', warning: '#9a6700', info: '#0969da' },
  },
  dark: {
    background: '#0d1117',
    text: '#f0f6fc',
    muted: '#9198a1',
    node: '#151b23',
    nodeStroke: '#656c76',
    main: '#4493f8',
    error: '#f85149',
    regions: {
      pod: { fill: '#151b23', stroke: '#656c76' },
      processes: { fill: '#271052', stroke: '#8957e5' },
      startup: { fill: '#2e2a0f', stroke: '#9e6a03' },
      apps: { fill: '#0c2d6b', stroke: '#1f6feb' },
      volumes: { fill: '#04260f', stroke: '#238636' },
      services: { fill: '#0d1117', stroke: '#3d444d' },
      objects: { fill: '#0d1117', stroke: '#3d444d' },
    },
    edges: {
      start: '#d29922',
      runs: '#d29922',
      mount: '#3fb950',
      port: '#9198a1',
      route: '#4493f8',
      ref: '#ab7df8',
      host: '#db6d28',
    },
    severity: { error: '#f85149', warning: '#d29922', info: '#4493f8' },
  },
};

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Text made safe for XML content and attribute values. Characters XML 1.0 cannot hold at all
 * (control characters, lone surrogates) become U+FFFD, so any name yields a well-formed file.
 */
export function xml(text: string): string {
  return text
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!)
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      '\ufffd',
    );
}

/** A number as short as it reads: no `-0`, at most one decimal. */
export const num = (n: number): string => String(Math.round(n * 10) / 10 + 0);

/** Roughly how wide a text is: there is no font to measure in Node, so an average glyph. */
const glyph = (size: number) => size * 0.58;

/** `text`, cut with an ellipsis to fit `width` at font size `size`. */
export function fit(text: string, width: number, size: number): string {
  const chars = Math.max(Math.floor(width / glyph(size)), 1);
  const glyphs = [...text];
  return glyphs.length <= chars ? text : `${glyphs.slice(0, Math.max(chars - 1, 0)).join('')}…`;
}

/** `text` in lines that fit `width` at font size `size`, at most `max` lines (the last cut). */
export function wrap(text: string, width: number, size: number, max: number): string[] {
  const chars = Math.max(Math.floor(width / glyph(size)), 1);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if ([...next].length <= chars || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines.map((l) => fit(l, width, size));
  const kept = lines.slice(0, max);
  kept[max - 1] = fit(`${kept[max - 1]} ${lines[max]}…`, width, size);
  return kept;
}
