import { describe, expect, it } from 'vitest';
import { job, JOB_CLASSIC, JOB_NATIVE, lifecycle, MESH } from './lifecycle-fixtures.ts';

describe('Job completion', () => {
  it('never completes with a classic sidecar that keeps running', () => {
    const l = lifecycle(JOB_CLASSIC);
    expect(l.job).toEqual({
      completes: false,
      containers: ['log-tail'],
      stopped: [],
      cause: 'classic-sidecar',
      detail:
        'Job never completes: classic sidecar log-tail keeps running (tail -f) after report exits',
    });
    expect(l.startup).toEqual([['report', 'log-tail']]);
  });

  it('completes when the main container exits, and stops a native sidecar then', () => {
    const l = lifecycle(JOB_NATIVE);
    expect(l.job).toEqual({
      completes: true,
      containers: ['report'],
      stopped: ['log-tail'],
      detail: 'Job completes when report exits; native sidecar log-tail is stopped then',
    });
    expect(l.startup).toEqual([['log-tail'], ['report']]);
    expect(l.shutdown).toEqual([['report'], ['log-tail']]);
    expect(l.start[1]!.detail).toContain('runs until it exits');
  });

  it('names every native sidecar stopped, and every app container waited for', () => {
    const l = lifecycle(
      JOB_NATIVE.replace(
        '      containers:',
        `        - name: proxy
          image: envoyproxy/envoy:v1.31.0
          restartPolicy: Always
      containers:`,
      ).replace(
        '          image: example/report:2.1\n',
        '          image: example/report:2.1\n        - name: upload\n          image: example/upload:1\n',
      ),
    );
    expect(l.job?.detail).toBe(
      'Job completes when report and upload exit; native sidecars log-tail and proxy are stopped then',
    );
    expect(l.job?.containers).toEqual(['report', 'upload']);
  });

  it('completes when the main container stops its classic sidecar itself', () => {
    const l = lifecycle(
      JOB_CLASSIC.replace(
        '          image: example/report:2.1\n',
        '          image: example/report:2.1\n          command: ["sh", "-c", "report && curl -X POST localhost:15020/quitquitquit"]\n',
      ),
    );
    expect(l.job?.completes).toBe(true);
    expect(l.job?.detail).toBe(
      'Job completes when report exits; report stops classic sidecar log-tail itself',
    );
  });

  it('never completes when the main container itself runs a server', () => {
    const l = lifecycle(
      job(`      containers:\n        - name: web\n          image: nginx:1.27\n`),
    );
    expect(l.job?.cause).toBe('app-never-exits');
    expect(l.job?.detail).toBe(
      'Job never completes: main container web keeps running (the nginx image runs a server by default)',
    );
  });

  it('never completes when an init container never exits', () => {
    const l = lifecycle(JOB_NATIVE.replace('          restartPolicy: Always\n', ''));
    expect(l.job?.cause).toBe('stuck-in-init');
    expect(l.job?.detail).toBe(
      'Job never completes: init container log-tail never exits (tail -f), so the pod stays in Init',
    );
  });

  it('on 1.28 never completes: the native sidecar blocks the pod in Init', () => {
    const l = lifecycle(JOB_NATIVE, '1.28');
    expect(l.job).toMatchObject({
      completes: false,
      cause: 'stuck-in-init',
      containers: ['log-tail'],
    });
    expect(l.job?.detail).toContain(
      'on Kubernetes 1.28 native sidecar log-tail runs as a regular init container',
    );
    expect(l.shutdown).toEqual([['report']]);
  });

  it('on 1.27 never completes: the pod is rejected', () => {
    const l = lifecycle(JOB_NATIVE, '1.27');
    expect(l.job).toMatchObject({ completes: false, cause: 'rejected' });
  });

  it('completes when a classic sidecar that may exit by itself does', () => {
    const l = lifecycle(
      JOB_CLASSIC.replace('["sh", "-c", "tail -f /var/log/report/report.log"]', '["upload"]'),
    );
    expect(l.job?.detail).toBe('Job completes when report and log-tail exit');
  });

  it('applies to CronJobs, and not to other workloads', () => {
    const cron = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: example/report:2.1
`;
    expect(lifecycle(cron).job?.detail).toBe('Job completes when report exits');
    expect(lifecycle(MESH).job).toBeUndefined();
  });

  it('never completes without containers', () => {
    expect(lifecycle(job('      containers: []\n')).job?.cause).toBe('no-containers');
  });
});
