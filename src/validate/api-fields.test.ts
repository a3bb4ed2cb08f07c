import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_FIELD_CHANGES, definitionOf, servedIn, type JsonSchema } from './api-fields.ts';
import { API_GATES, DEFAULTS_READ_THROUGH, gateOffByDefault, type GateName } from './api-gates.ts';
import { K8S_VERSIONS, minor, type K8sVersion } from './versions.ts';

// The committed 1.36 schema, parsed the way the editor does (raw text, one JSON.parse).
const schema = JSON.parse(
  fs.readFileSync(new URL('./schema/k8s.schema.json', import.meta.url), 'utf8'),
) as { definitions: Record<string, JsonSchema> };
const propertiesOf = (definition: string) =>
  (schema.definitions[definition]?.properties ?? {}) as Record<string, unknown>;

const row = (path: string) => {
  const found = API_FIELD_CHANGES.find((c) => `${c.type}.${c.field}` === path);
  if (!found) throw new Error(`no row for ${path}`);
  return found;
};
const servedVersions = (path: string) => K8S_VERSIONS.filter((v) => servedIn(row(path), v));
const offVersions = (gate: GateName) => K8S_VERSIONS.filter((v) => gateOffByDefault(gate, v));
const from = (first: K8sVersion) => K8S_VERSIONS.filter((v) => minor(v) >= minor(first));
const through = (last: K8sVersion) => K8S_VERSIONS.filter((v) => minor(v) <= minor(last));

describe('API_FIELD_CHANGES against the committed 1.36 schema', () => {
  it('names fields 1.36 serves that the schema has, on definitions it has (no typos)', () => {
    for (const change of API_FIELD_CHANGES) {
      const path = `${change.type}.${change.field}`;
      expect(schema.definitions[definitionOf(change)], path).toBeDefined();
      if (servedIn(change, '1.36'))
        expect(propertiesOf(definitionOf(change)), path).toHaveProperty([change.field]);
      else expect(propertiesOf(definitionOf(change)), path).not.toHaveProperty([change.field]);
    }
  });

  it('gives the old schema of every field 1.36 no longer serves, with refs that resolve', () => {
    for (const change of API_FIELD_CHANGES.filter((c) => c.removedIn)) {
      expect(change.schema, `${change.type}.${change.field}`).toBeDefined();
      for (const ref of JSON.stringify(change.schema).match(/#\/definitions\/\w+/g) ?? [])
        expect(schema.definitions[ref.slice('#/definitions/'.length)], ref).toBeDefined();
    }
  });

  it('lists each field once, with an ordered since/removedIn and a source', () => {
    const paths = API_FIELD_CHANGES.map((c) => `${c.type}.${c.field}`);
    expect(new Set(paths).size).toBe(paths.length);
    for (const change of API_FIELD_CHANGES) {
      expect(change.source).toMatch(/^(core|apps|batch)\/v1 \w+\.\w+/);
      expect(change.since ?? change.removedIn ?? change.gate, change.field).toBeDefined();
      if (change.since) expect(minor(change.since)).toBeGreaterThan(27);
      if (change.since && change.removedIn)
        expect(minor(change.removedIn)).toBeGreaterThan(minor(change.since));
    }
  });

  it('uses every gate it knows, and each gate reads off, then on, within 1.27–1.35', () => {
    const used = new Set(API_FIELD_CHANGES.map((c) => c.gate).filter(Boolean));
    expect([...used].sort()).toEqual(Object.keys(API_GATES).sort());
    for (const [gate, facts] of Object.entries(API_GATES) as [
      GateName,
      (typeof API_GATES)[GateName],
    ][]) {
      const off = offVersions(gate);
      const read = minor(DEFAULTS_READ_THROUGH);
      if ('offThrough' in facts) expect(minor(facts.offThrough), gate).toBeLessThanOrEqual(read);
      if ('defaultOnFrom' in facts && 'offThrough' in facts)
        expect(minor(facts.defaultOnFrom), gate).toBe(minor(facts.offThrough) + 1);
      if ('defaultOnFrom' in facts)
        expect(minor(facts.defaultOnFrom), gate).toBeLessThanOrEqual(read);
      expect(
        off.filter((v) => minor(v) > read),
        gate,
      ).toEqual([]);
    }
  });
});

describe('what the table says about well-known fields', () => {
  it('native sidecars: Container.restartPolicy from 1.28, SidecarContainers on by default from 1.29', () => {
    expect(servedVersions('Container.restartPolicy')).toEqual(from('1.28'));
    expect(row('Container.restartPolicy').gate).toBe('SidecarContainers');
    expect(offVersions('SidecarContainers')).toEqual(['1.28']);
    expect(API_GATES.SidecarContainers.defaultOnFrom).toBe('1.29');
  });

  it('sleep action: LifecycleHandler.sleep from 1.29, on by default from 1.30', () => {
    expect(servedVersions('LifecycleHandler.sleep')).toEqual(from('1.29'));
    expect(offVersions('PodLifecycleSleepAction')).toEqual(['1.29']);
  });

  it('resize: Container.resizePolicy in every version, gate off by default until 1.32', () => {
    expect(servedVersions('Container.resizePolicy')).toEqual([...K8S_VERSIONS]);
    expect(offVersions('InPlacePodVerticalScaling')).toEqual(through('1.32'));
  });

  it('pod-level resources: PodSpec.resources from 1.32, on by default from 1.34', () => {
    expect(servedVersions('PodSpec.resources')).toEqual(from('1.32'));
    expect(offVersions('PodLevelResources')).toEqual(['1.32', '1.33']);
  });

  it('user namespaces: PodSpec.hostUsers everywhere, off by default until 1.32 (renamed after 1.27)', () => {
    expect(servedVersions('PodSpec.hostUsers')).toEqual([...K8S_VERSIONS]);
    expect(offVersions('UserNamespacesSupport')).toEqual(through('1.32'));
    expect(gateOffByDefault('UserNamespacesSupport', '1.27')?.name).toBe(
      'UserNamespacesStatelessPodsSupport',
    );
    expect(gateOffByDefault('UserNamespacesSupport', '1.28')?.name).toBe('UserNamespacesSupport');
  });

  it('fields that came and went: workloadRef in 1.35 only, PodResourceClaim.source until 1.30', () => {
    expect(servedVersions('PodSpec.workloadRef')).toEqual(['1.35']);
    expect(servedVersions('PodSpec.schedulingGroup')).toEqual(['1.36']);
    expect(servedVersions('PodResourceClaim.source')).toEqual(through('1.30'));
    expect(servedVersions('PodResourceClaim.resourceClaimName')).toEqual(from('1.31'));
    expect(servedVersions('VolumeResourceRequirements.claims')).toEqual(['1.27', '1.28']);
  });

  it('says nothing about gate defaults it could not read (1.36)', () => {
    expect(DEFAULTS_READ_THROUGH).toBe('1.35');
    for (const gate of Object.keys(API_GATES) as GateName[])
      expect(gateOffByDefault(gate, '1.36'), gate).toBeUndefined();
  });

  it('1.35 defaults as read from kube_features.go: some gates turn on, some stay off', () => {
    // ContainerRestartRules and EnvFiles go beta, on by default; MaxUnavailableStatefulSet beta, on.
    expect(offVersions('ContainerRestartRules')).toEqual(['1.34']);
    expect(API_GATES.ContainerRestartRules.defaultOnFrom).toBe('1.35');
    expect(offVersions('EnvFiles')).toEqual(['1.34']);
    expect(offVersions('MaxUnavailableStatefulSet')).toEqual(through('1.34'));
    // ContainerStopSignals is still alpha; PodCertificateRequest is beta but off; GenericWorkload
    // is new and alpha.
    expect(offVersions('ContainerStopSignals')).toEqual(['1.33', '1.34', '1.35']);
    expect(offVersions('PodCertificateRequest')).toEqual(['1.34', '1.35']);
    expect(offVersions('GenericWorkload')).toEqual(['1.35']);
    expect(gateOffByDefault('ContainerStopSignals', '1.35')?.name).toBe('ContainerStopSignals');
  });
});
