import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROPERTY_TIMEOUT, runs } from '../edit/testing/fixtures.ts';
import { anyDesign } from '../fuzz/manifests.ts';
import { mutated } from '../fuzz/mutate.ts';
import { rendered } from '../fuzz/render.ts';
import { TEMPLATES } from '../templates/gallery.ts';
import { K8S_VERSIONS } from '../validate/versions.ts';
import { fromBase64Url, toBase64Url } from './base64url.ts';
import { crc32 } from './crc32.ts';
import { deflateRaw } from './deflate.ts';
import {
  decodeShareFragment,
  encodeShareFragment,
  MAX_SHARED_TEXT_BYTES,
  SHARE_PREFIX,
  ShareLinkError,
} from './link.ts';

/** A link's data as the codec writes it: deflate-raw of the body, then its CRC-32. */
async function pack(body: Uint8Array<ArrayBuffer>, checksum = crc32(body)): Promise<string> {
  const packed = await deflateRaw(body);
  const out = new Uint8Array(packed.length + 4);
  out.set(packed);
  new DataView(out.buffer).setUint32(packed.length, checksum);
  return SHARE_PREFIX + toBase64Url(out);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

let links: string[] = [];

/** Generated manifests in every style, some damaged: what people really share. */
const SHARED = fc
  .sample(mutated(rendered(anyDesign).map((r) => r.text)), { seed: 5, numRuns: 12 })
  .flatMap((m, i) => [m.original, m.text].slice(0, 1 + (i % 2)))
  .filter((text) => !/[\uD800-\uDFFF]/u.test(text));

const RUNS = runs(1000);
let bombs: string[] = [];

beforeAll(async () => {
  links = await Promise.all([
    ...TEMPLATES.map((t, i) =>
      encodeShareFragment({ text: t.yaml, k8s: K8S_VERSIONS[i % K8S_VERSIONS.length]! }),
    ),
    encodeShareFragment({ text: '', k8s: '1.27' }),
    encodeShareFragment({ text: '\uFEFFa: 1\r\nb: ☸ 🚀\r\n', k8s: '1.36' }),
    ...SHARED.map((text, i) =>
      encodeShareFragment({ text, k8s: K8S_VERSIONS[i % K8S_VERSIONS.length]! }),
    ),
  ]);
  // Zeros deflate about 1000:1, so each bomb is a few kilobytes that inflates past the limit.
  // One carries a correct checksum, so only the size limit can stop it.
  const zeros = new Uint8Array(MAX_SHARED_TEXT_BYTES + 64 * 1024);
  zeros.set(utf8('1.34\n'));
  bombs = await Promise.all([pack(zeros), pack(zeros, 0), pack(new Uint8Array(64 * 1024 * 1024))]);
});

/** A damaged link, and the link it was made from when it is an altered copy of one. */
type Corruption = { kind: string; make: () => Promise<string> | string; from?: string };

const link = fc.nat().map((i) => links[i % links.length]!);

/** Cuts a link anywhere, from nothing left to one character short. */
const truncation = fc
  .tuple(link, fc.double({ min: 0, max: 1, maxExcluded: true }))
  .map(([l, at]): Corruption => ({
    kind: 'truncation',
    make: () => l.slice(0, Math.floor(at * l.length)),
  }));

/** Flips 1 to 4 bits of characters of the link (prefix included), as a bad copy would. */
const textFlips = fc
  .tuple(link, fc.array(fc.tuple(fc.nat(), fc.nat(6)), { minLength: 1, maxLength: 4 }))
  .map(([l, flips]): Corruption => ({
    kind: 'character bit flip',
    from: l,
    make: () => {
      const codes = [...l].map((c) => c.charCodeAt(0));
      for (const [at, bit] of flips) codes[at % codes.length]! ^= 1 << bit;
      const out = String.fromCharCode(...codes);
      return out === l ? l.slice(1) : out;
    },
  }));

/** Flips bits of the decoded bytes and writes valid base64url again: only the checksum or inflate can tell. */
const byteFlips = fc
  .tuple(link, fc.array(fc.tuple(fc.nat(), fc.nat(7)), { minLength: 1, maxLength: 8 }))
  .map(([l, flips]): Corruption => ({
    kind: 'byte bit flip',
    from: l,
    make: () => {
      const bytes = fromBase64Url(l.slice(SHARE_PREFIX.length))!;
      const seen = new Set<string>();
      for (const [at, bit] of flips) {
        const key = `${at % bytes.length}:${bit}`;
        if (seen.has(key)) continue; // flipping the same bit twice would undo the change
        seen.add(key);
        bytes[at % bytes.length]! ^= 1 << bit;
      }
      return SHARE_PREFIX + toBase64Url(bytes);
    },
  }));

/** Another prefix in front of good data: another app, another format, a typo. */
const wrongPrefix = fc
  .tuple(
    link,
    fc.oneof(
      fc.constantFrom(
        '',
        'v1.',
        'podsmith-v2.',
        'podsmith-v0.',
        'podsmith-v10.',
        'Podsmith-v1.',
        'podsmith-v1',
        'pako:',
        'code/',
      ),
      fc.string({ unit: 'binary', maxLength: 14 }),
    ),
  )
  .filter(([, prefix]) => prefix !== SHARE_PREFIX)
  .map(([l, prefix]): Corruption => ({
    kind: 'wrong prefix',
    make: () => prefix + l.slice(SHARE_PREFIX.length),
  }));

/** Our prefix, then base64 that is not ours: random bytes, or plain base64 with + / and padding. */
const foreignBase64 = fc
  .tuple(fc.uint8Array({ maxLength: 600 }), fc.boolean())
  .map(([bytes, plain]): Corruption => ({
    kind: 'foreign base64',
    make: () => SHARE_PREFIX + Buffer.from(bytes).toString(plain ? 'base64' : 'base64url'),
  }));

/**
 * Valid deflate of something that is not a design body, often with a correct checksum, so the
 * checks after it (UTF-8, the version line) must refuse it.
 */
const deflatedGarbage = fc
  .tuple(
    fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      fc.string({ unit: 'binary' }).map(utf8),
      fc
        .constantFrom(
          '1.99\nkind: Pod\n',
          '2.0\n',
          'kind: Pod\n',
          '1.34',
          ' 1.34\nx',
          '1.34 \nx',
          'v1.34\nx',
        )
        .map(utf8),
    ),
    fc.boolean(),
  )
  .map(([body, goodChecksum]): Corruption => ({
    kind: 'deflate of garbage',
    make: () => pack(body, goodChecksum ? crc32(body) : crc32(body) ^ 1),
  }));

const bomb = fc
  .nat()
  .map((i): Corruption => ({ kind: 'huge payload', make: () => bombs[i % bombs.length]! }));

describe('share links, corrupted', () => {
  it(
    'refuse 1,000 random corruptions with a ShareLinkError and nothing else',
    async () => {
      expect(SHARED.length).toBeGreaterThan(10);
      const seen = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            truncation,
            textFlips,
            byteFlips,
            wrongPrefix,
            foreignBase64,
            deflatedGarbage,
            bomb,
          ),
          async (corruption) => {
            const input = await corruption.make();
            seen.set(corruption.kind, (seen.get(corruption.kind) ?? 0) + 1);
            const outcome = await decodeShareFragment(input).then(
              (design) => ({ opened: design }),
              (error: unknown) => ({ error }),
            );
            // Flipping the padding bits after deflate's last block changes nothing it holds (found
            // by fuzzing): such a link may open, as exactly the design of the link it came from.
            if (!('error' in outcome)) {
              const original = corruption.from && (await decodeShareFragment(corruption.from));
              if (original && JSON.stringify(outcome.opened) === JSON.stringify(original)) return;
              throw new Error(`${corruption.kind} opened: ${input.slice(0, 80)}…`);
            }
            expect(outcome.error, corruption.kind).toBeInstanceOf(ShareLinkError);
            expect((outcome.error as ShareLinkError).message.length).toBeGreaterThan(20);
          },
        ),
        { numRuns: RUNS },
      );
      expect([...seen.values()].reduce((a, b) => a + b)).toBe(RUNS);
      expect([...seen.keys()].sort()).toEqual([
        'byte bit flip',
        'character bit flip',
        'deflate of garbage',
        'foreign base64',
        'huge payload',
        'truncation',
        'wrong prefix',
      ]);
    },
    PROPERTY_TIMEOUT,
  );

  it('refuses a decompression bomb by its size, before reading it all', async () => {
    for (const b of bombs) {
      await expect(decodeShareFragment(b)).rejects.toMatchObject({ problem: 'too-large' });
    }
  });

  it('still opens the links it corrupts, so each refusal above is down to the corruption', async () => {
    for (const l of links) await expect(decodeShareFragment(l)).resolves.toHaveProperty('k8s');
  });
});
