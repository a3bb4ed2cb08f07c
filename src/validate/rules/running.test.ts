import { describe, expect, it } from 'vitest';
import {
  appStopsSidecars,
  imageName,
  isProxy,
  isSecretsAgent,
  mentionsLocalhost,
  neverExits,
} from './running.ts';

describe('imageName', () => {
  it('is the last path component of the repository, lowercased, without tag or digest', () => {
    expect(imageName('docker.io/library/nginx:1.24.0')).toBe('nginx');
    expect(imageName('localhost:5000/team/Envoy@sha256:abc')).toBe('envoy');
    expect(imageName('redis')).toBe('redis');
    expect(imageName(undefined)).toBe('');
  });
});

describe('neverExits', () => {
  it('sees commands that wait forever', () => {
    expect(neverExits({ command: ['sleep', 'infinity'] })).toEqual({
      field: 'command',
      why: 'sleep infinity',
    });
    expect(neverExits({ command: ['tail'], args: ['-F', '/var/log/app.log'] })?.why).toBe(
      'tail -f',
    );
    expect(neverExits({ args: ['tail', '-n', '+1', '--follow=name', '/x'] })).toEqual({
      field: 'args',
      why: 'tail -f',
    });
    expect(neverExits({ command: ['sh', '-c', 'while true; do date; sleep 5; done'] })?.why).toBe(
      'an endless while loop',
    );
    expect(neverExits({ command: ['sh', '-c', "exec nginx -g 'daemon off;'"] })?.why).toBe(
      'a server kept in the foreground',
    );
  });

  it('leaves alone commands that end', () => {
    expect(neverExits({ command: ['sh', '-c', 'until nc -z db 5432; do sleep 1; done'] })).toBe(
      undefined,
    );
    expect(
      neverExits({ command: ['sh', '-c', 'while true; do ping -c1 db && exit 0; done'] }),
    ).toBe(undefined);
    expect(neverExits({ command: ['sh', '-c', 'migrate || sleep infinity'] })).toBe(undefined);
    expect(neverExits({ command: ['tail', '-n', '20', '/var/log/app.log'] })).toBe(undefined);
    expect(neverExits({ command: ['tail', '--pid=1', '-f', '/log'] })).toBe(undefined);
    expect(neverExits({ command: ['sleep', '30'] })).toBe(undefined);
  });

  it('knows server images run with their default command, and only then', () => {
    expect(neverExits({ image: 'postgres:17.2' })).toEqual({
      field: 'image',
      why: 'the postgres image runs a server by default',
    });
    expect(neverExits({ image: 'nginx:1.27', args: ['nginx', '-t'] })).toBe(undefined);
    expect(neverExits({ image: 'registry.example.com/app:1.0' })).toBe(undefined);
  });

  it('knows agents run until stopped, unless told to do their work once', () => {
    expect(neverExits({ image: 'fluent/fluent-bit:3.2.4', args: ['-i', 'tail'] })?.field).toBe(
      'image',
    );
    expect(
      neverExits({ image: 'registry.k8s.io/git-sync/git-sync:v4.4.0', args: ['--one-time'] }),
    ).toBe(undefined);
    expect(
      neverExits({ image: 'hashicorp/vault:1.18', args: ['agent', '-config=/a.hcl'] })?.why,
    ).toBe('vault runs until it is stopped');
    expect(neverExits({ image: 'hashicorp/vault:1.18', args: ['agent', '-exit-after-auth'] })).toBe(
      undefined,
    );
    expect(neverExits({ image: 'hashicorp/vault:1.18', args: ['kv', 'get', 'x'] })).toBe(undefined);
    expect(
      neverExits({ image: 'istio/proxyv2:1.24', args: ['istio-iptables', '-p', '15001'] }),
    ).toBe(undefined);
    expect(neverExits({ image: 'istio/proxyv2:1.24', args: ['proxy', 'sidecar'] })?.field).toBe(
      'image',
    );
    // An own command replaces the entrypoint: the script decides.
    expect(
      neverExits({ image: 'envoyproxy/envoy:v1.32', command: ['envoy', '--mode', 'validate'] }),
    ).toBe(undefined);
  });
});

describe('sidecar kinds', () => {
  it('tells proxies and secrets agents by image or name', () => {
    expect(isProxy({ image: 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.14' })).toBe(true);
    expect(isProxy({ name: 'istio-proxy', image: 'istio/proxyv2:1.24' })).toBe(true);
    expect(isProxy({ name: 'shipper', image: 'fluent/fluent-bit:3.2' })).toBe(false);
    expect(isSecretsAgent({ image: 'hashicorp/vault:1.18' })).toBe(true);
    expect(isSecretsAgent({ name: 'secrets-sync', image: 'example/sync:1' })).toBe(true);
    expect(isSecretsAgent({ name: 'app', image: 'nginx:1.27' })).toBe(false);
  });

  it('sees connections to the pod itself', () => {
    expect(mentionsLocalhost('postgres://u@127.0.0.1:5432/db')).toBe(true);
    expect(mentionsLocalhost('http://localhost:8080')).toBe(true);
    expect(mentionsLocalhost('http://[::1]:8080')).toBe(true);
    expect(mentionsLocalhost('postgres://db.internal:5432')).toBe(false);
  });
});

describe('appStopsSidecars', () => {
  const quit = { command: ['sh', '-c', 'work && curl -X POST localhost:15020/quitquitquit'] };
  const kill = { command: ['sh', '-c', 'work; pkill fluent-bit'] };
  const plain = { command: ['work'] };

  it('sees a call to /quitquitquit from any app container', () => {
    expect(appStopsSidecars([plain, quit], false)).toBe(true);
    expect(appStopsSidecars([plain], false)).toBe(false);
  });

  it('counts a kill only when the process namespace is shared', () => {
    expect(appStopsSidecars([kill], true)).toBe(true);
    expect(appStopsSidecars([kill], false)).toBe(false);
  });
});
