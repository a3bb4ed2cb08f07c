import { contentSync } from './content-sync.ts';
import {
  entry,
  mainName,
  small,
  under,
  volumeOf,
  type PresetContext,
  type SharedVolume,
  type SidecarPreset,
} from './preset-kit.ts';

export type { PresetContext, SharedVolume, SidecarPreset, VolumeChoice } from './preset-kit.ts';

// Every path a preset writes into its command, arguments or config comes from the chosen mount
// paths (`volumeOf`), so renaming the volume or mounting it elsewhere moves the script with it.

const LOG_DIR = '/var/log/app';

const logVolume = (): SharedVolume => ({
  name: 'app-logs',
  emptyDir: {},
  sidecar: { mountPath: LOG_DIR, readOnly: true },
  main: { mountPath: LOG_DIR },
});

const logShipper: SidecarPreset = {
  ...entry('log-shipper'),
  summary:
    'Fluent Bit tails the log files the app writes into a shared volume and prints them to stdout (swap the output for your log backend).',
  name: 'log-shipper',
  container: (ctx) => ({
    image: 'fluent/fluent-bit:3.2.4',
    args: [
      '-i',
      'tail',
      '-p',
      `path=${under(volumeOf(ctx, logVolume).sidecar, '*.log')}`,
      '-o',
      'stdout',
    ],
    resources: small('20m', '32Mi', '64Mi'),
  }),
  sharedVolume: logVolume,
  explain: (ctx) => {
    const v = volumeOf(ctx, logVolume);
    return `${mainName(ctx)} writes its *.log files to ${v.main}; Fluent Bit tails ${under(v.sidecar, '*.log')}.`;
  },
};

/** The first port of the main container: what the proxy forwards to. */
function appPort(ctx: PresetContext): number {
  const port = ctx.main?.ports.find((p) => typeof p.containerPort === 'number')?.containerPort;
  return typeof port === 'number' ? port : 8080;
}

const reverseProxy: SidecarPreset = {
  ...entry('reverse-proxy'),
  summary:
    'nginx listens on its own port and forwards to the main container’s port over localhost: point your Service at port "proxy".',
  name: 'proxy',
  container: (ctx) => {
    const upstream = appPort(ctx);
    const listen =
      [8080, 8000, 8081, 8888, 9080].find((p) => p !== upstream && !ctx.usedPorts.has(p)) ?? 18080;
    const config = [
      "cat > /etc/nginx/conf.d/default.conf <<'EOF'",
      'server {',
      `  listen ${listen};`,
      '  location / {',
      `    proxy_pass http://127.0.0.1:${upstream};`,
      '    proxy_set_header Host $host;',
      '    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;',
      '  }',
      '}',
      'EOF',
      "exec nginx -g 'daemon off;'",
      '',
    ].join('\n');
    return {
      image: 'nginx:1.27.3',
      command: ['sh', '-c'],
      args: [config],
      ports: [{ name: 'proxy', containerPort: listen }],
      readinessProbe: { tcpSocket: { port: 'proxy' }, periodSeconds: 10 },
      resources: small('20m', '32Mi', '64Mi'),
    };
  },
};

const utility: SidecarPreset = {
  ...entry('utility'),
  summary:
    'The main container’s image, idling with tail -f /dev/null on minimal resources: kubectl exec into it to run tools without disturbing the app.',
  name: 'utility',
  container: (ctx) => ({
    image: ctx.main?.image || 'busybox:1.36',
    command: ['tail'],
    args: ['-f', '/dev/null'],
    resources: small('10m', '64Mi', '256Mi'),
  }),
  wantsProcessNamespace: true,
};

const CREDENTIALS = '/credentials';

const credentialVolume = (): SharedVolume => ({
  name: 'credentials',
  emptyDir: { medium: 'Memory', sizeLimit: '1Mi' },
  sidecar: { mountPath: CREDENTIALS },
  main: { mountPath: '/var/run/credentials', readOnly: true },
});

const credentialRefresher: SidecarPreset = {
  ...entry('credential-refresher'),
  summary:
    'A loop writes a fresh database token every 10 minutes into an in-memory volume the app reads (here an AWS RDS IAM token).',
  name: 'token-refresher',
  container: (ctx) => {
    const dir = volumeOf(ctx, credentialVolume).sidecar;
    // Written beside the token, then renamed: the app never reads a half-written one.
    const [tmp, token] = [under(dir, 'token.tmp'), under(dir, 'token')];
    return {
      image: 'amazon/aws-cli:2.22.0',
      command: ['sh', '-c'],
      args: [
        [
          'while true; do',
          '  aws rds generate-db-auth-token --hostname "$DB_HOST" --port "$DB_PORT" --username "$DB_USER" \\',
          `    > ${tmp} && mv ${tmp} ${token}`,
          '  sleep 600',
          'done',
          '',
        ].join('\n'),
      ],
      env: [
        { name: 'DB_HOST', value: 'db.example.internal' },
        { name: 'DB_PORT', value: '5432' },
        { name: 'DB_USER', value: 'app' },
        { name: 'AWS_REGION', value: 'us-east-1' },
      ],
      resources: small('10m', '64Mi', '128Mi'),
    };
  },
  sharedVolume: credentialVolume,
  explain: (ctx) =>
    `${mainName(ctx)} reads the token at ${under(volumeOf(ctx, credentialVolume).main, 'token')}; the loop rewrites it every 10 minutes.`,
};

const metricsExporter: SidecarPreset = {
  ...entry('metrics-exporter'),
  summary:
    'statsd_exporter receives the app’s StatsD metrics on localhost:9125 and serves them to Prometheus on the port named "metrics".',
  name: 'metrics-exporter',
  container: () => ({
    image: 'prom/statsd-exporter:v0.28.0',
    args: ['--statsd.listen-udp=:9125', '--web.listen-address=:9102'],
    ports: [
      { name: 'metrics', containerPort: 9102 },
      { name: 'statsd', containerPort: 9125, protocol: 'UDP' },
    ],
    readinessProbe: { httpGet: { path: '/metrics', port: 'metrics' }, periodSeconds: 15 },
    resources: small('10m', '32Mi', '64Mi'),
  }),
};

/** Every sidecar preset, in palette order. */
export const SIDECAR_PRESETS: readonly SidecarPreset[] = [
  logShipper,
  reverseProxy,
  utility,
  contentSync,
  credentialRefresher,
  metricsExporter,
];

/**
 * Whether native sidecars (an `initContainers` entry with `restartPolicy: Always`) run on a
 * Kubernetes version: on by default from 1.29 (beta), GA in 1.33. No version means a current one.
 */
export function nativeSidecarsAvailable(version?: string): boolean {
  if (!version) return true;
  const m = /^v?(\d+)\.(\d+)/.exec(version.trim());
  if (!m) return true;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  return major > 1 || (major === 1 && minor >= 29);
}

export function presetById(id: string): SidecarPreset | undefined {
  return SIDECAR_PRESETS.find((p) => p.id === id);
}
