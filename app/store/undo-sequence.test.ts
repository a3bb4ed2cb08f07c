import { describe, expect, it } from 'vitest';
import { moveContainer } from '../../src/edit/arrange.ts';
import { TYPING_WINDOW_MS } from './history.ts';
import { createAppStore } from './index.ts';

/** A design as people bring them: byte order mark, CRLF, comments, odd spacing, a foreign document. */
const ORIGINAL = `\uFEFF# team web\r
apiVersion: apps/v1\r
kind: Deployment\r
metadata:\r
  name: web   # keep this comment\r
spec:\r
  selector: {matchLabels: {app: web}}\r
  template:\r
    metadata:\r
      labels: {app: web}\r
    spec:\r
      containers:\r
        - name: app\r
          image: "nginx:1.27"\r
---\r
owner: team-web\r
`;

const IMAGE = ['spec', 'template', 'spec', 'containers', 0, 'image'];

describe('one history for canvas, forms and editor', () => {
  it('undoes a long mixed sequence back to the original text byte for byte, and redoes it', () => {
    let t = 1_000;
    const store = createAppStore({ text: ORIGINAL, now: () => t });
    const s = () => store.getState();
    const texts: string[] = [ORIGINAL];
    const step = () => texts.push(s().text);

    expect(s().addContainer('native-sidecar').ok).toBe(true); // canvas: palette
    step();
    expect(s().addContainer('init').ok).toBe(true);
    step();
    const init = s().view.workloads[0]!.containers.find((c) => c.name === 'init')!;
    const result = s().applyEdit((text, document) =>
      moveContainer(text, {
        document,
        from: { document, list: init.list, index: init.index },
        to: { role: 'sidecar' },
      }),
    ); // canvas: a drag that turns the init container into a classic sidecar
    expect(result.ok).toBe(true);
    step();
    expect(s().setField(IMAGE, 'nginx:1.29', IMAGE.slice(0, -1)).ok).toBe(true); // form
    step();
    // A burst of typing: many commits close together, one step.
    const typed = s().text;
    for (let i = 1; i <= 12; i++) {
      t += 150;
      s().setText(`${typed}# note ${'x'.repeat(i)}\r\n`, 'typing');
    }
    step();
    t += TYPING_WINDOW_MS + 1;
    s().setText(`${s().text}# after a pause\r\n`, 'typing'); // a new burst: its own step
    step();
    s().setText(s().text.replace('owner: team-web', 'owner: team-api'), 'api'); // setYaml
    step();
    expect(s().setField(IMAGE, undefined, IMAGE.slice(0, -1)).ok).toBe(true); // form: remove
    step();

    // Every edit kept the byte order mark and CRLF.
    for (const text of texts) {
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    }
    expect(s().past).toEqual(texts.slice(0, -1));

    const final = s().text;
    for (let i = texts.length - 2; i >= 0; i--) {
      s().undo();
      expect(s().text).toBe(texts[i]);
    }
    expect(s().past).toEqual([]);
    expect(s().text).toBe(ORIGINAL);
    while (s().future.length) s().redo();
    expect(s().text).toBe(final);
  });
});
