import { describe, expect, it } from 'vitest';
import {
  hostNetworkMismatches,
  hostPortClashes,
  hostPortKey,
  portKey,
  samePorts,
  type DeclaredPort,
} from './port-clash.ts';
import type { ContainerView, Role } from './types.ts';

const container = (name: string, role: Role): ContainerView => ({
  name,
  role,
  list: role === 'init' || role === 'native-sidecar' ? 'initContainers' : 'containers',
  index: 0,
  path: [],
  ports: [],
  mounts: [],
});

describe('port keys', () => {
  it('keys ports as the API does, TCP by default', () => {
    expect(portKey({ containerPort: 80 })).toBe('80/TCP');
    expect(portKey({ containerPort: 53, protocol: 'UDP' })).toBe('53/UDP');
    expect(portKey({ containerPort: 0 })).toBeUndefined();
    expect(portKey({ containerPort: '80' })).toBeUndefined();
    expect(hostPortKey({ containerPort: 80, hostPort: 8080, hostIP: '10.0.0.1' })).toBe(
      'TCP/10.0.0.1/8080',
    );
    expect(hostPortKey({ containerPort: 80, hostPort: 0 })).toBeUndefined();
  });
});

describe('clashes', () => {
  const init = container('seed', 'init');
  const sidecar = container('proxy', 'native-sidecar');
  const app = container('app', 'main');
  const log = container('log', 'sidecar');

  it('pairs a repeat with the earlier declaration among the containers that run together', () => {
    const ports: DeclaredPort[] = [
      { container: init, raw: { containerPort: 80 } },
      { container: sidecar, raw: { containerPort: 80, hostPort: 8080 } },
      { container: app, raw: { containerPort: 80 } },
      { container: log, raw: { containerPort: 80 } },
    ];
    expect(samePorts(ports)).toEqual([
      { index: 2, other: 1, key: '80/TCP', sameContainer: false, sameHost: false },
      { index: 3, other: 2, key: '80/TCP', sameContainer: false, sameHost: true },
    ]);
    // With the sidecar counted as an init container (a version without native sidecars).
    expect(samePorts(ports, (c) => c.role === 'main' || c.role === 'sidecar')).toEqual([
      { index: 3, other: 2, key: '80/TCP', sameContainer: false, sameHost: true },
    ]);
  });

  it('refuses host ports twice among app containers, warns with a native sidecar', () => {
    const ports: DeclaredPort[] = [
      { container: init, raw: { containerPort: 1, hostPort: 80 } },
      { container: sidecar, raw: { containerPort: 2, hostPort: 80 } },
      { container: app, raw: { containerPort: 3, hostPort: 80 } },
      { container: log, raw: { containerPort: 4, hostPort: 80 } },
      { container: init, raw: { containerPort: 5, hostPort: 80 } },
    ];
    expect(hostPortClashes(ports)).toEqual([
      { index: 2, other: 1, key: 'TCP//80', severity: 'warning' },
      { index: 3, other: 2, key: 'TCP//80', severity: 'error' },
      { index: 4, other: 0, key: 'TCP//80', severity: 'error' },
    ]);
  });

  it('finds hostPorts that differ from the containerPort in app containers', () => {
    expect(
      hostNetworkMismatches([
        { container: sidecar, raw: { containerPort: 80, hostPort: 81 } },
        { container: app, raw: { containerPort: 80, hostPort: 80 } },
        { container: app, raw: { containerPort: 80 } },
        { container: app, raw: { containerPort: 80, hostPort: 81 } },
      ]),
    ).toEqual([3]);
  });
});
