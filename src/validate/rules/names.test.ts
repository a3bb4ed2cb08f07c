import { describe, expect, it } from 'vitest';
import { names } from './names.ts';
import { findings, lint, pod } from './testing.ts';

const ids = names.ids;

describe('container names', () => {
  it('asks for a name that is empty or missing, in the API words', () => {
    const text = pod(`  containers:
    - name: ""
      image: nginx:1.27
    - image: busybox:1.36
`);
    expect(lint(text, ids)).toEqual([
      'error container-name-invalid spec.containers[0].name: Required value',
      'error container-name-invalid spec.containers[1].name: Required value',
    ]);
    // The schema's own `required` finding on the same field is dropped: one problem, one message.
    expect(lint(text, ['schema-required'])).toEqual([]);
  });

  it('refuses a name longer than a DNS label', () => {
    const text = pod(`  containers:
    - name: ${'a'.repeat(64)}
      image: nginx:1.27
`);
    expect(lint(text, ids)).toEqual([
      `error container-name-invalid spec.containers[0].name: Invalid value: "${'a'.repeat(64)}": must be no more than 63 characters`,
    ]);
  });

  it('reports a duplicate on the init container even though it comes first, as the API does', () => {
    const text = pod(`  initContainers:
    - name: app
      image: busybox:1.36
    - name: setup
      image: busybox:1.36
    - name: setup
      image: busybox:1.36
  containers:
    - name: app
      image: nginx:1.27
`);
    const found = findings(text, ids);
    expect(found.map((d) => d.message)).toEqual([
      'spec.initContainers[0].name: Duplicate value: "app"',
      'spec.initContainers[2].name: Duplicate value: "setup"',
    ]);
    expect(found.every((d) => d.fix === 'rename-duplicate-container')).toBe(true);
    expect(found[0]).toMatchObject({ line: 7, column: 7 });
  });

  it('counts a native sidecar like any init container', () => {
    const text = pod(`  initContainers:
    - name: proxy
      image: envoyproxy/envoy:v1.32.3
      restartPolicy: Always
  containers:
    - name: app
      image: nginx:1.27
    - name: proxy
      image: envoyproxy/envoy:v1.32.3
`);
    expect(lint(text, ids)).toEqual([
      'error container-name-duplicate spec.initContainers[0].name: Duplicate value: "proxy"',
    ]);
  });

  it('points at the path inside a CronJob', () => {
    const text = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: c
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: Job
              image: busybox:1.36
`;
    expect(lint(text, ['container-name-invalid'])[0]).toMatch(
      /^error container-name-invalid spec\.jobTemplate\.spec\.template\.spec\.containers\[0\]\.name: Invalid value: "Job": a lowercase RFC 1123 label/,
    );
  });
});

describe('volume names', () => {
  it('refuses empty, invalid and repeated names; an invalid name does not claim its name', () => {
    const text = pod(`  containers:
    - name: app
      image: nginx:1.27
  volumes:
    - name: ""
      emptyDir: {}
    - name: web.content
      emptyDir: {}
    - name: web.content
      emptyDir: {}
    - name: data
      emptyDir: {}
    - name: data
      emptyDir: {}
`);
    expect(lint(text, ids)).toEqual([
      'error volume-name-invalid-or-duplicate spec.volumes[0].name: Required value',
      // IsDNS1123Label's words for a name that is a subdomain but not a label.
      'error volume-name-invalid-or-duplicate spec.volumes[1].name: Invalid value: "web.content": must not contain dots',
      'error volume-name-invalid-or-duplicate spec.volumes[2].name: Invalid value: "web.content": must not contain dots',
      'error volume-name-invalid-or-duplicate spec.volumes[4].name: Duplicate value: "data"',
    ]);
  });

  it('checks StatefulSet claim templates among themselves, not against volumes', () => {
    const text = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: db
          image: postgres:17.2
      volumes:
        - name: data
          emptyDir: {}
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
    - metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
    - metadata:
        labels:
          tier: db
      spec:
        accessModes: [ReadWriteOnce]
`;
    expect(lint(text, ids)).toEqual([
      'error volume-name-invalid-or-duplicate spec.volumeClaimTemplates[1].metadata.name: Duplicate value: "data"',
      'error volume-name-invalid-or-duplicate spec.volumeClaimTemplates[2].metadata.name: Required value',
    ]);
  });

  it('ignores claim templates outside StatefulSets and never throws on odd shapes', () => {
    const text = pod(`  containers: [7, null, "x"]
  volumes: [null, 3, {name: 5}]
`);
    expect(() => lint(text, ids)).not.toThrow();
    expect(lint(text, ids)).toEqual([]);
  });
});
