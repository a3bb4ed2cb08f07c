import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importTerraform, type TerraformImport } from './import.ts';
import { documentValues, hclTools, tfFixture, type Data, type HclTools } from './testing.ts';

let tools: HclTools;
beforeAll(async () => {
  tools = await hclTools();
});

// The seed's Terraform block as the blog post has it, which the paste tests use too.
const SEED = readFileSync(
  new URL('../../io/__fixtures__/recognise/terraform-deployment-cron-sidecar.tf', import.meta.url),
  'utf8',
);

async function imported(fixture: string): Promise<TerraformImport & { docs: Data[] }> {
  const text = fixture === 'seed' ? SEED : tfFixture(fixture);
  const result = await importTerraform(fixture, text, tools.parse);
  return { ...result, docs: documentValues(result.yaml) };
}

const named = (docs: Data[], name: string) => docs.find((d) => d.metadata?.name === name)!;

describe('the seed: kubernetes_deployment "django"', () => {
  it('is a Deployment whose containers django and cron both mount shared-app at /shared', async () => {
    const { docs, objects } = await imported('seed');
    expect(objects).toBe(1);
    const [deployment] = docs;
    expect(deployment).toMatchObject({ apiVersion: 'apps/v1', kind: 'Deployment' });
    const pod = deployment!.spec.template.spec;
    expect(pod.containers.map((c: any) => c.name)).toEqual(['django', 'cron']);
    for (const c of pod.containers) {
      expect(c.volumeMounts).toEqual([{ name: 'shared-app', mountPath: '/shared' }]);
    }
    expect(pod.volumes).toEqual([{ name: 'shared-app', emptyDir: {} }]);
    expect(pod.enableServiceLinks).toBe(false);
    expect(deployment!.spec.selector).toEqual({ matchLabels: { app: 'django' } });
    expect(pod.containers[0].ports).toEqual([
      { name: 'django-port', containerPort: '${var.django_port}' },
    ]);
  });

  it('keeps every unresolved expression as a visible placeholder, with one finding naming it', async () => {
    const { docs, findings } = await imported('seed');
    const deployment = docs[0]!;
    expect(deployment.metadata.namespace).toBe(
      '${kubernetes_namespace.app_namespace.metadata[0].name}',
    );
    expect(deployment.spec.replicas).toBe('${var.django_replicas}');
    const [django, cron] = deployment.spec.template.spec.containers;
    expect(django.image).toBe('${var.ecr_url}:latest');
    expect(cron.image).toBe('${var.cron_sidecar_ecr_url}:latest');
    expect(findings.map((f) => f.expression).sort()).toEqual([
      'kubernetes_namespace.app_namespace.metadata[0].name',
      'var.cron_sidecar_ecr_url',
      'var.django_port',
      'var.django_replicas',
      'var.ecr_url',
    ]);
    const replicas = findings.find((f) => f.expression === 'var.django_replicas')!;
    expect(replicas).toMatchObject({
      resource: 'kubernetes_deployment.django',
      path: 'spec.replicas',
    });
    expect(replicas.message).toContain('`var.django_replicas`');
  });

  it('writes YAML in the usual order: apiVersion, kind, metadata, spec; name first', async () => {
    const { yaml } = await imported('seed');
    expect(yaml.split('\n').slice(0, 3)).toEqual([
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
    ]);
    expect(yaml).toMatch(/containers:\n {8}- name: django\n {10}image: /);
  });
});

describe('every typed resource type imports, _v1 and unversioned', () => {
  it('kubernetes_deployment_v1 and kubernetes_deployment', async () => {
    const { docs, findings } = await imported('deployment.tf');
    const web = named(docs, 'web');
    expect(web).toMatchObject({ apiVersion: 'apps/v1', kind: 'Deployment' });
    expect(web.metadata).toEqual({
      name: 'web',
      namespace: 'shop',
      labels: { 'app.kubernetes.io/name': 'web' },
    });
    expect(web.spec.replicas).toBe(2);
    expect(web.spec.strategy).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 },
    });
    const pod = web.spec.template.spec;
    // init_container with restart_policy = "Always": a native sidecar.
    expect(pod.initContainers).toEqual([
      {
        name: 'log-shipper',
        image: 'fluent/fluent-bit:3.1',
        volumeMounts: [{ name: 'logs', mountPath: '/var/log/app', readOnly: true }],
        restartPolicy: 'Always',
      },
    ]);
    expect(pod.containers[0].env).toEqual([{ name: 'GREETING', value: 'hello ${USER}' }]);
    expect(pod.containers[0].ports).toEqual([{ name: 'http', containerPort: 80 }]);
    expect(pod.containers[0].volumeMounts).toHaveLength(2);
    expect(pod.volumes[1]).toEqual({
      name: 'config',
      configMap: {
        name: 'web-config',
        items: [{ key: 'default.conf', path: 'default.conf', mode: 0o600 }],
        defaultMode: 0o644,
      },
    });
    expect(named(docs, 'legacy').kind).toBe('Deployment');
    expect(findings.map((f) => f.message)).toEqual([
      "kubernetes_deployment_v1.web: `wait_for_rollout` is Terraform's, not the object's: left out",
    ]);
  });

  it('kubernetes_stateful_set_v1 and kubernetes_stateful_set', async () => {
    const { docs, findings } = await imported('stateful-set.tf');
    const db = named(docs, 'db');
    expect(db).toMatchObject({ apiVersion: 'apps/v1', kind: 'StatefulSet' });
    expect(db.spec.serviceName).toBe('db');
    expect(db.spec.updateStrategy).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { partition: 1 },
    });
    expect(db.spec.volumeClaimTemplates).toEqual([
      {
        metadata: { name: 'data' },
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } },
      },
    ]);
    expect(named(docs, 'old').kind).toBe('StatefulSet');
    expect(findings).toEqual([]);
  });

  it('kubernetes_daemon_set_v1 and kubernetes_daemonset', async () => {
    const { docs } = await imported('daemon-set.tf');
    const agent = named(docs, 'agent');
    expect(agent).toMatchObject({ apiVersion: 'apps/v1', kind: 'DaemonSet' });
    expect(agent.spec.updateStrategy).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxUnavailable: 1 },
    });
    const pod = agent.spec.template.spec;
    expect(pod).toMatchObject({ hostNetwork: true, hostPID: true });
    expect(pod.tolerations).toEqual([{ operator: 'Exists', effect: 'NoSchedule' }]);
    expect(pod.containers[0].securityContext).toEqual({
      runAsUser: 65534,
      capabilities: { drop: ['ALL'] },
    });
    expect(named(docs, 'legacy-agent').kind).toBe('DaemonSet');
  });

  it('kubernetes_job_v1 and kubernetes_job', async () => {
    const { docs, findings } = await imported('job.tf');
    const job = named(docs, 'migrate');
    expect(job).toMatchObject({ apiVersion: 'batch/v1', kind: 'Job' });
    expect(job.spec).toMatchObject({ backoffLimit: 2, ttlSecondsAfterFinished: 100 });
    expect(job.spec.template.spec.containers[0].command).toEqual([
      'migrate',
      '-path',
      '/migrations',
      'up',
    ]);
    expect(named(docs, 'legacy-job').spec.template.spec.restartPolicy).toBe('OnFailure');
    expect(findings.map((f) => f.message).sort()).toEqual([
      "kubernetes_job_v1.migrate: `timeouts` is Terraform's, not the object's: left out",
      "kubernetes_job_v1.migrate: `wait_for_completion` is Terraform's, not the object's: left out",
    ]);
  });

  it('kubernetes_cron_job_v1 and kubernetes_cron_job (batch/v1beta1 in the provider)', async () => {
    const { docs, findings } = await imported('cron-job.tf');
    const report = named(docs, 'report');
    expect(report).toMatchObject({ apiVersion: 'batch/v1', kind: 'CronJob' });
    expect(report.spec).toMatchObject({
      schedule: '0 2 * * *',
      timeZone: 'Etc/UTC',
      concurrencyPolicy: 'Forbid',
    });
    expect(report.spec.jobTemplate.spec.template.spec.containers[0].args).toEqual([
      'sh',
      '-c',
      'date',
    ]);
    expect(named(docs, 'old-report')).toMatchObject({ apiVersion: 'batch/v1', kind: 'CronJob' });
    expect(findings.map((f) => f.resource)).toEqual(['kubernetes_cron_job.old']);
    expect(findings[0]!.message).toContain('batch/v1beta1');
  });

  it('kubernetes_pod_v1 and kubernetes_pod', async () => {
    const { docs } = await imported('pod.tf');
    const pod = named(docs, 'debug');
    expect(pod).toMatchObject({ apiVersion: 'v1', kind: 'Pod' });
    expect(pod.spec.securityContext).toEqual({
      runAsUser: 1000,
      runAsNonRoot: true,
      fsGroup: 2000,
    });
    const [app] = pod.spec.containers;
    expect(app.readinessProbe).toEqual({
      httpGet: { path: '/healthz', port: 'http' },
      periodSeconds: 5,
    });
    expect(app.livenessProbe).toEqual({ tcpSocket: { port: 8080 } });
    expect(app.resources).toEqual({
      limits: { memory: '128Mi' },
      requests: { cpu: '100m', memory: '64Mi' },
    });
    expect(named(docs, 'legacy-pod').kind).toBe('Pod');
  });

  it('kubernetes_service_v1 and kubernetes_service', async () => {
    const { docs, findings } = await imported('service.tf');
    const web = named(docs, 'web');
    expect(web).toMatchObject({ apiVersion: 'v1', kind: 'Service' });
    expect(web.spec).toEqual({
      type: 'ClusterIP',
      selector: { app: 'web' },
      ports: [
        { name: 'http', port: 80, targetPort: 8080 },
        { name: 'metrics', port: 9090, targetPort: 'metrics' },
      ],
    });
    expect(named(docs, 'db').spec.clusterIP).toBe('None');
    expect(findings.map((f) => f.resource)).toEqual(['kubernetes_service_v1.web']);
  });

  it('kubernetes_config_map_v1 and kubernetes_config_map', async () => {
    const { docs } = await imported('config-map.tf');
    expect(named(docs, 'web-config')).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'web-config' },
      data: { MODE: 'production', 'default.conf': 'server {\n  listen 80;\n}\n' },
      binaryData: { 'logo.png': 'iVBORw0KGgo=' },
    });
    expect(named(docs, 'legacy-config')).toMatchObject({ immutable: true, data: { key: 'value' } });
  });

  it('kubernetes_persistent_volume_claim_v1 and kubernetes_persistent_volume_claim', async () => {
    const { docs, findings } = await imported('persistent-volume-claim.tf');
    expect(named(docs, 'data')).toEqual({
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'data' },
      spec: {
        accessModes: ['ReadWriteOnce'],
        resources: { requests: { storage: '5Gi' } },
        storageClassName: 'standard',
      },
    });
    expect(named(docs, 'legacy-data').spec.accessModes).toEqual(['ReadWriteMany']);
    expect(findings.map((f) => f.message)).toEqual([
      "kubernetes_persistent_volume_claim_v1.data: `wait_until_bound` is Terraform's, not the object's: left out",
    ]);
  });
});

describe('kubernetes_manifest', () => {
  it('reads an object manifest as it is, escapes undone, and a yamldecode heredoc', async () => {
    const { docs, findings } = await imported('manifest.tf');
    const web = named(docs, 'web');
    expect(web.metadata.annotations).toEqual({ 'kubectl.kubernetes.io/default-container': 'app' });
    expect(web.spec.replicas).toBe(2);
    expect(web.spec.template.spec.containers[0].command).toEqual([
      'sh',
      '-c',
      'echo ${HOME} and %{x}',
    ]);
    expect(named(docs, 'settings')).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'settings' },
      data: { level: 'debug' },
    });
    expect(findings.map((f) => f.message)).toEqual([
      "kubernetes_manifest.settings: `field_manager` is Terraform's, not the object's: left out",
    ]);
  });
});

describe('what Terraform says that a design cannot', () => {
  it('names meta-arguments, dynamic blocks and every expression', async () => {
    const { docs, findings } = await imported('expressions.tf');
    const expressions = findings.flatMap((f) => (f.expression ? [f.expression] : []));
    expect(expressions).toEqual(
      expect.arrayContaining([
        'var.x',
        'local.y',
        'var.only',
        'jsonencode({ a = 1 })',
        'var.a ? "x" : "y"',
        'count.index',
        'var.cs',
        'container.value',
      ]),
    );
    const messages = findings.map((f) => f.message);
    // A placeholder in a long or multi-line value is shown by itself.
    expect(messages).toContain(
      'kubernetes_manifest.web: spec.heredoc: `var.z` is a Terraform expression Podsmith cannot resolve: kept as the placeholder "${var.z}"',
    );
    for (const [resource, argument] of [
      ['kubernetes_deployment_v1.a', 'count'],
      ['kubernetes_config_map_v1.per_env', 'for_each'],
      ['kubernetes_config_map_v1.per_env', 'provider'],
      ['kubernetes_config_map_v1.per_env', 'depends_on'],
      ['kubernetes_config_map_v1.per_env', 'lifecycle'],
    ]) {
      expect(messages).toContain(
        `${resource}: \`${argument}\` is Terraform's, not the object's: left out`,
      );
    }
    expect(named(docs, 'settings-${each.key}').data).toEqual({ env: '${each.key}' });
    const a = named(docs, 'a-${count.index}');
    const pod = a.spec.template.spec;
    // The dynamic block's content, once, with its iterator left as a placeholder.
    expect(pod.containers).toEqual([{ name: '${container.value}' }]);
    expect(pod.initContainers).toEqual([{ name: 'side', restartPolicy: 'Always' }]);
    const web = named(docs, 'web');
    expect(web.spec.cmd).toEqual(['sh', '-c', 'echo ${HOME} and %{x} and $HOME']);
    expect(web.spec.tpl).toBe('prefix-${var.x}-${local.y}');
    expect(web.spec.list_of_obj).toEqual([{ name: 'a' }, { name: 'b' }]);
  });

  it('reports a file that is not HCL with the parser’s own words', async () => {
    const result = await importTerraform('bad.tf', 'resource "x" "y" {\n', tools.parse);
    expect(result.objects).toBe(0);
    expect(result.yaml).toBe('');
    expect(result.findings[0]!.message).toMatch(/bad\.tf:1,\d+-\d+: Unclosed configuration block/);
  });

  it('says when a file has no resources to convert', async () => {
    const text = 'variable "replicas" {\n  default = 2\n}\n';
    const result = await importTerraform('vars.tf', text, tools.parse);
    expect(result).toEqual({
      yaml: '',
      objects: 0,
      findings: [{ message: 'The file holds no Terraform resources to convert.' }],
    });
  });

  it('says which resources have no design object', async () => {
    const text =
      'resource "kubernetes_namespace" "app" {\n  metadata {\n    name = "app"\n  }\n}\n';
    const result = await importTerraform('ns.tf', text, tools.parse);
    expect(result.objects).toBe(0);
    expect(result.findings).toEqual([
      {
        resource: 'kubernetes_namespace.app',
        message:
          'kubernetes_namespace.app: Podsmith has no design object for this resource type: left out',
      },
    ]);
  });
});
