import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JsonSchema } from './api-fields.ts';
import { schemaForVersion, schemaTitle } from './schema-version.ts';
import { K8S_VERSIONS, type K8sVersion } from './versions.ts';

type Schema = JsonSchema & { title: string; definitions: Record<string, JsonSchema> };

const text = fs.readFileSync(new URL('./schema/k8s.schema.json', import.meta.url), 'utf8');
const schema = JSON.parse(text) as Schema;

const property = (s: Schema, path: string) => {
  const [definition, field] = path.split('.') as [string, string];
  const properties = s.definitions[`I${definition}`]?.properties as
    Record<string, JsonSchema & { description?: string }> | undefined;
  return properties?.[field];
};
const has = (version: K8sVersion, path: string) =>
  property(schemaForVersion(schema, version), path) !== undefined;
const description = (version: K8sVersion, path: string) =>
  property(schemaForVersion(schema, version), path)?.description ?? '';
const presentIn = (path: string) => K8S_VERSIONS.filter((v) => has(v, path));

describe('schemaForVersion', () => {
  it('names the version in the title', () => {
    expect(schema.title).toBe(
      'Kubernetes objects Podsmith knows (Kubernetes 1.36, from kubernetes-models 5.1.0)',
    );
    for (const version of K8S_VERSIONS)
      expect(schemaForVersion(schema, version).title).toBe(schemaTitle(version));
    expect(schemaForVersion(schema, '1.34').title).toBe(
      'Kubernetes objects Podsmith knows (Kubernetes 1.34)',
    );
  });

  it('returns the 1.36 schema unchanged but for the title', () => {
    const for136 = schemaForVersion(schema, '1.36');
    expect({ ...for136, title: schema.title }).toEqual(schema);
  });

  it('never changes its input, and gives the same object for the same version', () => {
    for (const version of K8S_VERSIONS) schemaForVersion(schema, version);
    expect(schema).toEqual(JSON.parse(text));
    expect(schemaForVersion(schema, '1.28')).toBe(schemaForVersion(schema, '1.28'));
    expect(schemaForVersion(schema, '1.28')).not.toBe(schemaForVersion(schema, '1.29'));
  });

  it('offers each well-known field only in the versions that serve it', () => {
    expect(presentIn('Container.restartPolicy')).toEqual(K8S_VERSIONS.slice(1));
    expect(presentIn('EphemeralContainer.restartPolicy')).toEqual(K8S_VERSIONS.slice(1));
    expect(presentIn('LifecycleHandler.sleep')).toEqual(K8S_VERSIONS.slice(2));
    expect(presentIn('Container.resizePolicy')).toEqual([...K8S_VERSIONS]);
    expect(presentIn('PodSpec.hostUsers')).toEqual([...K8S_VERSIONS]);
    expect(presentIn('PodSpec.resources')).toEqual(['1.32', '1.33', '1.34', '1.35', '1.36']);
    expect(presentIn('Lifecycle.stopSignal')).toEqual(['1.33', '1.34', '1.35', '1.36']);
    expect(presentIn('Container.restartPolicyRules')).toEqual(['1.34', '1.35', '1.36']);
    expect(presentIn('Volume.image')).toEqual(K8S_VERSIONS.slice(4));
    expect(presentIn('JobSpec.podReplacementPolicy')).toEqual(K8S_VERSIONS.slice(1));
    expect(presentIn('ServiceSpec.trafficDistribution')).toEqual(K8S_VERSIONS.slice(3));
    expect(presentIn('PodSpec.schedulingGroup')).toEqual(['1.36']);
    // Fields no version here changed stay everywhere.
    expect(presentIn('Container.image')).toEqual([...K8S_VERSIONS]);
    expect(presentIn('Probe.grpc')).toEqual([...K8S_VERSIONS]);
  });

  it('gives back the fields 1.36 dropped to the versions that served them', () => {
    expect(presentIn('PodSpec.workloadRef')).toEqual(['1.35']);
    expect(presentIn('PodResourceClaim.source')).toEqual(['1.27', '1.28', '1.29', '1.30']);
    expect(presentIn('PodResourceClaim.resourceClaimName')).toEqual(K8S_VERSIONS.slice(4));
    expect(presentIn('VolumeResourceRequirements.claims')).toEqual(['1.27', '1.28']);
    expect(presentIn('PersistentVolumeClaimStatus.resizeStatus')).toEqual(['1.27']);
    const workloadRef = property(schemaForVersion(schema, '1.35'), 'PodSpec.workloadRef');
    expect(workloadRef?.required).toEqual(['name', 'podGroup']);
    // GenericWorkload is off by default in 1.35 (alpha), so the gate sentence comes first.
    expect(workloadRef?.description).toMatch(
      /^Behind the GenericWorkload feature gate, off by default in Kubernetes 1\.35: [^\n]+\n\nWorkloadRef provides a reference/,
    );
  });

  it('says so in the description of a field whose gate is off by default', () => {
    expect(description('1.28', 'Container.restartPolicy')).toMatch(
      /^Behind the SidecarContainers feature gate, off by default in Kubernetes 1\.28: the API server drops this field from init containers unless the gate is on\.\n\nRestartPolicy defines/,
    );
    expect(description('1.29', 'Container.restartPolicy')).toMatch(/^RestartPolicy defines/);
    expect(description('1.29', 'LifecycleHandler.sleep')).toMatch(
      /^Behind the PodLifecycleSleepAction feature gate, off by default in Kubernetes 1\.29: the API server drops this field unless the gate is on\./,
    );
    expect(description('1.30', 'LifecycleHandler.sleep')).not.toMatch(/^Behind/);
    expect(description('1.32', 'Container.resizePolicy')).toMatch(
      /^Behind the InPlacePodVerticalScaling feature gate, off by default in Kubernetes 1\.32/,
    );
    expect(description('1.33', 'Container.resizePolicy')).not.toMatch(/^Behind/);
    expect(description('1.27', 'PodSpec.hostUsers')).toMatch(
      /^Behind the UserNamespacesStatelessPodsSupport feature gate, off by default in Kubernetes 1\.27/,
    );
    expect(description('1.34', 'EnvVarSource.fileKeyRef')).toMatch(/^Behind the EnvFiles feature/);
    expect(description('1.34', 'TypedObjectReference.namespace')).toMatch(
      /off by default in Kubernetes 1\.34: the API server drops the whole dataSourceRef/,
    );
    // EnvFiles is on by default from 1.35 (beta); ContainerStopSignals is still off (alpha).
    expect(description('1.35', 'EnvVarSource.fileKeyRef')).not.toMatch(/^Behind/);
    expect(description('1.35', 'Lifecycle.stopSignal')).toMatch(
      /^Behind the ContainerStopSignals feature gate, off by default in Kubernetes 1\.35/,
    );
    // 1.36's defaults were not read, so nothing is claimed there.
    expect(description('1.36', 'Lifecycle.stopSignal')).not.toMatch(/^Behind/);
  });

  it('drops an unserved field from required too', () => {
    const tiny = {
      title: 't',
      definitions: {
        IContainer: {
          type: 'object',
          properties: { name: { type: 'string' }, restartPolicy: { type: 'string' } },
          required: ['name', 'restartPolicy'],
        },
      },
    };
    const for127 = schemaForVersion(tiny, '1.27');
    expect(for127.definitions.IContainer.required).toEqual(['name']);
    expect(Object.keys(for127.definitions.IContainer.properties)).toEqual(['name']);
    expect(tiny.definitions.IContainer.required).toEqual(['name', 'restartPolicy']);
  });
});
