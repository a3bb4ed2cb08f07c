import type { K8sVersion } from '../versions.ts';

// Kubernetes' own validation tests, ported as data. Upstream's tests are tables of valid and
// invalid objects with the expected field paths and error types; each suite here is one upstream
// test function, its cases written as the manifests a user would apply (v1 field paths).

/** One upstream test case. */
export interface UpstreamCase {
  /** Upstream's name for the case (its map key or `name` field), so it can be found there. */
  readonly name: string;
  /** The whole object (or objects) as YAML. */
  readonly yaml: string;
  /**
   * The errors upstream expects, each as `path: Type` in kubectl's form
   * (`spec.tolerations[0].operator: Unsupported value`); empty for a valid case, which must then
   * produce no error at all.
   */
  readonly errors: readonly string[];
  /** The target version, when the case is about one (default 1.34). */
  readonly k8s?: K8sVersion;
  /**
   * Why Podsmith cannot decide this case from a manifest alone (an update, a feature gate turned on
   * by hand, cluster state): such a case is listed, not run.
   */
  readonly skip?: string;
}

/** One upstream test function and its cases. */
export interface UpstreamSuite {
  /** The upstream test function (`TestValidateTolerations`). */
  readonly test: string;
  /** The upstream validation function(s) it exercises (`validateTolerations`). */
  readonly functions: readonly string[];
  /** File and version read: `pkg/apis/core/validation/validation_test.go @ kubernetes <commit or tag>`. */
  readonly source: string;
  readonly cases: readonly UpstreamCase[];
}
