import { beforeAll, describe, expect, it } from 'vitest';
import { hclKey, hclString, resourceLabel, writeHcl, type HclBody } from './hcl-write.ts';
import { hclTools, type HclTools } from './testing.ts';

let tools: HclTools;
beforeAll(async () => {
  tools = await hclTools();
});

describe('hclString and hclKey', () => {
  it('escape quotes, backslashes, control characters and template markers', () => {
    expect(hclString('a "b" \\ c\nd\te\u0007')).toBe('"a \\"b\\" \\\\ c\\nd\\te\\u0007"');
    expect(hclString('echo ${HOME} %{x} $HOME 100%')).toBe('"echo $${HOME} %%{x} $HOME 100%"');
  });

  it('quote keys HCL would not read back as the same bare name', () => {
    expect(hclKey('app')).toBe('app');
    expect(hclKey('a-b_c')).toBe('a-b_c');
    expect(hclKey('app.kubernetes.io/name')).toBe('"app.kubernetes.io/name"');
    expect(hclKey('1abc')).toBe('"1abc"');
    expect(hclKey('null')).toBe('"null"');
    expect(hclKey('for')).toBe('"for"');
    expect(hclKey('${x}')).toBe('"$${x}"');
  });
});

describe('resourceLabel', () => {
  it('makes identifiers, unique among those taken', () => {
    const taken = new Set<string>();
    expect(resourceLabel('web.v1', taken)).toBe('web_v1');
    expect(resourceLabel('web.v1', taken)).toBe('web_v1_2');
    expect(resourceLabel('web_v1', taken)).toBe('web_v1_3');
    expect(resourceLabel('1st', taken)).toBe('_1st');
    expect(resourceLabel('-x', taken)).toBe('_-x');
  });
});

describe('writeHcl', () => {
  const body: HclBody = [
    { block: 'terraform', body: [{ attribute: 'required_version', value: '>= 1.5' }] },
    {
      block: 'resource',
      labels: ['kubernetes_manifest', 'cm'],
      comments: [' A config map', ''],
      body: [
        {
          attribute: 'manifest',
          value: {
            apiVersion: 'v1',
            kind: 'ConfigMap',
            metadata: { name: 'cm', labels: {} },
            data: {
              'app.conf': 'a=1\nb="${x}"\n',
              short: '1',
              'a.much.longer.key': '%{if}',
              true: 't',
              null: 'n',
            },
            list: [1, -2, 0.5, true, null, 'x'],
            nested: [[1, 2], [{ a: [] }], {}],
            objects: [{ name: 'a', value: 1 }, { name: 'b' }],
          },
        },
      ],
    },
    {
      block: 'resource',
      labels: ['kubernetes_pod_v1', 'p'],
      body: [
        { block: 'metadata', body: [{ attribute: 'name', value: 'p' }] },
        {
          block: 'spec',
          body: [
            { block: 'container', body: [{ attribute: 'name', value: 'a' }] },
            {
              block: 'volume',
              body: [
                { attribute: 'name', value: 'v' },
                { block: 'empty_dir', body: [] },
              ],
            },
          ],
        },
      ],
    },
  ];

  it('writes canonical HCL: terraform fmt leaves it as it is', async () => {
    const text = writeHcl(body);
    expect(await tools.format(text)).toBe(text);
  });

  it('writes HCL the real parser reads back to the same values', async () => {
    const json = await tools.parse('out.tf', writeHcl(body));
    const manifest = (json.resource as any).kubernetes_manifest.cm[0].manifest;
    // The parser keeps escapes as Terraform's JSON syntax does: `$${` for a literal `${`.
    expect(manifest.data).toEqual({
      'app.conf': 'a=1\nb="$${x}"\n',
      short: '1',
      'a.much.longer.key': '%%{if}',
      true: 't',
      null: 'n',
    });
    expect(manifest.list).toEqual([1, -2, 0.5, true, null, 'x']);
    expect(manifest.nested).toEqual([[1, 2], [{ a: [] }], {}]);
    expect(manifest.objects).toEqual([{ name: 'a', value: 1 }, { name: 'b' }]);
    expect(manifest.metadata).toEqual({ name: 'cm', labels: {} });
    const pod = (json.resource as any).kubernetes_pod_v1.p[0];
    expect(pod.spec[0].volume).toEqual([{ name: 'v', empty_dir: [{}] }]);
  });

  it('puts comments above their block and lines up the = of neighbouring attributes', () => {
    const text = writeHcl(body);
    expect(text).toContain('\n# A config map\n#\nresource "kubernetes_manifest" "cm" {\n');
    expect(text).toContain(
      '      "app.conf"          = "a=1\\nb=\\"$${x}\\"\\n"\n      short               = "1"\n',
    );
  });
});
