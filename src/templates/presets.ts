import type { ContainerView } from '../pod/types.ts';
import { PRESET_ENTRIES, type PresetEntry } from './preset-list.ts';

/** What a preset can know about the pod it joins. */
export interface PresetContext {
  /** The pod's main container, when it has one. */
  main?: ContainerView;
  /** Every numeric containerPort already used in the pod (containers share one network). */
  usedPorts: ReadonlySet<number>;
}

/** An emptyDir the sidecar and the main container share, and where each one mounts it. */
export interface SharedVolume {
  /** Base name of the volume; a free one is picked when it is taken. */
  name: string;
  /** The emptyDir's fields (`{}`, or `{ medium: Memory, sizeLimit: 1Mi }`). */
  emptyDir: Record<string, unknown>;
  sidecar: { mountPath: string; readOnly?: boolean };
  main: { mountPath: string; readOnly?: boolean };
}

/** A sidecar people add again and again, as YAML they would keep: pinned image, resources, named ports. */
export interface SidecarPreset extends PresetEntry {
  /** One sentence on what it does and what it needs. */
  summary: string;
  /** Base container name; a free one is picked when it is taken. */
  name: string;
  /** The container's fields (without `name`); `restartPolicy` is set by the role. */
  container: (ctx: PresetContext) => Record<string, unknown>;
  /** The volume to share with the main container, offered when adding the preset. */
  sharedVolume?: (ctx: PresetContext) => SharedVolume;
  /** The sidecar wants to see the main container's processes (`shareProcessNamespace: true`). */
  wantsProcessNamespace?: boolean;
}

function entry(id: string): PresetEntry {
  const found = PRESET_ENTRIES.find((e) => e.id === id);
  if (!found) throw new Error(`No palette entry for the preset ${id}.`);
  return found;
}

const small = (cpu: string, memory: string, limit = memory) => ({
  requests: { cpu, memory },
  limits: { memory: limit },
});

const LOG_DIR = '/var/log/app';

const logShipper: SidecarPreset = {
  ...entry('log-shipper'),
  summary:
    'Fluent Bit tails the log files the app writes into a shared volume and prints them to stdout (swap the output for your log backend).',
  name: 'log-shipper',
  container: () => ({
    image: 'fluent/fluent-bit:3.2.4',
    args: ['-i', 'tail', '-p', `path=${LOG_DIR}/*.log`, '-o', 'stdout'],
    resources: small('20m', '32Mi', '64Mi'),
  }),
  sharedVolume: () => ({
    name: 'app-logs',
    emptyDir: {},
    sidecar: { mountPath: LOG_DIR, readOnly: true },
    main: { mountPath: LOG_DIR },
  }),
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

const contentSync: SidecarPreset = {
  ...entry('content-sync'),
  summary:
    'git-sync pulls a repository every minute into a shared volume the main container serves (the checkout is under current/).',
  name: 'content-sync',
  container: () => ({
    image: 'registry.k8s.io/git-sync/git-sync:v4.4.0',
    args: [
      '--repo=https://github.com/example/site.git',
      '--ref=main',
      '--root=/git',
      '--link=current',
      '--period=60s',
    ],
    resources: small('10m', '32Mi', '128Mi'),
  }),
  sharedVolume: (ctx) => ({
    name: 'content',
    emptyDir: {},
    sidecar: { mountPath: '/git' },
    main: {
      mountPath: /(^|\/)nginx(:|@|$)/.test(ctx.main?.image ?? '')
        ? '/usr/share/nginx/html'
        : '/srv/content',
      readOnly: true,
    },
  }),
};

const CREDENTIALS = '/credentials';

const credentialRefresher: SidecarPreset = {
  ...entry('credential-refresher'),
  summary:
    'A loop writes a fresh database token every 10 minutes into an in-memory volume the app reads (here an AWS RDS IAM token).',
  name: 'token-refresher',
  container: () => ({
    image: 'amazon/aws-cli:2.22.0',
    command: ['sh', '-c'],
    args: [
      [
        'while true; do',
        '  aws rds generate-db-auth-token --hostname "$DB_HOST" --port "$DB_PORT" --username "$DB_USER" \\',
        `    > ${CREDENTIALS}/token.tmp && mv ${CREDENTIALS}/token.tmp ${CREDENTIALS}/token`,
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
  }),
  sharedVolume: () => ({
    name: 'credentials',
    emptyDir: { medium: 'Memory', sizeLimit: '1Mi' },
    sidecar: { mountPath: CREDENTIALS },
    main: { mountPath: '/var/run/credentials', readOnly: true },
  }),
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
