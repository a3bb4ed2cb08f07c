import { describe, expect, it } from 'vitest';
import {
  fieldByTfName,
  snakeCase,
  TERRAFORM_ONLY,
  TYPED_RESOURCES,
  typedResourceFor,
  typedResourceNamed,
  type Field,
  type Fields,
} from './fields.ts';

/** The field at a Kubernetes path of a kind's table (`spec.template.spec.containers`). */
function at(kind: string, path: string): Field | undefined {
  let table: Fields | undefined = TYPED_RESOURCES.find((r) => r.kind === kind)?.body;
  let field: Field | undefined;
  for (const key of path.split('.')) {
    field = table?.[key];
    table =
      field && (field.shape === 'block' || field.shape === 'blocks') ? field.fields : undefined;
  }
  return field;
}

/** Every table reachable from the resources, each once. */
function allTables(): Fields[] {
  const seen = new Set<Fields>();
  const walk = (t: Fields) => {
    if (seen.has(t)) return;
    seen.add(t);
    for (const f of Object.values(t))
      if (f.shape === 'block' || f.shape === 'blocks') walk(f.fields);
  };
  for (const r of TYPED_RESOURCES) walk(r.body);
  return [...seen];
}

describe('the Kubernetes ↔ provider field table', () => {
  it('spells names as the provider does where snake_case would not', () => {
    expect(snakeCase('runAsUser')).toBe('run_as_user');
    expect(snakeCase('hostIPC')).toBe('host_ipc');
    expect(at('CronJob', 'spec.timeZone')?.tf).toBe('timezone');
    expect(at('DaemonSet', 'spec.updateStrategy')?.tf).toBe('strategy');
    expect(at('StatefulSet', 'spec.updateStrategy')?.tf).toBe('update_strategy');
    expect(at('Pod', 'spec.hostIPC')?.tf).toBe('host_ipc');
    expect(at('Pod', 'spec.hostPID')?.tf).toBe('host_pid');
    expect(at('Service', 'spec.clusterIP')?.tf).toBe('cluster_ip');
    expect(at('Service', 'spec.externalIPs')?.tf).toBe('external_ips');
    expect(at('Pod', 'spec.securityContext.windowsOptions.runAsUserName')?.tf).toBe(
      'run_as_username',
    );
    expect(at('Pod', 'spec.volumes.azureDisk.diskURI')?.tf).toBe('data_disk_uri');
    expect(at('CronJob', 'spec.jobTemplate.spec.template.spec.containers')?.tf).toBe('container');
  });

  it('writes repeated objects as singular blocks, except where the provider keeps the plural', () => {
    const pod = 'spec.containers';
    expect(at('Pod', pod)?.shape).toBe('blocks');
    expect(at('Pod', 'spec.initContainers')?.tf).toBe('init_container');
    expect(at('Pod', `${pod}.ports`)?.tf).toBe('port');
    expect(at('Pod', `${pod}.volumeMounts`)?.tf).toBe('volume_mount');
    expect(at('Pod', 'spec.tolerations')?.tf).toBe('toleration');
    expect(at('StatefulSet', 'spec.volumeClaimTemplates')?.tf).toBe('volume_claim_template');
    expect(at('Job', 'spec.podFailurePolicy.rules')?.tf).toBe('rule');
    expect(at('Pod', 'spec.imagePullSecrets')?.tf).toBe('image_pull_secrets');
    expect(at('Pod', 'spec.hostAliases')?.tf).toBe('host_aliases');
    expect(at('Deployment', 'spec.selector.matchExpressions')?.tf).toBe('match_expressions');
    expect(at('Pod', 'spec.volumes.configMap.items')?.tf).toBe('items');
    expect(at('Pod', 'spec.volumes.projected.sources')?.tf).toBe('sources');
  });

  it('knows maps, lists, blocks and the scalar types the provider changes', () => {
    expect(at('Service', 'spec.selector')?.shape).toBe('map');
    expect(at('Deployment', 'spec.selector')?.shape).toBe('block');
    expect(at('Pod', 'spec.containers.args')).toMatchObject({ shape: 'list', type: 'string' });
    expect(at('Pod', 'spec.volumes.secret.defaultMode')).toMatchObject({ type: 'octal' });
    expect(at('Pod', 'spec.volumes.configMap.items.mode')).toMatchObject({ type: 'octal' });
    expect(at('Service', 'spec.ports.targetPort')).toMatchObject({ type: 'intOrString' });
    expect(at('Deployment', 'spec.replicas')).toMatchObject({ type: 'int' });
    expect(at('Pod', 'spec.containers.restartPolicy')).toMatchObject({ tf: 'restart_policy' });
  });

  it('leaves out what the typed resources cannot carry', () => {
    for (const path of [
      'spec.ephemeralContainers',
      'spec.resourceClaims',
      'spec.schedulingGates',
      'spec.hostUsers',
      'spec.resources',
      'spec.overhead',
      'spec.setHostnameAsFQDN',
      'spec.preemptionPolicy',
      'spec.containers.resizePolicy',
      'spec.containers.lifecycle.preStop.sleep',
      'spec.containers.livenessProbe.terminationGracePeriodSeconds',
      'spec.volumes.image',
      'metadata.finalizers',
      'metadata.ownerReferences',
      'status',
    ]) {
      expect(at('Pod', path), path).toBeUndefined();
    }
    expect(at('Job', 'spec.successPolicy')).toBeUndefined();
    expect(at('StatefulSet', 'spec.ordinals')).toBeUndefined();
  });

  it('gives every provider name one Kubernetes field in each object', () => {
    for (const table of allTables()) {
      const names = Object.values(table).map((f) => f.tf);
      expect(new Set(names).size, names.join(', ')).toBe(names.length);
      for (const [k8s, f] of Object.entries(table))
        expect(fieldByTfName(table, f.tf)?.[0]).toBe(k8s);
    }
  });

  it('names each kind by its _v1 resource and reads the unversioned name too', () => {
    expect(typedResourceFor('apps/v1', 'DaemonSet')?.type).toBe('kubernetes_daemon_set_v1');
    expect(typedResourceNamed('kubernetes_daemonset')?.kind).toBe('DaemonSet');
    expect(typedResourceFor('batch/v1beta1', 'CronJob')).toBeUndefined();
    expect(typedResourceFor('v1', 'Secret')).toBeUndefined();
    for (const r of TYPED_RESOURCES) {
      expect(r.type).toBe(`${r.legacy.replace('daemonset', 'daemon_set')}_v1`);
      expect(typedResourceNamed(r.legacy)).toBe(r);
    }
    expect(TERRAFORM_ONLY.has('wait_for_rollout')).toBe(true);
    expect(TERRAFORM_ONLY.has('lifecycle')).toBe(true);
  });
});
