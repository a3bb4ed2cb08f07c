import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROPERTY_TIMEOUT, runs } from '../edit/testing/fixtures.ts';
import { anyDesign } from '../fuzz/manifests.ts';
import { mutated } from '../fuzz/mutate.ts';
import { PLAIN_STYLE, render, rendered } from '../fuzz/render.ts';
import { TEMPLATES } from '../templates/gallery.ts';
import { K8S_VERSIONS } from '../validate/versions.ts';
import {
  decodeShareFragment,
  encodeShareFragment,
  fragmentOf,
  MAX_SHARED_TEXT_BYTES,
  SHARE_PREFIX,
  ShareLinkError,
  type SharedDesign,
} from './link.ts';

const version = fc.constantFrom(...K8S_VERSIONS);

const manifest = rendered(anyDesign).map((r) => r.text);

/**
 * Text shaped like a design someone edited anywhere: any code points, any line ends, a BOM, and
 * generated manifests in every YAML style, whole or damaged (which may leave a lone surrogate).
 */
const designText = fc.oneof(
  manifest,
  mutated(manifest).map((m) => m.text),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc
    .record({
      bom: fc.boolean(),
      eol: fc.constantFrom('\n', '\r\n', '\r'),
      lines: fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom(...yamlLines())), {
        maxLength: 40,
      }),
      end: fc.boolean(),
    })
    .map(({ bom, eol, lines, end }) => (bom ? '\uFEFF' : '') + lines.join(eol) + (end ? eol : '')),
  fc
    .constantFrom(...TEMPLATES.map((t) => t.yaml))
    .chain((yaml) =>
      fc
        .tuple(fc.nat(yaml.length), fc.string({ unit: 'binary', maxLength: 20 }))
        .map(([at, insert]) => yaml.slice(0, at) + insert + yaml.slice(at)),
    ),
);

function yamlLines(): string[] {
  return [
    'apiVersion: v1',
    'kind: Pod',
    '---',
    '# ünïcödé ☸ 🚀 comment',
    '  - name: app  ',
    '\t',
    '',
  ];
}

async function roundTrip(design: SharedDesign): Promise<SharedDesign> {
  return decodeShareFragment(await encodeShareFragment(design));
}

describe('share links', () => {
  it(
    'round-trip any design text byte for byte, with its Kubernetes version',
    async () => {
      await fc.assert(
        fc.asyncProperty(designText, version, async (text, k8s) => {
          // A lone surrogate has no UTF-8: the link is refused rather than opening as other text.
          if (/[\uD800-\uDFFF]/u.test(text)) {
            await expect(encodeShareFragment({ text, k8s })).rejects.toMatchObject({
              problem: 'unshareable',
            });
            return;
          }
          const fragment = await encodeShareFragment({ text, k8s });
          expect(fragment.startsWith(SHARE_PREFIX)).toBe(true);
          expect(fragment).toMatch(/^[A-Za-z0-9._-]+$/);
          const back = await decodeShareFragment(fragment);
          expect(back.k8s).toBe(k8s);
          // A lost BOM or \r is invisible in a failure message; a length that differs is not.
          expect(back.text.length).toBe(text.length);
          expect(back.text).toBe(text);
        }),
        { numRuns: runs(300) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('round-trip a huge generated design byte for byte, CRLF, BOM and unicode included', async () => {
    const designs = fc.sample(anyDesign, { seed: 7, numRuns: 400 }).flat();
    const style = { ...PLAIN_STYLE, crlf: true, bom: true, comments: 0.3, seed: 3 };
    let text = render(designs, style);
    while (new TextEncoder().encode(text).length < 2 * 1024 * 1024) text += text.slice(1);
    const back = await decodeShareFragment(await encodeShareFragment({ text, k8s: '1.36' }));
    expect(back.text.length).toBe(text.length);
    expect(back.text === text).toBe(true);
  }, 60_000);

  it('keep the empty text, a lone BOM, CRLF and every version exactly', async () => {
    for (const k8s of K8S_VERSIONS) {
      for (const text of ['', '\uFEFF', '\uFEFFa: 1\r\n', 'a: 1\r\nb: 2\r\n', '\n\n', '\r']) {
        expect(await roundTrip({ text, k8s })).toEqual({ text, k8s });
      }
    }
  });

  it('open from a full link, a #fragment or the bare fragment', async () => {
    const fragment = await encodeShareFragment({ text: 'kind: Pod\n', k8s: '1.30' });
    for (const link of [`https://example.org/app/?x=1#${fragment}`, `#${fragment}`, fragment]) {
      expect(fragmentOf(link)).toBe(fragment);
      expect(await decodeShareFragment(link)).toEqual({ text: 'kind: Pod\n', k8s: '1.30' });
    }
  });

  it('stay under 2,000 characters for every gallery template, on a realistic address', async () => {
    const base = 'https://podsmith.example.org/tools/podsmith/#';
    for (const template of TEMPLATES) {
      for (const k8s of K8S_VERSIONS) {
        const link = base + (await encodeShareFragment({ text: template.yaml, k8s }));
        expect(link.length, `${template.id} on ${k8s}`).toBeLessThan(2000);
      }
    }
  });

  it('refuse to make a link that could not open as the same text', async () => {
    await expect(encodeShareFragment({ text: 'a: \uD800', k8s: '1.34' })).rejects.toMatchObject({
      name: 'ShareLinkError',
      problem: 'unshareable',
    });
    const huge = 'x'.repeat(MAX_SHARED_TEXT_BYTES + 1);
    await expect(encodeShareFragment({ text: huge, k8s: '1.34' })).rejects.toMatchObject({
      problem: 'too-large',
    });
    await expect(
      encodeShareFragment({ text: '', k8s: '2.0' as SharedDesign['k8s'] }),
    ).rejects.toBeInstanceOf(ShareLinkError);
  });

  it('say why a link is refused, in words', async () => {
    const problem = (link: string) =>
      decodeShareFragment(link).then(
        () => 'opened',
        (e: unknown) => (e instanceof ShareLinkError ? e.problem : 'other error'),
      );
    const good = await encodeShareFragment({ text: 'kind: Pod\n', k8s: '1.34' });
    expect(await problem('')).toBe('empty');
    expect(await problem('https://example.org/#')).toBe('empty');
    expect(await problem('#section-2')).toBe('foreign');
    expect(await problem(good.replace('podsmith-v1.', 'podsmith-v2.'))).toBe('too-new');
    expect(await problem(good.replace('podsmith-v1.', 'podsmith-v0.'))).toBe('damaged');
    expect(await problem(good.slice(0, -6))).toBe('damaged');
    expect(await problem(good + 'AAAA')).toBe('damaged');
    await expect(decodeShareFragment('#nope')).rejects.toThrow(/does not hold a Podsmith design/);
    await expect(decodeShareFragment(good.slice(0, -3))).rejects.toThrow(/cut off or changed/);
  });
});
