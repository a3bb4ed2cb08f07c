import type { UpstreamSuite } from './cases.ts';
import { SECURITY_CONTEXT_SUITES } from './security-context.ts';
import { SECURITY_PROFILE_SUITES } from './security-context-profiles.ts';
import { SECURITY_WINDOWS_SUITES } from './security-context-windows.ts';
import { VOLUMES_SUITE } from './volumes.ts';
import { VOLUME_SOURCE_SUITES } from './volumes-sources.ts';
import { VOLUME_MOUNT_SUITES } from './volumes-mounts.ts';
import { META_SUITES } from './meta.ts';
import { CONFIG_OBJECT_SUITES } from './config-objects.ts';
import { PVC_SUITES } from './pvc.ts';
import { CONTAINER_SUITES } from './containers.ts';
import { CONTAINER_ENV_SUITES } from './containers-env.ts';
import { CONTAINER_FIELD_SUITES } from './containers-fields.ts';
import { AFFINITY_SUITES } from './scheduling-affinity.ts';
import { SCHEDULING_SUITES } from './scheduling.ts';
import { POD_DNS_SUITES } from './pod-dns.ts';
import { POD_SPEC_FIELD_SUITES } from './pod-spec-fields.ts';
import { SERVICE_SUITES } from './service.ts';
import { APPS_SUITES } from './apps.ts';
import { BATCH_SUITES } from './batch.ts';

/** Every ported upstream test suite (the conformance suite `upstream.test.ts` runs). */
export const SUITES: readonly UpstreamSuite[] = [
  ...SECURITY_CONTEXT_SUITES,
  ...SECURITY_PROFILE_SUITES,
  ...SECURITY_WINDOWS_SUITES,
  VOLUMES_SUITE,
  ...VOLUME_SOURCE_SUITES,
  ...VOLUME_MOUNT_SUITES,
  ...META_SUITES,
  ...CONFIG_OBJECT_SUITES,
  ...PVC_SUITES,
  ...CONTAINER_SUITES,
  ...CONTAINER_ENV_SUITES,
  ...CONTAINER_FIELD_SUITES,
  ...AFFINITY_SUITES,
  ...SCHEDULING_SUITES,
  ...POD_DNS_SUITES,
  ...POD_SPEC_FIELD_SUITES,
  ...SERVICE_SUITES,
  ...APPS_SUITES,
  ...BATCH_SUITES,
];
