import { stringify } from 'yaml';
import type { UpstreamCase } from './cases.ts';

// TestValidateServiceCreate and TestValidateServiceExternalTrafficPolicy of
// pkg/apis/core/validation/validation_test.go (kubernetes/kubernetes @ 000f26050b9be6fb3d79fae95e06b47fc96128cd,
// the stored version read_file reports; its cases carry 1.33/1.34 declarative-validation origins).
// Upstream's tables count errors on internal objects built without defaulting; here each case is
// the v1 manifest a user would apply, its errors written where Podsmith reports them. Where the
// API server defaults a field before validating (SetDefaults_Service), the upstream error cannot
// happen to a manifest: such cases are listed with `skip`. Podsmith reports a cluster IP the user
// wrote as `clusterIP` at `spec.clusterIP` (upstream: `spec.clusterIPs[0]`, the list the API server
// makes from it), and an unknown enum value as the schema's `Unsupported value` at the field.

export type Obj = Record<string, unknown>;
export const SOURCE =
  'pkg/apis/core/validation/validation_test.go @ kubernetes 000f26050b9be6fb3d79fae95e06b47fc96128cd';
export const DEFAULTED =
  'the API server defaults this field (SetDefaults_Service) before it validates, so a manifest cannot leave it empty';

/** makeValidService, as a manifest. */
export function base(): Obj {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'valid', namespace: 'valid', labels: {}, annotations: {} },
    spec: {
      selector: { key: 'val' },
      type: 'ClusterIP',
      ports: [{ name: 'p', protocol: 'TCP', port: 8675, targetPort: 8675 }],
    },
  };
}

export const LB = {
  type: 'LoadBalancer',
  externalTrafficPolicy: 'Cluster',
  allocateLoadBalancerNodePorts: true,
};
export const NP = { type: 'NodePort', externalTrafficPolicy: 'Cluster' };
export const port = (name: string, p: number, extra: Obj = {}) => ({
  name,
  port: p,
  protocol: 'TCP',
  targetPort: p,
  ...extra,
});

/** A case: `spec` fields merged into the valid Service, `tweak` for the rest. */
export function c(
  name: string,
  spec: Obj,
  errors: string[] = [],
  tweak?: (svc: Obj & { spec: Obj; metadata: Obj }) => void,
  skip?: string,
): UpstreamCase {
  const svc = base() as Obj & { spec: Obj; metadata: Obj };
  Object.assign(svc.spec, spec);
  tweak?.(svc);
  return { name, yaml: stringify(svc), errors, ...(skip ? { skip } : {}) };
}
export const addPorts =
  (...ports: Obj[]) =>
  (s: { spec: Obj }) => {
    (s.spec.ports as Obj[]).push(...ports);
  };
export const annotate = (key: string, value: string) => (s: { metadata: Obj }) => {
  (s.metadata.annotations as Obj)[key] = value;
};
export const RANGES = 'service.beta.kubernetes.io/load-balancer-source-ranges';
export const RANGES_PATH = `metadata.annotations["${RANGES}"]`;
export const dual = { ipFamilyPolicy: 'RequireDualStack' };
