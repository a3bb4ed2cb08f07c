import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EditError } from '../../src/edit/errors.ts';
import { opSpec, type OpSpec } from '../../src/edit/testing/arbitraries.ts';
import { PROPERTY_TIMEOUT, runs } from '../../src/edit/testing/fixtures.ts';
import { resolveStep } from '../../src/edit/testing/steps.ts';
import { workloadDesign } from '../../src/fuzz/manifests.ts';
import { applyMutation, mutation, type Mutation } from '../../src/fuzz/mutate.ts';
import { rendered } from '../../src/fuzz/render.ts';
import { parseDesign, parsedOk } from '../../src/yaml/parse.ts';
import { TYPING_WINDOW_MS } from './history.ts';
import { createAppStore } from './index.ts';

// One history for canvas, forms and editor, checked against a model of what the README promises:
// each canvas edit is a step; typing within the window joins the step it continues; undo and redo
// walk the steps; an edit refused (broken YAML, an EditError) changes nothing; and undoing
// everything gives back the exact original text. The store runs the real edits and typing of
// random damage over generated manifests in every style.

type Action =
  | { kind: 'edit'; spec: OpSpec }
  | { kind: 'type'; mutation: Mutation; pause: boolean }
  | { kind: 'undo' | 'redo' };

const action: fc.Arbitrary<Action> = fc.oneof(
  { arbitrary: opSpec.map((spec) => ({ kind: 'edit' as const, spec })), weight: 4 },
  {
    arbitrary: fc.record({ kind: fc.constant('type' as const), mutation, pause: fc.boolean() }),
    weight: 2,
  },
  { arbitrary: fc.constantFrom({ kind: 'undo' as const }, { kind: 'redo' as const }), weight: 2 },
);

/** The history as the README describes it. */
class Model {
  past: string[] = [];
  future: string[] = [];
  typingAt: number | null = null;
  constructor(public text: string) {}

  change(next: string, typing: boolean, now: number) {
    if (next === this.text) {
      if (!typing) this.typingAt = null;
      return;
    }
    const joins = typing && this.typingAt !== null && now - this.typingAt <= TYPING_WINDOW_MS;
    if (!joins) this.past.push(this.text);
    this.text = next;
    this.future = [];
    this.typingAt = typing ? now : null;
  }

  walk(from: string[], to: string[]) {
    const text = from.pop();
    if (text === undefined) return;
    to.push(this.text);
    this.text = text;
    this.typingAt = null;
  }
}

/** What an edit of `text` gives: the new text, or the EditError that refuses it. */
function edited(text: string, spec: OpSpec): string | EditError | undefined {
  if (!parsedOk(parseDesign(text))) return undefined; // the store refuses before running it
  const step = resolveStep(text, spec);
  if (!step) return undefined;
  try {
    return step.run();
  } catch (err) {
    if (err instanceof EditError) return err;
    throw err;
  }
}

describe('the undo history, against its model', () => {
  it(
    'follows every edit, burst of typing, undo and redo, and undoes back to the original text',
    () => {
      fc.assert(
        fc.property(
          rendered(workloadDesign),
          fc.array(action, { minLength: 1, maxLength: 10 }),
          ({ text }, actions) => {
            let now = 1_000;
            const store = createAppStore({ text, now: () => now });
            const s = () => store.getState();
            const model = new Model(text);
            for (const a of actions) {
              switch (a.kind) {
                case 'undo':
                  s().undo();
                  model.walk(model.past, model.future);
                  break;
                case 'redo':
                  s().redo();
                  model.walk(model.future, model.past);
                  break;
                case 'type': {
                  now += a.pause ? TYPING_WINDOW_MS + 1 : 100;
                  const next = applyMutation(s().text, a.mutation);
                  s().setText(next, 'typing');
                  model.change(next, true, now);
                  break;
                }
                case 'edit': {
                  now += TYPING_WINDOW_MS + 1;
                  const next = edited(s().text, a.spec);
                  const run = () => {
                    if (typeof next === 'string') return next;
                    throw next ?? new EditError('nothing to edit');
                  };
                  expect(s().applyDesignEdit(run, { quiet: true }).ok).toBe(
                    typeof next === 'string',
                  );
                  if (typeof next === 'string') model.change(next, false, now);
                }
              }
              expect(s().text).toBe(model.text);
              expect(s().past).toEqual(model.past);
              expect(s().future).toEqual(model.future);
            }
            const steps = model.past.length;
            for (let i = 0; i < steps; i++) s().undo();
            expect(s().text).toBe(text);
            for (let i = 0; i < steps; i++) s().redo();
            expect(s().text).toBe(model.text);
          },
        ),
        { numRuns: runs(30) },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
