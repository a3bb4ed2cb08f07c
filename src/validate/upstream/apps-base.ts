import { stringify } from 'yaml';
import type { UpstreamCase } from './cases.ts';

// TestValidateStatefulSet, TestValidateStatefulSetMinReadySeconds, TestValidateDaemonSet,
// TestDaemonSetUpdateMaxSurge, TestValidateDeployment and TestValidateReplicaSet of
// pkg/apis/apps/validation/validation_test.go (kubernetes/kubernetes, the stored version found with
// find_string, id 39353353: the mkStatefulSet/tweak one with ordinals and PVC retention cases; its
// commit was not reported). Upstream builds internal objects without defaulting; each case here is
// the apps/v1 manifest a user would apply. Where the API server defaults the field upstream leaves
// empty, the case is listed with `skip`. ObjectMeta cases (labels, annotations, namespace) belong
// to the metadata suites and are not repeated. Where Podsmith words a check differently the
// expected error is Podsmith's, noted beside the case: an unknown strategy type or
// podManagementPolicy is the schema's `Unsupported value` at the field (upstream: the whole
// strategy, or Invalid), and a missing selector is reported once, as required.

export type Obj = Record<string, unknown>;
export type Tweak = (o: Obj & { spec: Obj; metadata: Obj }) => void;
export const SOURCE =
  'pkg/apis/apps/validation/validation_test.go @ kubernetes (stored version, find_string id 39353353; commit not reported)';
export const DEFAULTED =
  'the API server defaults this field (apps/v1 SetDefaults_*) before it validates, so a manifest cannot leave it empty';
export const GATE =
  'MaxUnavailableStatefulSet is off by default through 1.34, the version these cases run at (the API server drops maxUnavailable); it is on by default from 1.35';

export const container = { name: 'abc', image: 'image', imagePullPolicy: 'IfNotPresent' };
export const template = (labels: Obj = { a: 'b' }, spec: Obj = {}) => ({
  metadata: { labels },
  spec: { restartPolicy: 'Always', dnsPolicy: 'ClusterFirst', containers: [container], ...spec },
});

/** An apps/v1 object of `kind` with `spec`, tweaked; a case from it. */
export function make(kind: string, spec: Obj) {
  return (name: string, errors: string[], ...rest: (Tweak | string)[]): UpstreamCase => {
    const o = {
      apiVersion: 'apps/v1',
      kind,
      metadata: { name: 'abc', namespace: 'default' },
      spec: structuredClone(spec),
    } as Obj & { spec: Obj; metadata: Obj };
    let skip: string | undefined;
    for (const r of rest)
      if (typeof r === 'string') skip = r;
      else r(o);
    return { name, yaml: stringify(o), errors, ...(skip ? { skip } : {}) };
  };
}
export const set =
  (fields: Obj): Tweak =>
  (o) =>
    void Object.assign(o.spec, fields);
export const podSpec =
  (fields: Obj): Tweak =>
  (o) =>
    void Object.assign((o.spec.template as Obj & { spec: Obj }).spec, fields);
