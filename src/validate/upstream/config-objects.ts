import type { UpstreamCase, UpstreamSuite } from './cases.ts';

// ConfigMaps and Secrets: Kubernetes' validation tests, ported as manifests. Read from
// pkg/apis/core/validation/validation_test.go of kubernetes/kubernetes at
// 000f26050b9be6fb3d79fae95e06b47fc96128cd (a tree just before 1.34), and TestValidateConfigMap
// from pkg/apis/core/validation/config_maps_test.go at a24fee9f898c26f8498966d887e10e6a7bcee278,
// where the same test moved when validation_test.go was split after 1.34. Expectations were
// checked against ValidateConfigMap / ValidateSecret of 1.34.1 (openshift/openshift-apiserver@
// 56aa2d96e). Upstream builds internal objects with raw bytes; here `data` and `binaryData` are
// base64, as a manifest writes them. Upstream's cases check "fails or not"; the `errors` here are
// the path and type the API reports.

const SOURCE =
  'pkg/apis/core/validation/validation_test.go @ kubernetes 000f26050b9be6fb3d79fae95e06b47fc96128cd';
const CONFIG_MAP_SOURCE =
  'pkg/apis/core/validation/validation_test.go (TestValidateConfigMap, read as config_maps_test.go @ kubernetes a24fee9f898c26f8498966d887e10e6a7bcee278 after the split)';

const NAMESPACE_FILLED =
  'kubectl sends every namespaced object to a namespace (its own or the context default), so an empty namespace is filled in before validation';

const b64 = (text: string) => btoa(text);
const q = (s: string) => JSON.stringify(s);
const ok = (name: string, yaml: string): UpstreamCase => ({ name, yaml, errors: [] });
const bad = (name: string, yaml: string, ...errors: string[]): UpstreamCase => ({
  name,
  yaml,
  errors,
});

interface Meta {
  name?: string;
  namespace?: string;
  annotations?: Record<string, string>;
}

function metadata({ name = 'validname', namespace = 'validns', annotations = {} }: Meta): string {
  const a = Object.entries(annotations);
  return [
    'metadata:',
    `  name: ${q(name)}`,
    `  namespace: ${q(namespace)}`,
    ...(a.length ? ['  annotations:', ...a.map(([k, v]) => `    ${q(k)}: ${q(v)}`)] : []),
  ].join('\n');
}

const map = (field: string, entries: Record<string, string>) => {
  const e = Object.entries(entries);
  return e.length ? `${field}:\n${e.map(([k, v]) => `  ${q(k)}: ${q(v)}`).join('\n')}\n` : '';
};

function configMap(
  data: Record<string, string>,
  binary: Record<string, string> = {},
  meta: Meta = {},
) {
  return `apiVersion: v1\nkind: ConfigMap\n${metadata(meta)}\n${map('data', data)}${map('binaryData', binary)}`;
}

/** A Secret whose data values are given as plain text (base64-encoded here). */
function secret(data: Record<string, string>, type?: string, meta: Meta = {}) {
  const encoded = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, b64(v)]));
  const t = type ? `type: ${type}\n` : '';
  return `apiVersion: v1\nkind: Secret\n${metadata({ name: 'foo', namespace: 'bar', ...meta })}\n${t}${map('data', encoded)}`;
}

const MAX = 1024 * 1024;
const INVALID_NAME = 'NoUppercaseOrSpecialCharsLike=Equals';

const configMapCases: UpstreamCase[] = [
  ok('valid', configMap({ key: 'value' }, { bin: b64('value') })),
  ok('max key length', configMap({ ['a'.repeat(253)]: 'value' })),
  ok('leading dot key', configMap({ '.ab': 'value' })),
  bad('empty name', configMap({}, {}, { name: '' }), 'metadata.name: Required value'),
  bad('invalid name', configMap({}, {}, { name: INVALID_NAME }), 'metadata.name: Invalid value'),
  bad('invalid key', configMap({ 'a*b': 'value' }), 'data["a*b"]: Invalid value'),
  { ...bad('empty namespace', configMap({}, {}, { namespace: '' })), skip: NAMESPACE_FILLED },
  bad(
    'invalid namespace',
    configMap({}, {}, { namespace: INVALID_NAME }),
    'metadata.namespace: Invalid value',
  ),
  bad('dot key', configMap({ '.': 'value' }), 'data["."]: Invalid value'),
  bad('double dot key', configMap({ '..': 'value' }), 'data[".."]: Invalid value'),
  bad(
    'over max key length',
    configMap({ ['a'.repeat(254)]: 'value' }),
    `data.${'a'.repeat(254)}: Invalid value`,
  ),
  bad('over max size', configMap({ key: 'a'.repeat(MAX + 1) }), ': Too long'),
  bad(
    'duplicated key',
    configMap({ key: 'value1' }, { key: b64('value2') }),
    'data.key: Invalid value',
  ),
  bad(
    'binary data invalid key',
    configMap({}, { 'a*b': b64('value') }),
    'binaryData["a*b"]: Invalid value',
  ),
  ok('binary data leading dot key', configMap({}, { '.ab': b64('value') })),
  bad(
    'binary data dot key',
    configMap({}, { '.': b64('value') }),
    'binaryData["."]: Invalid value',
  ),
  bad(
    'binary data double dot key',
    configMap({}, { '..': b64('value') }),
    'binaryData[".."]: Invalid value',
  ),
  bad(
    'binary data over max key length',
    configMap({}, { ['a'.repeat(254)]: b64('value') }),
    `binaryData.${'a'.repeat(254)}: Invalid value`,
  ),
  bad('binary data max size', configMap({}, { bin: b64('a'.repeat(MAX + 1)) }), ': Too long'),
  ok('binary data non utf-8 bytes', configMap({}, { key: 'AP4A/w==' })),
];

const SA_NAME = 'kubernetes.io/service-account.name';
const SA_TOKEN = 'kubernetes.io/service-account-token';
const saRequired = `metadata.annotations["${SA_NAME}"]: Required value`;

const secretCases: UpstreamCase[] = [
  ok('valid', secret({ 'data-1': 'bar' })),
  bad(
    'empty name',
    secret({ 'data-1': 'bar' }, undefined, { name: '' }),
    'metadata.name: Required value',
  ),
  bad(
    'invalid name',
    secret({ 'data-1': 'bar' }, undefined, { name: INVALID_NAME }),
    'metadata.name: Invalid value',
  ),
  {
    ...bad('empty namespace', secret({ 'data-1': 'bar' }, undefined, { namespace: '' })),
    skip: NAMESPACE_FILLED,
  },
  bad(
    'invalid namespace',
    secret({ 'data-1': 'bar' }, undefined, { namespace: INVALID_NAME }),
    'metadata.namespace: Invalid value',
  ),
  bad('over max size', secret({ over: '\0'.repeat(MAX + 1) }), 'data: Too long'),
  bad('invalid key', secret({ 'data-1': 'bar', 'a*b': 'whoops' }), 'data["a*b"]: Invalid value'),
  ok(
    'valid service-account-token secret',
    secret({ 'data-1': 'bar' }, SA_TOKEN, { annotations: { [SA_NAME]: 'foo' } }),
  ),
  bad(
    'empty service-account-token annotation',
    secret({ 'data-1': 'bar' }, SA_TOKEN, { annotations: { [SA_NAME]: '' } }),
    saRequired,
  ),
  bad(
    'missing service-account-token annotation',
    secret({ 'data-1': 'bar' }, SA_TOKEN, { annotations: { other: 'x' } }),
    saRequired,
  ),
  bad(
    'missing service-account-token annotations',
    secret({ 'data-1': 'bar' }, SA_TOKEN),
    saRequired,
  ),
  ok('leading dot key', secret({ 'data-1': 'bar', '.key': 'bar' })),
  bad('dot key', secret({ 'data-1': 'bar', '.': 'bar' }), 'data["."]: Invalid value'),
  bad('double dot key', secret({ 'data-1': 'bar', '..': 'bar' }), 'data[".."]: Invalid value'),
];

const DOCKERCFG =
  '{"https://index.docker.io/v1/": {"auth": "Y2x1ZWRyb29sZXIwMDAxOnBhc3N3b3Jk","email": "fake@example.com"}}';
const CONFIG_JSON = `{"auths":${DOCKERCFG}}`;
const dockercfg = (data: Record<string, string>) => secret(data, 'kubernetes.io/dockercfg');
const configJson = (data: Record<string, string>) => secret(data, 'kubernetes.io/dockerconfigjson');

const dockerCases: UpstreamCase[] = [
  ok('valid dockercfg', dockercfg({ '.dockercfg': DOCKERCFG })),
  bad('missing dockercfg', dockercfg({ other: 'x' }), 'data[".dockercfg"]: Required value'),
  bad('empty dockercfg', dockercfg({ '.dockercfg': '' }), 'data[".dockercfg"]: Invalid value'),
  bad('invalid dockercfg', dockercfg({ '.dockercfg': 'bad' }), 'data[".dockercfg"]: Invalid value'),
  ok('valid config.json', configJson({ '.dockerconfigjson': CONFIG_JSON })),
  bad(
    'missing config.json',
    configJson({ other: 'x' }),
    'data[".dockerconfigjson"]: Required value',
  ),
  bad(
    'empty config.json',
    configJson({ '.dockerconfigjson': '' }),
    'data[".dockerconfigjson"]: Invalid value',
  ),
  bad(
    'invalid config.json',
    configJson({ '.dockerconfigjson': 'bad' }),
    'data[".dockerconfigjson"]: Invalid value',
  ),
];

/** ConfigMap and Secret suites, as upstream organises them (one per test function). */
export const CONFIG_OBJECT_SUITES: readonly UpstreamSuite[] = [
  {
    test: 'TestValidateConfigMap',
    functions: ['ValidateConfigMap'],
    source: CONFIG_MAP_SOURCE,
    cases: configMapCases,
  },
  { test: 'TestValidateSecret', functions: ['ValidateSecret'], source: SOURCE, cases: secretCases },
  {
    test: 'TestValidateDockerConfigSecret',
    functions: ['ValidateSecret'],
    source: SOURCE,
    cases: dockerCases,
  },
  {
    test: 'TestValidateBasicAuthSecret',
    functions: ['ValidateSecret'],
    source: SOURCE,
    cases: [
      ok(
        'valid',
        secret({ username: 'username', password: 'password' }, 'kubernetes.io/basic-auth'),
      ),
      bad(
        'missing username and password',
        secret({ other: 'x' }, 'kubernetes.io/basic-auth'),
        'data.username: Required value',
        'data.password: Required value',
      ),
    ],
  },
  {
    test: 'TestValidateSSHAuthSecret',
    functions: ['ValidateSecret'],
    source: SOURCE,
    cases: [
      ok('valid', secret({ 'ssh-privatekey': 'foo-bar-baz' }, 'kubernetes.io/ssh-auth')),
      bad(
        'missing private key',
        secret({ other: 'x' }, 'kubernetes.io/ssh-auth'),
        'data.ssh-privatekey: Required value',
      ),
    ],
  },
];
