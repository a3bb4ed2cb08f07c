import { describe, expect, it } from 'vitest';
import { ports } from './ports.ts';
import { findings, lint, pod } from './testing.ts';

const ids = ports.ids;

describe('port-basic-fields', () => {
  it('asks for containerPort and checks both port ranges', () => {
    const text = pod(`  containers:
    - name: app
      image: nginx:1.27
      ports:
        - name: a
          protocol: TCP
        - containerPort: -1
        - containerPort: 8080
          hostPort: 70000
        - containerPort: 8081
          hostPort: 0
`);
    expect(lint(text, ids)).toEqual([
      'error port-basic-fields spec.containers[0].ports[0].containerPort: Required value',
      'error port-basic-fields spec.containers[0].ports[1].containerPort: Invalid value: -1: must be between 1 and 65535, inclusive',
      'error port-basic-fields spec.containers[0].ports[2].hostPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
    ]);
  });
});

describe('port names', () => {
  it('checks the IANA rules in the API order', () => {
    const names = ['web--ui', '8080', '-web', 'web_ui'];
    const text = pod(`  containers:
    - name: app
      image: nginx:1.27
      ports:
${names.map((n, i) => `        - name: "${n}"\n          containerPort: ${8000 + i}\n`).join('')}`);
    expect(lint(text, ids)).toEqual([
      'error port-name-iana spec.containers[0].ports[0].name: Invalid value: "web--ui": must not contain consecutive hyphens',
      'error port-name-iana spec.containers[0].ports[1].name: Invalid value: "8080": must contain at least one letter (a-z)',
      'error port-name-iana spec.containers[0].ports[2].name: Invalid value: "-web": must not begin or end with a hyphen',
      'error port-name-iana spec.containers[0].ports[3].name: Invalid value: "web_ui": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
    ]);
  });

  it('refuses a repeat within a container and warns across running containers only', () => {
    const text = pod(`  initContainers:
    - name: seed
      image: busybox:1.36
      ports:
        - name: http
          containerPort: 8080
    - name: proxy
      image: envoyproxy/envoy:v1.32.3
      restartPolicy: Always
      ports:
        - name: admin
          containerPort: 9901
  containers:
    - name: app
      image: nginx:1.27
      ports:
        - name: http
          containerPort: 80
        - name: http
          containerPort: 81
        - name: admin
          containerPort: 9000
`);
    expect(
      findings(text, ['port-name-duplicate']).map((d) => `${d.severity} ${d.message}`),
    ).toEqual([
      'error spec.containers[0].ports[1].name: Duplicate value: "http"',
      'warning spec.containers[0].ports[2].name: Duplicate value: "admin": already the name of a port of container "proxy" (spec.initContainers[1].ports[0]); port names should be unique within the pod, or a Service\'s named targetPort is ambiguous',
    ]);
  });
});

describe('port-duplicate-across-containers', () => {
  it('uses the API warning between running containers, defaulting the protocol to TCP', () => {
    const text = pod(`  initContainers:
    - name: proxy
      image: envoyproxy/envoy:v1.32.3
      restartPolicy: Always
      ports:
        - containerPort: 8080
  containers:
    - name: app
      image: nginx:1.27
      ports:
        - containerPort: 8080
          protocol: TCP
        - containerPort: 8080
          protocol: UDP
`);
    expect(lint(text, ids)).toEqual([
      'warning port-duplicate-across-containers spec.containers[0].ports[0]: duplicate port definition with spec.initContainers[0].ports[0]: containers share the pod\'s network, so "app" and "proxy" cannot both listen on 8080/TCP',
    ]);
  });

  it('says only the API words for a repeat inside one container, and skips distinct host ports', () => {
    const text = pod(`  containers:
    - name: app
      image: nginx:1.27
      ports:
        - containerPort: 80
        - containerPort: 80
        - containerPort: 80
          hostPort: 8080
`);
    expect(lint(text, ids)).toEqual([
      'warning port-duplicate-across-containers spec.containers[0].ports[1]: duplicate port definition with spec.containers[0].ports[0]',
    ]);
  });
});

describe('port-hostport-conflict', () => {
  it('refuses a host port twice among app containers, keyed by protocol and hostIP', () => {
    const text = pod(`  containers:
    - name: a
      image: nginx:1.27
      ports:
        - containerPort: 80
          hostPort: 8080
        - containerPort: 81
          hostPort: 8080
          protocol: UDP
        - containerPort: 82
          hostPort: 8080
          hostIP: 10.0.0.1
    - name: b
      image: nginx:1.27
      ports:
        - containerPort: 90
          hostPort: 8080
`);
    expect(lint(text, ids)).toEqual([
      'error port-hostport-conflict spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//8080"',
    ]);
  });

  it('checks each init container on its own, and native sidecars against what runs beside them', () => {
    const text = pod(`  initContainers:
    - name: setup
      image: busybox:1.36
      ports:
        - containerPort: 80
          hostPort: 8080
        - containerPort: 81
          hostPort: 8080
    - name: later
      image: busybox:1.36
      ports:
        - containerPort: 80
          hostPort: 8080
    - name: proxy
      image: envoyproxy/envoy:v1.32.3
      restartPolicy: Always
      ports:
        - containerPort: 9000
          hostPort: 9000
  containers:
    - name: app
      image: nginx:1.27
      ports:
        - containerPort: 8080
          hostPort: 8080
        - containerPort: 9001
          hostPort: 9000
`);
    expect(
      findings(text, ['port-hostport-conflict']).map((d) => `${d.severity} ${d.message}`),
    ).toEqual([
      'error spec.initContainers[0].ports[1].hostPort: Duplicate value: "TCP//8080"',
      'warning spec.containers[0].ports[1].hostPort: Duplicate value: "TCP//9000": "proxy" (spec.initContainers[2].ports[0]) runs at the same time and binds the same host port; the API checks each init container on its own, but a native sidecar runs beside the others',
    ]);
  });
});

describe('port-hostnetwork-hostport-mismatch', () => {
  it('checks app containers only, and lets an unset hostPort be defaulted', () => {
    const text = pod(`  hostNetwork: true
  initContainers:
    - name: probe
      image: busybox:1.36
      ports:
        - containerPort: 80
          hostPort: 81
  containers:
    - name: app
      image: nginx:1.27
      ports:
        - containerPort: 80
        - containerPort: 443
          hostPort: 443
        - containerPort: 8080
          hostPort: 8081
`);
    expect(lint(text, ids)).toEqual([
      'error port-hostnetwork-hostport-mismatch spec.containers[0].ports[2].hostPort: Invalid value: 8081: must match `containerPort` when `hostNetwork` is true',
    ]);
    expect(lint(text.replace('hostNetwork: true', 'hostNetwork: false'), ids)).toEqual([]);
  });
});
