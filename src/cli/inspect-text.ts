import { WORKLOAD_KIND_WORDS } from '../pod/kinds.ts';
import type { DesignAnalysis, WorkloadAnalysis } from '../analysis/inspect.ts';
import type { StartStep } from '../analysis/lifecycle.ts';
import type { ServiceRoute } from '../analysis/network.ts';
import { limitReason, limitWords, requestReason } from '../analysis/resource-words.ts';
import type { RequestAmounts } from '../analysis/resources.ts';
import { LISTED_ROLE_WORDS as ROLE_WORDS } from '../pod/roles.ts';
import type { Role } from '../pod/types.ts';

// `podsmith inspect --format text`: one report per workload, in the order a reader asks the
// questions (what runs, what it reserves, how it starts and stops, who reaches it). Every reason
// comes from the analyses themselves, worded once for the app and the CLI.

/** Rows as columns padded to the widest cell, two spaces apart, indented by two. */
export function table(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    `  ${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')}`.trimEnd(),
  );
}

const amounts = (a: RequestAmounts): string =>
  Object.entries(a)
    .map(([r, v]) => `${r} ${v}`)
    .join(', ') || 'none';

function containers(w: WorkloadAnalysis): string[] {
  const rows = w.resources.containers.map((c) => {
    const role =
      c.runsAs === c.role
        ? ROLE_WORDS[c.role]
        : `${ROLE_WORDS[c.role]} (runs as ${ROLE_WORDS[c.runsAs]})`;
    const defaulted = c.defaulted.length ? ` (${c.defaulted.join(', ')} from the limit)` : '';
    return [c.name, role, `${amounts(c.requests)}${defaulted}`, amounts(c.limits)];
  });
  return ['Containers:', ...table([['container', 'role', 'requests', 'limits'], ...rows])];
}

function resources(w: WorkloadAnalysis): string[] {
  const { totals } = w.resources;
  const rows = totals.map((t) => [t.resource, t.request.total ?? '0', limitWords(t.limit.total)]);
  const reasons = totals.flatMap((t) => [requestReason(w.resources, t), limitReason(t)]);
  const ignored = w.resources.ignored.map(
    (i) => `Left out: ${i.field}: ${i.value} is not a quantity the API server accepts.`,
  );
  return [
    'Pod resources (what the scheduler reserves):',
    ...table([['resource', 'request', 'limit'], ...rows]),
    ...[...reasons, ...ignored].map((line) => `  ${line}`),
  ];
}

const names = (step: { containers: { name: string; role: Role }[] }) =>
  step.containers.map((c) => `${c.name} (${ROLE_WORDS[c.role]})`).join(', ');

function startup(steps: StartStep[]): string[] {
  return [
    'Start-up:',
    ...steps.map((s, i) => {
      const blocked = s.blocked ? 'Never starts: an earlier step never lets it. ' : '';
      return `  ${i + 1}. ${names(s)}: ${blocked}${s.detail}`;
    }),
  ];
}

function shutdown(w: WorkloadAnalysis): string[] {
  const { stop } = w.lifecycle;
  const grace = `${stop.graceSeconds} s grace period${stop.graceDefault ? ', the default' : ''}`;
  return [
    `Shut-down (${grace}):`,
    ...stop.steps.map((s, i) => `  ${i + 1}. ${names(s)}: ${s.detail}`),
    ...stop.notes.map((n) => `  ${n}`),
  ];
}

function route(r: ServiceRoute): string {
  const from = `Service ${r.service} port ${String(r.port)}/${r.protocol}${r.name ? ` (${r.name})` : ''}`;
  const to = r.target
    ? `${r.target.container} ${String(r.target.port)}/${r.target.protocol}${r.target.name ? ` (${r.target.name})` : ''}`
    : `targetPort ${String(r.targetPort)}`;
  return `  ${from} -> ${to}${r.note ? `: ${r.note}` : ''}`;
}

function network(w: WorkloadAnalysis): string[] {
  const { ports, conflicts, services, host, processes } = w.network;
  const lines = ['Ports:'];
  if (ports.length)
    lines.push(
      ...table(
        ports.map((p) => [
          p.container,
          `${String(p.port)}/${p.protocol}`,
          p.name ?? '',
          p.hostPort !== undefined ? `node port ${p.hostPort}` : '',
        ]),
      ),
    );
  else lines.push('  none declared');
  lines.push(...conflicts.map((c) => `  ${c.severity}: ${c.message}`));
  lines.push(...services.map(route));
  if (host.hostNetwork || host.bindings.length) lines.push(...host.effects.map((e) => `  ${e}`));
  if (processes.mode !== 'own') lines.push(`  ${processes.summary}`);
  return lines;
}

/** The text report of one workload. */
export function workloadText(w: WorkloadAnalysis, k8s: string): string {
  const { pod, lifecycle, qos } = w;
  const sections = [
    [`${pod.kind} ${pod.name || '(no name)'} (document ${pod.document}), Kubernetes ${k8s}`],
    ...(lifecycle.notes.length ? [lifecycle.notes.map((n) => `Note: ${n}`)] : []),
    containers(w),
    resources(w),
    [`QoS class: ${qos.qosClass}. ${qos.reason}`],
    startup(lifecycle.start),
    shutdown(w),
    ...(lifecycle.job ? [[`${lifecycle.job.detail}.`]] : []),
    network(w),
  ];
  return sections.map((s) => s.join('\n')).join('\n\n');
}

/**
 * `podsmith inspect --format text`: a report per workload, blank lines between, or a sentence
 * saying the file holds none. `file` names the input in that sentence.
 */
export function inspectText(analysis: DesignAnalysis, file: string): string {
  if (!analysis.workloads.length)
    return `No workload in ${file}: podsmith inspect reads ${WORKLOAD_KIND_WORDS} documents.\n`;
  return `${analysis.workloads.map((w) => workloadText(w, analysis.k8s)).join('\n\n\n')}\n`;
}
