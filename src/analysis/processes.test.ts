import { describe, expect, it } from 'vitest';
import { deployment, mapOf } from './network-testing.ts';

const pod = (flags: string) =>
  deployment(`${flags}      initContainers:
        - name: proxy
          image: envoyproxy/envoy:v1.32.3
          restartPolicy: Always
        - name: migrate
          image: migrate/migrate:v4.17.1
      containers:
        - name: app
          image: nginx:1.27
        - name: log
          image: fluent/fluent-bit:3.1
`);

describe('process visibility', () => {
  it('by default: each container sees only its own processes', () => {
    const processes = mapOf(pod('')).processes;
    expect(processes.mode).toBe('own');
    expect(processes.summary).toBe('Each container sees only its own processes.');
    expect(processes.visibility.every((v) => v.sees.length === 0)).toBe(true);
    expect(processes.exposures).toEqual([]);
  });

  it('shared: the containers running together see each other, PID 1 is pause, and what it exposes', () => {
    const processes = mapOf(pod('      shareProcessNamespace: true\n')).processes;
    expect(processes.mode).toBe('shared');
    expect(processes.summary).toMatch(
      /"proxy", "app" and "log" see each other's processes\. PID 1 is the pause process/,
    );
    expect(processes.visibility).toEqual([
      { container: 'proxy', role: 'native-sidecar', sees: ['app', 'log'] },
      // A regular init container runs alone, after the sidecars started before it.
      { container: 'migrate', role: 'init', sees: ['proxy'] },
      { container: 'app', role: 'main', sees: ['proxy', 'log'] },
      { container: 'log', role: 'sidecar', sees: ['proxy', 'app'] },
    ]);
    const exposed = processes.exposures.join('\n');
    expect(exposed).toMatch(/\/proc\/<pid>\/environ/);
    expect(exposed).toMatch(/\/proc\/<pid>\/root/);
    expect(exposed).toMatch(/Signals:/);
    expect(exposed).toMatch(/CAP_SYS_PTRACE/);
  });

  it('before 1.29 the native sidecar runs as an init container, alone', () => {
    const processes = mapOf(pod('      shareProcessNamespace: true\n'), '1.28').processes;
    expect(processes.visibility.map((v) => [v.container, v.sees])).toEqual([
      ['proxy', []],
      ['migrate', []],
      ['app', ['log']],
      ['log', ['app']],
    ]);
  });

  it("hostPID: the node's processes, and the API refuses it with a shared namespace", () => {
    const host = mapOf(pod('      hostPID: true\n')).processes;
    expect(host.mode).toBe('host');
    expect(host.summary).toMatch(/each sees every process of the node/);
    expect(host.summary).not.toMatch(/refuses/);
    expect(host.exposures.join(' ')).toMatch(/every process of the node/);
    const both = mapOf(pod('      hostPID: true\n      shareProcessNamespace: true\n')).processes;
    expect(both.summary).toMatch(/The API refuses shareProcessNamespace together with hostPID/);
  });
});
