import type { RuleFamily } from '../context.ts';
import { objects } from './objects.ts';
import { cronjob } from './cronjob.ts';
import { pod } from './pod.ts';
import { practice } from './practice.ts';
import { privilege } from './privilege.ts';
import { security } from './security.ts';
import { schema } from './schema.ts';
import { servicePods } from './service-pods.ts';
import { workload } from './workload.ts';
import { names } from './names.ts';
import { containers } from './containers.ts';
import { sidecars } from './sidecars.ts';
import { ports } from './ports.ts';
import { env } from './env.ts';
import { volumes } from './volumes.ts';
import { mounts } from './mounts.ts';
import { shadows } from './shadows.ts';
import { probes } from './probes.ts';
import { resources } from './resources.ts';
import { qos } from './qos.ts';

/** Every rule family, in the order they run. */
export const FAMILIES: readonly RuleFamily[] = [
  objects,
  schema,
  pod,
  workload,
  cronjob,
  servicePods,
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
  shadows,
  probes,
  resources,
  qos,
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
