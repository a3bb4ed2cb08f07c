// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { WEB } from '../analysis/inspect-example.ts';
import { deployment } from '../analysis/network-testing.ts';
import { TEMPLATES } from '../templates/gallery.ts';
import { xml } from './svg-parts.ts';
import { diagramSvg } from './svg.ts';
import { diagramOfText } from './testing.ts';

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

/** Everything the file points at: only `#id`s inside it are allowed. */
function outsideReferences(svg: string): string[] {
  const hrefs = [...svg.matchAll(/href\s*=\s*["']([^"']*)["']/gi)].map((m) => m[1]!);
  const urls = [...svg.matchAll(/url\(\s*([^)]*)\)/gi)].map((m) => m[1]!);
  return [...hrefs, ...urls].filter((ref) => !ref.startsWith('#'));
}

const HOSTILE = deployment(`      containers:
        - name: "a<b>&c"
          image: "evil\\"'<img>"
          volumeMounts:
            - {name: "v<&>", mountPath: "/x<y>&z"}
      volumes:
        - name: "v<&>"
          emptyDir: {}
`);

describe('diagramSvg', () => {
  it.each(TEMPLATES.map((t) => [t.id, t.yaml] as const))(
    'draws the %s template as a well-formed, self-contained SVG',
    (_, yaml) => {
      const d = diagramOfText(yaml);
      const svg = diagramSvg(d);
      const doc = parse(svg);
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
      const root = doc.documentElement;
      expect(root.tagName.toLowerCase()).toBe('svg');
      expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
      expect(root.getAttribute('viewBox')).toBe(`0 0 ${d.width} ${d.height}`);
      expect(svg).toContain(`<title>${d.title}</title>`);
      for (const n of d.nodes.filter((n) => n.kind === 'container' || n.kind === 'volume'))
        expect(svg).toContain(n.label);
      expect(outsideReferences(svg)).toEqual([]);
      expect(svg).not.toMatch(/<image|<foreignObject|<script|@import|@font-face/i);
    },
  );

  it('gives every node and edge a group with its id and its accessible name as title', () => {
    const d = diagramOfText(WEB);
    const doc = parse(diagramSvg(d));
    for (const thing of [...d.nodes, ...d.edges]) {
      const group = [...doc.getElementsByTagName('g')].find(
        (g) => g.getAttribute('data-id') === thing.id,
      );
      expect(group, thing.id).toBeDefined();
      expect(group!.hasAttribute('role')).toBe(false);
      expect(group!.getElementsByTagName('title')[0]!.textContent).toContain(thing.name);
    }
  });

  it('escapes every text, so hostile names stay text', () => {
    const d = diagramOfText(HOSTILE);
    const svg = diagramSvg(d);
    expect(parse(svg).getElementsByTagName('parsererror')).toHaveLength(0);
    expect(svg).toContain('a&lt;b&gt;&amp;c');
    expect(svg).toContain('v&lt;&amp;&gt;');
    expect(svg).not.toContain('a<b>');
    expect(svg).not.toContain('<img');
    const titles = [...parse(svg).getElementsByTagName('title')].map((t) => t.textContent);
    expect(titles.some((t) => t!.startsWith('a<b>&c, main container'))).toBe(true);
  });

  it('draws arrow heads from its own defs, dashes what is dashed, and broken things in red', () => {
    const d = diagramOfText(
      deployment(`      containers:
        - name: app
          image: nginx
          volumeMounts:
            - {name: ghost, mountPath: /g}
            - {name: data, mountPath: /d, readOnly: true}
      volumes:
        - {name: data, emptyDir: {}}
`),
    );
    const svg = diagramSvg(d);
    const doc = parse(svg);
    const markers = new Set(
      [...doc.getElementsByTagName('marker')].map((m) => m.getAttribute('id')),
    );
    for (const ref of svg.matchAll(/url\(#([^)]+)\)/g)) expect(markers.has(ref[1]!)).toBe(true);
    const path = (id: string) =>
      [...doc.getElementsByTagName('g')]
        .find((g) => g.getAttribute('data-id') === id)!
        .getElementsByTagName('path')[0]!;
    expect(path('mount:containers/0/0').getAttribute('stroke')).toBe('#cf222e');
    expect(path('mount:containers/0/1').getAttribute('stroke-dasharray')).toBeTruthy();
    expect(path('mount:containers/0/1').getAttribute('stroke')).not.toBe('#cf222e');
  });

  it('has a dark theme, and uses generic font families only', () => {
    const d = diagramOfText(WEB);
    const light = diagramSvg(d);
    const dark = diagramSvg(d, { theme: 'dark' });
    expect(dark).not.toBe(light);
    expect(diagramSvg(d, { theme: 'light' })).toBe(light);
    expect(dark).toContain('fill="#0d1117"');
    const families = new Set([...light.matchAll(/font-family="([^"]*)"/g)].map((m) => m[1]));
    expect([...families].sort()).toEqual(['system-ui, sans-serif', 'ui-monospace, monospace']);
  });
});

describe('xml', () => {
  it('escapes markup and replaces what XML cannot hold', () => {
    expect(xml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(xml('a\u0001b\ud800c')).toBe('a\ufffdb\ufffdc');
    expect(xml('emoji 😀 stays')).toBe('emoji 😀 stays');
  });
});
