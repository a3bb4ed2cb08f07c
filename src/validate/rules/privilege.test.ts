import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../yaml/parse.ts';
import { validateDesign } from '../index.ts';

const findings = (spec: string, id: string) =>
  validateDesign(parseDesign(`apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n${spec}`))
    .filter((d) => d.ruleId === id)
    .map((d) => d.message);

describe('sc-run-as-root', () => {
  it('a pod-level user ID of 1 or more, or runAsNonRoot, is enough', () => {
    const app = '  containers:\n    - name: app\n      image: nginx:1.27.3\n';
    expect(findings(`  securityContext:\n    runAsUser: 101\n${app}`, 'sc-run-as-root')).toEqual(
      [],
    );
    expect(
      findings(`  securityContext:\n    runAsNonRoot: true\n${app}`, 'sc-run-as-root'),
    ).toEqual([]);
    expect(findings(app, 'sc-run-as-root')).toEqual([
      'spec.containers[0].securityContext: may run as root: neither runAsNonRoot: true nor a runAsUser of 1 or more is set for the pod or the container, so the image decides; set runAsNonRoot: true',
    ]);
  });

  it("a container's runAsUser 0 overrides the pod's runAsNonRoot", () => {
    const spec = `  securityContext:
    runAsNonRoot: true
  containers:
    - name: app
      image: nginx:1.27.3
      securityContext:
        runAsUser: 0
`;
    expect(findings(spec, 'sc-run-as-root')).toEqual([
      'spec.containers[0].securityContext.runAsUser: runs as root (runAsUser: 0): a breakout from the container starts as root on the node; run as a user ID of 1 or more',
    ]);
  });

  it('skips Windows pods (they use runAsUserName)', () => {
    const spec = `  os:
    name: windows
  containers:
    - name: app
      image: mcr.microsoft.com/windows/nanoserver:ltsc2022
`;
    expect(findings(spec, 'sc-run-as-root')).toEqual([]);
  });
});

describe('volume-hostpath-risk', () => {
  const mounted = (path: string, readOnly: boolean) => `  containers:
    - name: shipper
      image: fluent/fluent-bit:3.2.2
      volumeMounts:
        - name: host
          mountPath: /host
          readOnly: ${readOnly}
  volumes:
    - name: host
      hostPath:
        path: ${path}
`;

  it('calls system directories sensitive, with or without a trailing slash', () => {
    expect(findings(mounted('/etc/', true), 'volume-hostpath-risk')).toEqual([
      'spec.volumes[0].hostPath.path: hostPath "/etc/" is a sensitive node directory: a container that reaches it can read node secrets or take over the node',
    ]);
    expect(findings(mounted('/proc', true), 'volume-hostpath-risk')[0]).toContain(
      'is a sensitive node directory',
    );
  });

  it('names the containers that mount a hostPath read-write', () => {
    expect(findings(mounted('/var/log', false), 'volume-hostpath-risk')).toEqual([
      'spec.volumes[0].hostPath.path: hostPath "/var/log" ties the pod to the files of one node and reaches outside its sandbox; prefer a PersistentVolumeClaim, emptyDir or configMap; mounted read-write by "shipper"',
    ]);
  });
});

describe('host-namespaces and process sharing', () => {
  it('one finding per host namespace the pod joins', () => {
    const spec =
      '  hostNetwork: true\n  hostIPC: true\n  containers:\n    - name: app\n      image: nginx:1.27.3\n';
    expect(findings(spec, 'host-namespaces')).toEqual([
      "spec.hostNetwork: the pod uses the node's network: it sees every interface of the node and its ports clash with the node's own",
      "spec.hostIPC: the pod shares the node's IPC namespace: shared memory of other processes on the node",
    ]);
  });

  it('sc-privileged only for privileged: true', () => {
    const spec = (v: string) =>
      `  containers:\n    - name: app\n      image: nginx:1.27.3\n      securityContext:\n        privileged: ${v}\n`;
    expect(findings(spec('false'), 'sc-privileged')).toEqual([]);
    expect(findings(spec('true'), 'sc-privileged')).toHaveLength(1);
  });
});
