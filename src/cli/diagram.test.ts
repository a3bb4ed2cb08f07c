import { describe, expect, it } from 'vitest';
import { WEB } from '../analysis/inspect-example.ts';
import { diagramInputs } from '../diagram/inputs.ts';
import { diagramOf } from '../diagram/layout.ts';
import { diagramSvg } from '../diagram/svg.ts';
import { TEMPLATES } from '../templates/gallery.ts';
import { validateDesign } from '../validate/index.ts';
import { parseDesign } from '../yaml/parse.ts';
import { parseArgs, parseDiagramArgs, type ArgsResult, type DiagramOptions } from './args.ts';
import { diagram, runDiagram } from './diagram.ts';
import { fakeIO } from './fake-io.ts';
import { helpText } from './help.ts';
import { main } from './main.ts';

const options = (over: Partial<DiagramOptions> = {}): DiagramOptions => ({
  k8s: '1.34',
  format: 'svg',
  theme: 'light',
  file: 'web.yaml',
  ...over,
});

/** The SVG of the first workload, computed the long way: what the command must print. */
function expected(text: string, k8s: '1.28' | '1.34' = '1.34') {
  const parsed = parseDesign(text);
  const [input] = diagramInputs(parsed, validateDesign(parsed, { k8s }), k8s);
  return diagramSvg(diagramOf(input!));
}

describe('runDiagram', () => {
  it('prints the SVG of the first workload, with the lint findings, and exits 0', async () => {
    const fake = fakeIO({ 'web.yaml': WEB });
    expect(await runDiagram(options(), fake.io)).toBe(0);
    expect(fake.out()).toBe(expected(WEB));
    expect(fake.out()).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg /);
    expect(fake.err()).toBe('');
  });

  it('draws for the --k8s version, in the --theme asked for', async () => {
    const fake = fakeIO({ 'web.yaml': WEB });
    expect(await runDiagram(options({ k8s: '1.28' }), fake.io)).toBe(0);
    expect(fake.out()).toBe(expected(WEB, '1.28'));
    expect(fake.out()).not.toBe(expected(WEB));
    const dark = fakeIO({ 'web.yaml': WEB });
    expect(await runDiagram(options({ theme: 'dark' }), dark.io)).toBe(0);
    expect(dark.out()).toBe(diagram(WEB, { theme: 'dark' }));
  });

  it('reads standard input for -, and draws every template', async () => {
    for (const t of TEMPLATES) {
      const fake = fakeIO({}, t.yaml);
      expect(await runDiagram(options({ file: '-' }), fake.io)).toBe(0);
      expect(fake.out()).toBe(expected(t.yaml));
    }
  });

  it('exits 2 when the file cannot be read', async () => {
    const fake = fakeIO({});
    expect(await runDiagram(options({ file: 'gone.yaml' }), fake.io)).toBe(2);
    expect(fake.err()).toBe('podsmith: cannot read gone.yaml: no such file\n');
    expect(fake.out()).toBe('');
  });

  it('exits 1 on YAML that does not parse, saying where', async () => {
    const fake = fakeIO({ 'bad.yaml': 'kind: Pod\nmetadata: {name: [x\n' });
    expect(await runDiagram(options({ file: 'bad.yaml' }), fake.io)).toBe(1);
    expect(fake.out()).toBe('');
    expect(fake.err()).toMatch(
      /^podsmith: cannot draw bad\.yaml: it is not valid YAML\nbad\.yaml:2:18 error yaml-syntax /,
    );
  });

  it('exits 1 when the file holds no workload', async () => {
    const fake = fakeIO({ 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n' });
    expect(await runDiagram(options({ file: 'cm.yaml' }), fake.io)).toBe(1);
    expect(fake.out()).toBe('');
    expect(fake.err()).toMatch(/^podsmith: cannot draw cm\.yaml: it holds no workload/);
    expect(diagram('')).toBeUndefined();
  });
});

describe('podsmith diagram', () => {
  const diagramOptions = (result: ArgsResult) => {
    if (!result.ok || result.invocation.command !== 'diagram')
      throw new Error(JSON.stringify(result));
    return result.invocation.options;
  };

  it('reads its options: --k8s, --format svg, --theme, one file', () => {
    expect(diagramOptions(parseArgs(['diagram', 'a.yaml']))).toEqual(options({ file: 'a.yaml' }));
    expect(
      diagramOptions(
        parseArgs(['diagram', '--k8s=1.28', '--format', 'svg', '--theme', 'dark', '-']),
      ),
    ).toEqual(options({ k8s: '1.28', theme: 'dark', file: '-' }));
    expect(parseDiagramArgs(['a.yaml'])).toEqual(parseArgs(['diagram', 'a.yaml']));
  });

  it('refuses other formats and themes, no file, two files, unknown options', () => {
    const error = (argv: string[]) => {
      const r = parseArgs(argv);
      if (r.ok) throw new Error('expected an error');
      expect(r.topic).toBe('diagram');
      return r.error;
    };
    expect(error(['diagram', '--format', 'png', 'a'])).toBe(
      'unknown format "png" for --format; use svg',
    );
    expect(error(['diagram', '--theme', 'blue', 'a'])).toBe(
      'unknown theme "blue" for --theme; use light or dark',
    );
    expect(error(['diagram'])).toMatch(/^no file to draw/);
    expect(error(['diagram', 'a', 'b'])).toBe('diagram takes one file, got 2: a b');
    expect(error(['diagram', '--k8s', '1.20', 'a'])).toContain('"1.20"');
    // --theme is the diagram's own.
    expect(parseArgs(['lint', '--theme', 'dark', 'a'])).toMatchObject({
      ok: false,
      error: 'unknown option --theme',
    });
  });

  it('is what main runs, with its help, and usage errors exit 2', async () => {
    const fake = fakeIO({ 'web.yaml': WEB });
    expect(await main(['diagram', 'web.yaml'], fake.io)).toBe(0);
    expect(fake.out()).toBe(expected(WEB));
    const help = fakeIO({});
    expect(await main(['diagram', '--help'], help.io)).toBe(0);
    expect(help.out()).toBe(helpText('diagram'));
    expect(help.out()).toMatch(/^Usage: podsmith diagram \[--k8s <version>\] \[--format svg\]/);
    expect(helpText()).toMatch(/\n {2}diagram {3}the pod as a picture \(SVG\)/);
    const bad = fakeIO({});
    expect(await main(['diagram', '--format=png', 'web.yaml'], bad.io)).toBe(2);
    expect(bad.err()).toContain('Run "podsmith diagram --help" for usage.');
    const missing = fakeIO({});
    expect(await main(['diagram', 'gone.yaml'], missing.io)).not.toBe(0);
  });
});
