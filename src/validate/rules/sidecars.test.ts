import { describe, expect, it } from 'vitest';
import { sidecars } from './sidecars.ts';
import { findings, lint, pod } from './testing.ts';

const ids = sidecars.ids;

const job = (spec: string, extra = '') => `apiVersion: batch/v1
kind: Job
metadata:
  name: j
spec:
  template:
    spec:
      restartPolicy: Never
${extra}${spec.replace(/^/gm, '    ')}`;

describe('init-container-long-running', () => {
  it('warns on the field that shows it', () => {
    const text = pod(`  initContainers:
    - name: hold
      image: busybox:1.36
      command: [sleep, infinity]
    - name: db
      image: postgres:17.2
  containers:
    - name: app
      image: nginx:1.27
`);
    const found = findings(text, ids);
    expect(found.map((d) => [d.severity, d.message.split(':')[0]])).toEqual([
      ['warning', 'spec.initContainers[0].command'],
      ['warning', 'spec.initContainers[1].image'],
    ]);
  });
});

describe('sidecar-requires-1-29', () => {
  const text = pod(`  initContainers:
    - name: shipper
      image: alpine:3.20
      restartPolicy: Always
      command: [sh, -c, "tail -F /logs/app.log"]
  containers:
    - name: app
      image: nginx:1.27
`);

  it('is an error on 1.27, a warning on 1.28, nothing from 1.29', () => {
    expect(findings(text, ids, '1.27').map((d) => d.severity)).toEqual(['error']);
    expect(findings(text, ids, '1.28').map((d) => d.severity)).toEqual(['warning']);
    expect(findings(text, ids, '1.29')).toEqual([]);
    expect(findings(text, ids, '1.36')).toEqual([]);
  });

  it('does not call a dropped sidecar a long-running init container as well', () => {
    expect(findings(text, ['init-container-long-running'], '1.28')).toEqual([]);
  });
});

describe('sidecar-startup-ordering', () => {
  const ordered = (first: string, second: string) =>
    pod(`  initContainers:
${first}${second}  containers:
    - name: app
      image: registry.example.com/app:1.0
`);
  const migrate = `    - name: migrate
      image: registry.example.com/app:1.0
      command: [/app, migrate, --db, "postgres://app@localhost:6432/app"]
`;
  const bouncer = (probe = '') => `    - name: bouncer
      image: edoburu/pgbouncer:v1.23.1
      restartPolicy: Always
      ports:
        - containerPort: 6432
${probe}`;
  const probe = `      startupProbe:
        tcpSocket:
          port: 6432
`;

  it('warns when an init container needing a later sidecar runs first', () => {
    expect(lint(ordered(migrate, bouncer(probe)), ids)).toEqual([
      'warning sidecar-startup-ordering spec.initContainers[0]: runs before the native sidecar "bouncer" (spec.initContainers[1]) it seems to need: init containers start strictly in list order, so it starts while the sidecar is not running yet; move it after the sidecar',
    ]);
    expect(lint(ordered(bouncer(probe), migrate), ids)).toEqual([]);
  });

  it('sees a dependency on any sidecar serving the port the init container connects to', () => {
    const cache = `    - name: cache
      image: registry.example.com/cache:2.0
      restartPolicy: Always
      ports:
        - containerPort: 11211
${probe}`;
    const warm = `    - name: warm
      image: registry.example.com/app:1.0
      env:
        - name: CACHE_ADDR
          value: 127.0.0.1:11211
`;
    expect(findings(ordered(warm, cache), ids).map((d) => d.severity)).toEqual(['warning']);
    const elsewhere = warm.replace('127.0.0.1:11211', 'cache.internal:11211');
    expect(findings(ordered(elsewhere, cache), ids)).toEqual([]);
  });

  it('notes a proxy others depend on without a startupProbe or postStart hook', () => {
    expect(lint(ordered(bouncer(), migrate), ids)).toEqual([
      expect.stringMatching(
        /^info sidecar-startup-ordering spec\.initContainers\[0\]: has no startupProbe/,
      ),
    ]);
    const hook = `      lifecycle:
        postStart:
          exec:
            command: [sh, -c, "until nc -z 127.0.0.1 6432; do sleep 1; done"]
`;
    expect(lint(ordered(bouncer(hook), migrate), ids)).toEqual([]);
  });

  it('leaves ordering alone before native sidecars exist', () => {
    expect(
      findings(ordered(migrate, bouncer(probe)), ['sidecar-startup-ordering'], '1.28'),
    ).toEqual([]);
  });
});

describe('job-classic-sidecar-never-exits', () => {
  const spec = `  containers:
    - name: work
      image: registry.example.com/work:1.0
      command: [/bin/work]
    - name: shipper
      image: alpine:3.20
      command: [sh, -c, "tail -F /logs/work.log"]
`;

  it('warns on the helper and offers the native-sidecar fix from 1.29', () => {
    const [d] = findings(job(spec), ids);
    expect(d).toMatchObject({
      ruleId: 'job-classic-sidecar-never-exits',
      severity: 'warning',
      fix: 'convert-to-native-sidecar',
      message:
        'spec.template.spec.containers[1]: keeps running after the main container "work" exits (tail -f), so the pod never completes and the Job never finishes; make it a native sidecar (an initContainers entry with restartPolicy: Always): Kubernetes stops it once the main container is done',
    });
  });

  it('explains the way out on versions without native sidecars, without a fix', () => {
    const [d] = findings(job(spec), ids, '1.28');
    expect(d?.fix).toBe(undefined);
    expect(d?.message).toMatch(/native sidecars, which Kubernetes stops .* need Kubernetes 1\.29/);
  });

  it('follows the default-container annotation to name the main container', () => {
    const annotated = job(spec).replace(
      '    spec:\n      restartPolicy',
      '    metadata:\n      annotations:\n        kubectl.kubernetes.io/default-container: shipper\n    spec:\n      restartPolicy',
    );
    // The shipper is the main container now; the other one is the helper, and it exits.
    expect(findings(annotated, ids)).toEqual([]);
  });

  it('trusts a main container that stops the helper itself', () => {
    const killer = spec.replace(
      'command: [/bin/work]',
      'command: [sh, -c, "/bin/work; pkill tail"]',
    );
    expect(findings(job(killer, '      shareProcessNamespace: true\n'), ids)).toEqual([]);
    // Without a shared process namespace the kill cannot reach the other container.
    expect(findings(job(killer), ids)).toHaveLength(1);
  });

  it('leaves Deployments and single-container Jobs alone', () => {
    const single = `  containers:
    - name: work
      image: alpine:3.20
      command: [sh, -c, "tail -F /logs/work.log"]
`;
    expect(findings(job(single), ids)).toEqual([]);
    expect(findings(pod(spec), ids)).toEqual([]);
  });
});
