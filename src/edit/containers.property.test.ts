import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Role } from '../pod/types.ts';
import { designView } from '../pod/view.ts';
import { STARTER_YAML } from '../templates/starter.ts';
import { parseDesign } from '../yaml/parse.ts';
import { addContainer, removeContainer, renameContainer } from './containers.ts';
import { EditError } from './errors.ts';
import { fixture, otherDocuments, PROPERTY_TIMEOUT, runs } from './testing/fixtures.ts';

const role = fc.constantFrom<Role>('main', 'sidecar', 'native-sidecar', 'init');
const name = fc.constantFrom('app', 'log', 'proxy', 'web', 'shipper', 'fetch', 'x-1');
const op = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    role,
    index: fc.option(fc.nat(4), { nil: undefined }),
    name,
  }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat(9) }),
  fc.record({ kind: fc.constant('rename' as const), pick: fc.nat(9), name }),
);

const inputs = [
  { text: STARTER_YAML, document: 0 },
  { text: fixture('commented-anchored.yaml'), document: 1 },
  { text: fixture('four-space.yaml'), document: 0 },
];

function containers(text: string, document: number) {
  const pod = designView(parseDesign(text)).workloads.find((w) => w.document === document);
  if (!pod) throw new Error('workload disappeared');
  return pod.containers;
}

describe('container edits, random sequences', () => {
  it(
    'always give YAML that parses, keep other documents byte for byte, and undo exactly',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...inputs),
          fc.array(op, { maxLength: 12 }),
          ({ text, document }, ops) => {
            const others = otherDocuments(text, document);
            let current = text;
            for (const o of ops) {
              const before = containers(current, document);
              const target = before[o.kind === 'add' ? 0 : o.pick % Math.max(before.length, 1)];
              let next: string;
              try {
                if (o.kind === 'add')
                  next = addContainer(current, {
                    document,
                    role: o.role,
                    index: o.index,
                    container: { name: o.name },
                  });
                else if (!target) continue;
                else if (o.kind === 'remove')
                  next = removeContainer(current, { document, ...target });
                else next = renameContainer(current, { document, ...target, name: o.name });
              } catch (err) {
                // Refusals (a taken name) are fine; anything else is a bug.
                expect(err).toBeInstanceOf(EditError);
                continue;
              }
              const parsed = parseDesign(next);
              expect(parsed.problems).toEqual([]);
              expect(otherDocuments(next, document)).toEqual(others);
              const after = containers(next, document);
              if (o.kind === 'add') {
                expect(after.length).toBe(before.length + 1);
                const added = after.find((c) => !before.some((b) => b.name === c.name))!;
                expect(added.name.startsWith(o.name)).toBe(true);
                // Removing what was just added gives back the text byte for byte (unless a new main
                // took over the default-container annotation: removal cannot know the old value).
                if (o.role !== 'main' || !current.includes('default-container'))
                  expect(
                    removeContainer(next, { document, list: added.list, index: added.index }),
                  ).toBe(current);
              } else if (o.kind === 'remove') {
                expect(after.map((c) => c.name)).toEqual(
                  before.filter((c) => c !== target).map((c) => c.name),
                );
              } else {
                expect(after.map((c) => c.name)).toEqual(
                  before.map((c) => (c === target ? o.name : c.name)),
                );
              }
              current = next;
            }
            // Comments and unknown fields outside the containers survive every sequence.
            for (const line of text
              .split('\n')
              .filter((l) => /^\s*# |x-unknown-field|^metadata:|^kind:/.test(l))) {
              if (!/^\s+#/.test(line) || !/main container/.test(line))
                expect(current).toContain(line);
            }
          },
        ),
        { numRuns: runs(150) },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
