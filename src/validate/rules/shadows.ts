import type { ContainerView, PodView } from '../../pod/types.ts';
import { quote, type RuleFamily } from '../context.ts';
import { directoryOf } from './mounts.ts';

/** A directory an image ships files in, which a volume mounted over it hides. */
interface Populated {
  dir: string;
  /** What the image keeps there, for the message. */
  what: string;
  /** Images (the last component of the repository name) that have it; every image when absent. */
  images?: RegExp;
  /** Images that do not have it, although the directory is common. */
  except?: RegExp;
  /**
   * A directory meant to be filled from outside (a web root): a PVC or configMap there is the usual
   * way to serve content, so only an emptyDir that nothing writes to is a mistake.
   */
  content?: boolean;
}

const NGINX = /^nginx(-unprivileged)?$/;
const HTTPD = /^httpd$/;
/** Base and language images: they have no /app of their own, so a volume there hides nothing. */
const BARE =
  /^(busybox|alpine|debian|ubuntu|centos|fedora|rockylinux|almalinux|amazonlinux|archlinux|bash|curl|python|node|golang|ruby|php|perl|openjdk|eclipse-temurin|amazoncorretto)$/;

const POPULATED: readonly Populated[] = [
  { dir: '/', what: 'its whole filesystem' },
  { dir: '/etc', what: 'system configuration: passwd, group, hosts, CA certificates' },
  { dir: '/bin', what: 'programs' },
  { dir: '/sbin', what: 'programs' },
  { dir: '/usr', what: 'programs and libraries' },
  { dir: '/usr/bin', what: 'programs' },
  { dir: '/usr/sbin', what: 'programs' },
  { dir: '/usr/local/bin', what: 'programs' },
  { dir: '/lib', what: 'system libraries' },
  { dir: '/lib64', what: 'system libraries' },
  { dir: '/usr/lib', what: 'system libraries' },
  { dir: '/etc/nginx', what: "nginx's configuration: nginx.conf, mime.types", images: NGINX },
  { dir: '/usr/share/nginx/html', what: "nginx's default pages", images: NGINX, content: true },
  { dir: '/usr/local/apache2/conf', what: "httpd's configuration", images: HTTPD },
  { dir: '/usr/local/apache2/htdocs', what: "httpd's default pages", images: HTTPD, content: true },
  { dir: '/app', what: 'the application, usually its working directory', except: BARE },
  { dir: '/usr/src/app', what: 'the application, usually its working directory', except: BARE },
];

/** Sources whose files replace the directory's; a hostPath there is volume-hostpath-risk's. */
const READ_ONLY = new Set(['configMap', 'secret', 'projected', 'downwardAPI']);
const WRITABLE = new Set(['emptyDir', 'persistentVolumeClaim', 'volumeClaimTemplate', 'ephemeral']);

/**
 * A volume mounted over a directory the image populates hides the image's files there: a
 * configMap over /etc/nginx removes mime.types, an emptyDir over /app removes the application.
 *
 * The criterion keeps deliberate hand-offs quiet. An emptyDir or PVC that another container of the
 * pod mounts writable is being filled by that container (the content-sidecar pattern: nginx serves
 * from an emptyDir over /usr/share/nginx/html that a sidecar writes into, or an init container that
 * copies a tool into /usr/local/bin); hiding the image's files is then the point, so there is no
 * finding, not even info. Web roots (`content` above) are meant to be replaced, so only an emptyDir
 * nothing writes to is flagged there: the server would serve an empty directory.
 *
 * Data directories (/var/lib/mysql, /var/lib/postgresql/data, /data) are left alone on purpose:
 * images declare them as VOLUMEs precisely to be mounted over, and fill them on first start.
 * Images are recognised by name only (no registry lookups), so the table stays small and
 * conservative: a warning here means a runtime failure is likely, not merely possible.
 */
export const shadows: RuleFamily = {
  ids: ['volume-mount-shadows-image-content'],
  workload(ctx, report) {
    const { pod, document } = ctx;
    const sources = new Map(pod.volumes.map((v) => [v.name, v.source]));
    for (const container of pod.containers) {
      if (!container.image) continue;
      const image = imageName(container.image);
      container.mounts.forEach((mount, i) => {
        const source = sources.get(mount.volume);
        if (!source || !mount.mountPath) return;
        const dir = directoryOf(mount.mountPath);
        const populated = POPULATED.find(
          (p) =>
            p.dir === dir &&
            (!p.images || p.images.test(image)) &&
            !(p.except && p.except.test(image)),
        );
        if (!populated) return;
        const writable = WRITABLE.has(source);
        if (!writable && !READ_ONLY.has(source)) return;
        if (writable && writtenByOther(pod, container, mount.volume)) return;
        if (populated.content && source !== 'emptyDir') return;
        const hides = `${source} volume ${quote(mount.volume)} mounted over ${dir} hides the files the image keeps there (${populated.what})`;
        report({
          ruleId: 'volume-mount-shadows-image-content',
          severity: 'warning',
          document,
          path: [...container.path, 'volumeMounts', i, 'mountPath'],
          detail: writable
            ? `${hides}, and no other container writes to it, so the directory stays empty: fill it from an init container or a sidecar, or mount it elsewhere`
            : `${hides}: mount single files with subPath, or mount the volume at a directory of its own`,
        });
      });
    }
  },
};

/** True when a container other than `self` mounts the volume without readOnly. */
function writtenByOther(pod: PodView, self: ContainerView, volume: string): boolean {
  return pod.containers.some(
    (c) => c !== self && c.mounts.some((m) => m.volume === volume && !m.readOnly),
  );
}

/** The last component of an image's repository, lowercased: `docker.io/library/nginx:1.27` → `nginx`. */
export function imageName(image: string): string {
  const ref = image.split('@')[0] ?? '';
  const colon = ref.lastIndexOf(':');
  const repo = colon > ref.lastIndexOf('/') ? ref.slice(0, colon) : ref;
  return repo.slice(repo.lastIndexOf('/') + 1).toLowerCase();
}
