import { entryOf, isObj, listOf, type Obj } from '../context.ts';

// Guesses about what a container's process does, for the runtime rules (an init container that
// never exits, a classic sidecar that keeps a Job alive, an init container that needs a sidecar).
// They only claim what is near certain: a miss costs nothing, a false alarm teaches users to
// ignore the rules.

/** The strings of a list field (`command`, `args`), skipping anything else. */
function strings(value: unknown): string[] {
  return listOf(value).filter((v): v is string => typeof v === 'string');
}

/** `command` and `args` as one line, the way the container would run them. */
export function commandLine(c: Obj): string {
  return [...strings(c.command), ...strings(c.args)].join(' ');
}

/** The command line plus every literal env value: where addresses and ports show up. */
export function containerText(c: Obj): string {
  const values = listOf(c.env)
    .map((e) => (isObj(e) && typeof e.value === 'string' ? e.value : ''))
    .filter(Boolean);
  return [commandLine(c), ...values].join(' ');
}

/** The last path component of an image's repository: `docker.io/library/nginx:1.27` → `nginx`. */
export function imageName(image: unknown): string {
  if (typeof image !== 'string') return '';
  const noDigest = image.split('@')[0]!;
  const last = noDigest.slice(noDigest.lastIndexOf('/') + 1);
  return last.split(':')[0]!.toLowerCase();
}

// Images whose default command is a server that runs until stopped.
const SERVERS = new Set([
  'nginx',
  'nginx-unprivileged',
  'httpd',
  'haproxy',
  'traefik',
  'caddy',
  'postgres',
  'postgresql',
  'mysql',
  'mariadb',
  'mongo',
  'redis',
  'memcached',
  'rabbitmq',
]);

// Agents whose entrypoint runs until stopped whatever flags it gets; `needs` narrows images whose
// entrypoint has one-shot subcommands too (pilot-agent's istio-iptables, vault's kv get).
const AGENTS: Record<string, { needs?: RegExp }> = {
  'fluent-bit': {},
  fluentd: {},
  vector: {},
  promtail: {},
  filebeat: {},
  envoy: {},
  proxyv2: { needs: /^(proxy\b|$)/ },
  'cloud-sql-proxy': {},
  'cloudsql-proxy': {},
  'alloydb-auth-proxy': {},
  'oauth2-proxy': {},
  pgbouncer: {},
  'statsd-exporter': {},
  'git-sync': {},
  'opentelemetry-collector': {},
  'opentelemetry-collector-contrib': {},
  vault: { needs: /^(agent\b|server\b|$)/ },
};

// Flags that make an agent do its work once and exit.
const ONE_SHOT = /--one-time|-exit-after-auth|--mode[= ]validate|--version|--help/;

const SLEEP_FOREVER = /\bsleep\s+inf(inity)?\b/;
const AFTER_FAILURE = /\|\|\s*(exec\s+)?sleep\s+inf/; // `migrate || sleep infinity`: only on failure
const TAIL_FOLLOW = /\btail\b[^;&|\n]*\s(-[a-zA-Z]*[fF][a-zA-Z]*|--follow)\b/;
const ENDLESS = /\bwhile\s+(true|:|\[\s*(1|true)\s*\])\s*(;|\n|do\b)/;
const LEAVES_LOOP = /\b(break|exit)\b/;
const FOREGROUND = /daemon\s+off/;

export interface NeverExits {
  /** The field that shows it: the command line, or the image's own default command. */
  field: 'command' | 'args' | 'image';
  /** A few words on why, for the message. */
  why: string;
}

/**
 * Why a container's process will not exit by itself, or `undefined` when it may (or nobody can
 * tell): `sleep infinity`, `tail -f`, a `while true` loop with no way out, a server kept in the
 * foreground, a server image run with its default command, or a known agent image (log shipper,
 * proxy, git-sync) run with its own entrypoint and no one-shot flag.
 */
export function neverExits(c: Obj): NeverExits | undefined {
  const line = commandLine(c);
  const field = strings(c.command).length > 0 ? 'command' : 'args';
  if (line !== '') {
    if (SLEEP_FOREVER.test(line) && !AFTER_FAILURE.test(line))
      return { field, why: 'sleep infinity' };
    if (TAIL_FOLLOW.test(line) && !/--pid\b/.test(line)) return { field, why: 'tail -f' };
    if (ENDLESS.test(line) && !LEAVES_LOOP.test(line))
      return { field, why: 'an endless while loop' };
    if (FOREGROUND.test(line)) return { field, why: 'a server kept in the foreground' };
  }
  const name = imageName(c.image);
  const hasCommand = strings(c.command).length > 0;
  if (!hasCommand && line === '' && SERVERS.has(name))
    return { field: 'image', why: `the ${name} image runs a server by default` };
  const agent = entryOf(AGENTS, name);
  if (!hasCommand && agent && !ONE_SHOT.test(line) && (!agent.needs || agent.needs.test(line)))
    return { field: 'image', why: `${name} runs until it is stopped` };
  return undefined;
}

// Ways a Job's main container stops a classic sidecar itself: Istio's /quitquitquit endpoint, or a
// kill through the shared process namespace.
const STOPS_SIDECAR = /quitquitquit/;
const KILLS = /\b(pkill|killall|kill)\b/;

/**
 * Whether one of a pod's app containers stops the classic sidecars itself once its work is done,
 * so a sidecar that never exits by itself still lets a Job complete: a call to Istio's
 * `/quitquitquit`, or a kill through a shared process namespace.
 */
export function appStopsSidecars(apps: Obj[], shareProcessNamespace: boolean): boolean {
  const lines = apps.map(commandLine);
  if (lines.some((l) => STOPS_SIDECAR.test(l))) return true;
  return shareProcessNamespace && lines.some((l) => KILLS.test(l));
}

const PROXY = /proxy|envoy|pgbouncer/;
const SECRETS_AGENT = /vault|secrets?[-_]?(agent|store|manager|sync)|doppler|infisical|conjur/;

/** A sidecar that other containers reach through localhost: a mesh or database proxy. */
export function isProxy(c: Obj): boolean {
  const name = typeof c.name === 'string' ? c.name.toLowerCase() : '';
  return PROXY.test(imageName(c.image)) || PROXY.test(name);
}

/** A sidecar that writes secrets into a shared volume for others to read. */
export function isSecretsAgent(c: Obj): boolean {
  const name = typeof c.name === 'string' ? c.name.toLowerCase() : '';
  return SECRETS_AGENT.test(imageName(c.image)) || SECRETS_AGENT.test(name);
}

/** True when the text connects to the pod itself (localhost, 127.0.0.1, [::1]). */
export function mentionsLocalhost(text: string): boolean {
  return /\b(localhost|127\.0\.0\.1)\b|\[::1\]/.test(text);
}
