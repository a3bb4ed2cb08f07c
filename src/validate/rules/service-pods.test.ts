import { describe, expect, it } from 'vitest';
import { parseDesign } from '../../yaml/parse.ts';
import { validateDesign } from '../index.ts';

const IDS = ['service-selector-no-match', 'service-targetport-not-in-pod'];

const findings = (...docs: string[]) =>
  validateDesign(parseDesign(docs.join('---\n')))
    .filter((d) => IDS.includes(d.ruleId))
    .map((d) => `${d.severity} ${d.ruleId} ${d.message}`);

const deployment = (name: string, labels: string, ports: string, extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
${extra}spec:
  selector:
    matchLabels:
      ${labels}
  template:
    metadata:
      labels:
        ${labels}
    spec:
      containers:
        - name: ${name}
          image: ghcr.io/example/${name}:1.0.0
          ports:
${ports}`;

const service = (selector: string, ports: string, extra = '') => `apiVersion: v1
kind: Service
metadata:
  name: front
${extra}spec:
  selector:
    ${selector}
  ports:
${ports}`;

const HTTP = '            - name: http\n              containerPort: 8080\n';

describe('service-selector-no-match', () => {
  it('is quiet when the design holds no workload (the pods live elsewhere)', () => {
    expect(findings(service('app: web', '    - port: 80\n'))).toEqual([]);
  });

  it('ignores ExternalName Services', () => {
    const external = `apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  type: ExternalName
  externalName: db.example.com
  selector:
    app: db
`;
    expect(findings(deployment('web', 'app: web', HTTP), external)).toEqual([]);
  });

  it('says when the labels match only pods in another namespace', () => {
    const found = findings(
      deployment('web', 'app: web', HTTP, '  namespace: shop\n'),
      service('app: web', '    - port: 80\n      targetPort: http\n', '  namespace: blog\n'),
    );
    expect(found).toEqual([
      'warning service-selector-no-match spec.selector: no pod template in the design has the labels app=web (Deployment "web" has them, in another namespace), so the Service has no endpoints',
    ]);
  });
});

describe('service-targetport-not-in-pod', () => {
  it('a named port with another protocol does not resolve', () => {
    const found = findings(
      deployment('dns', 'app: dns', '            - name: dns\n              containerPort: 53\n'),
      service('app: dns', '    - port: 53\n      protocol: UDP\n      targetPort: dns\n'),
    );
    expect(found).toEqual([
      'warning service-targetport-not-in-pod spec.ports[0].targetPort: the port named "dns" of Deployment "dns" is TCP, not UDP, so the Service has no endpoints for it',
    ]);
  });

  it('names only the selected workloads that lack the port', () => {
    const found = findings(
      deployment('blue', 'tier: web', HTTP),
      deployment(
        'green',
        'tier: web',
        '            - name: web\n              containerPort: 8080\n',
      ),
      service('tier: web', '    - port: 80\n      targetPort: http\n'),
    );
    expect(found).toEqual([
      'warning service-targetport-not-in-pod spec.ports[0].targetPort: no container of Deployment "green" declares a port named "http", so the Service has no endpoints for it',
    ]);
  });

  it('an undeclared number is info, and a missing targetPort means the port number', () => {
    const found = findings(
      deployment('web', 'app: web', HTTP),
      service(
        'app: web',
        '    - name: http\n      port: 8080\n    - name: admin\n      port: 9000\n',
      ),
    );
    expect(found).toEqual([
      'info service-targetport-not-in-pod spec.ports[1].port: no container of Deployment "web" declares port 9000/TCP; traffic reaches it only if the app listens there anyway',
    ]);
  });

  it("a regular init container's port is no target: it has exited before traffic comes", () => {
    const pod = `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    app: web
spec:
  initContainers:
    - name: warmup
      image: busybox:1.37.0
      ports:
        - name: warm
          containerPort: 7000
  containers:
    - name: web
      image: nginx:1.27.3
`;
    expect(findings(pod, service('app: web', '    - port: 80\n      targetPort: warm\n'))).toEqual([
      'warning service-targetport-not-in-pod spec.ports[0].targetPort: no container of Pod "web" declares a port named "warm", so the Service has no endpoints for it',
    ]);
  });
});
