import type { RuleFamily } from '../context.ts';
import { objects } from './objects.ts';
import { cronjob } from './cronjob.ts';
import { pod } from './pod.ts';
import { practice } from './practice.ts';
import { privilege } from './privilege.ts';
import { security } from './security.ts';
import { schema } from './schema.ts';
import { servicePods } from './service-pods.ts';
import { serviceSpec } from './service-spec.ts';
import { appsSpec } from './apps-spec.ts';
import { jobSpec } from './job-spec.ts';
import { replicationController } from './replication-controller.ts';
import { workload } from './workload.ts';
import { names } from './names.ts';
import { containers } from './containers.ts';
import { sidecars } from './sidecars.ts';
import { ports } from './ports.ts';
import { env } from './env.ts';
import { volumes } from './volumes.ts';
import { mounts } from './mounts.ts';
import { volumeSources } from './volume-sources.ts';
import { mountFields } from './mount-fields.ts';
import { shadows } from './shadows.ts';
import { probes } from './probes.ts';
import { resources } from './resources.ts';
import { qos } from './qos.ts';
import { securityContext } from './security-context.ts';
import { scheduling } from './scheduling.ts';
import { podDns } from './pod-dns.ts';
import { podSpecFields } from './pod-spec-fields.ts';
import { containerFields } from './container-fields.ts';
import { lifecycle } from './lifecycle.ts';
import { containerResources } from './container-resources.ts';
import { podResources } from './pod-resources.ts';
import { envSources } from './env-sources.ts';
import { ephemeral } from './ephemeral.ts';
import { meta } from './meta.ts';
import { configObjects } from './config-objects.ts';
import { podApiWarnings } from './pod-warnings.ts';

/** Every rule family, in the order they run. */
export const FAMILIES: readonly RuleFamily[] = [
  objects,
  schema,
  pod,
  workload,
  cronjob,
  servicePods,
  serviceSpec,
  appsSpec,
  jobSpec,
  replicationController,
  practice,
  privilege,
  security,
  names,
  containers,
  sidecars,
  ports,
  env,
  volumes,
  mounts,
  volumeSources,
  mountFields,
  shadows,
  probes,
  resources,
  qos,
  securityContext,
  scheduling,
  podDns,
  podSpecFields,
  containerFields,
  lifecycle,
  containerResources,
  podResources,
  envSources,
  ephemeral,
  meta,
  configObjects,
  podApiWarnings,
];

/** Every rule id Podsmith can report (YAML and schema ids included). */
export const RULE_IDS: readonly string[] = [
  'yaml-syntax',
  'yaml-duplicate-key',
  'yaml-invalid-key',
  'yaml-limit',
  'text-format',
  ...FAMILIES.flatMap((f) => f.ids),
];
