import { describe, expect, it } from 'vitest';
import { STARTER_YAML } from '../templates/starter.ts';
import { parseDesign } from '../yaml/parse.ts';
import { addService, addServicePort, renameService, setServiceType } from './service.ts';
import { convertKind } from './workload.ts';

const js = (t: string, i = 0) => parseDesign(t).values[i] as any;

describe('addService', () => {
  it('gives a second Service a free name and the workload’s namespace', () => {
    const inNs = STARTER_YAML.replace('  name: web\n', '  name: web\n  namespace: shop\n');
    const one = addService(inNs, { workload: 0, type: 'ClusterIP' });
    const two = addService(one, { workload: 0, type: 'ClusterIP' });
    expect(js(two, 1).metadata).toEqual({ name: 'web', namespace: 'shop' });
    expect(js(two, 2).metadata).toEqual({ name: 'web-2', namespace: 'shop' });
    expect(two.startsWith(one)).toBe(true);
  });

  it('points a StatefulSet at its new headless Service', () => {
    const sts = convertKind(STARTER_YAML, 0, 'StatefulSet');
    const out = addService(sts, { workload: 0, type: 'Headless', name: 'db' });
    expect(js(out).spec.serviceName).toBe('db');
    expect(js(out, 1).spec).toMatchObject({
      clusterIP: 'None',
      selector: js(out).spec.selector.matchLabels,
    });
  });
});

describe('setServiceType', () => {
  const service = addService(STARTER_YAML, { workload: 0, type: 'ClusterIP' });
  const spec = (t: string) => js(t, 1).spec;

  it('switches between ClusterIP, NodePort, Headless and back, keeping the rest', () => {
    const nodePort = setServiceType(service, { service: 1, type: 'NodePort' });
    expect(spec(nodePort)).toEqual({ ...spec(service), type: 'NodePort' });
    expect(Object.keys(spec(nodePort))[0]).toBe('type');
    const withNodePort = nodePort.replace(
      'targetPort: http',
      'targetPort: http\n      nodePort: 30080',
    );
    expect(spec(withNodePort).ports[0].nodePort).toBe(30080);

    const headless = setServiceType(withNodePort, { service: 1, type: 'Headless' });
    expect(spec(headless)).toEqual({ ...spec(service), clusterIP: 'None' });
    const back = setServiceType(headless, { service: 1, type: 'ClusterIP' });
    expect(back).toBe(service);
  });

  it('leaves the text alone when the type is already right, and refuses non-Services', () => {
    expect(setServiceType(service, { service: 1, type: 'ClusterIP' })).toBe(service);
    expect(() => setServiceType(service, { service: 0, type: 'NodePort' })).toThrow(
      'Document 1 is not a Service.',
    );
  });
});

describe('addServicePort', () => {
  it('exposes the next named container port, then free port numbers', () => {
    const twoPorts = STARTER_YAML.replace(
      '              containerPort: 80\n',
      '              containerPort: 80\n            - name: metrics\n              containerPort: 9090\n',
    );
    const service = addService(twoPorts, { workload: 0, type: 'ClusterIP' }).replace(
      / {4}- name: metrics\n {6}port: 9090\n {6}targetPort: metrics\n/,
      '',
    );
    expect(js(service, 1).spec.ports).toHaveLength(1);
    const more = addServicePort(service, { service: 1, workload: 0 });
    expect(js(more, 1).spec.ports[1]).toEqual({
      name: 'metrics',
      port: 9090,
      targetPort: 'metrics',
    });
    const extra = addServicePort(more, { service: 1, workload: 0 });
    expect(js(extra, 1).spec.ports[2]).toEqual({ name: 'port-8080', port: 8080, targetPort: 8080 });
  });
});

describe('renameService', () => {
  it('renames a Service and the StatefulSet serviceName that names it', () => {
    const sts = convertKind(STARTER_YAML, 0, 'StatefulSet');
    const out = renameService(addService(sts, { workload: 0, type: 'Headless' }), {
      service: 1,
      name: 'peers',
    });
    expect(js(out, 1).metadata.name).toBe('peers');
    expect(js(out).spec.serviceName).toBe('peers');
  });

  it('leaves other workloads alone', () => {
    const out = renameService(addService(STARTER_YAML, { workload: 0, type: 'ClusterIP' }), {
      service: 1,
      name: 'front',
    });
    expect(js(out, 1).metadata.name).toBe('front');
    expect(js(out).spec.serviceName).toBeUndefined();
  });
});
