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

/**
 * Where the content is. git-sync (v4) does not put the files at the top of its `--root`: the root
 * holds its own state (the repository, one worktree per synced revision) and a symlink, `--link`,
 * to the worktree of the current revision, swapped atomically after each sync. That symlink is
 * the "contract" for consumers (kubernetes/git-sync README, "Contract" and the `--root`/`--link`
 * flags of its manual), and git-sync writes it as a relative link so that it still resolves where
 * another container mounts the volume. So the app reads `<its mount path>/current`; nginx serving
 * the volume root answers 403 (no index.html there).
 *
 * How nginx gets there: not with `subPath: current`, because a subPath is resolved once, when the
 * container starts: it would pin the first revision (or, before the first sync, an empty folder)
 * and never follow the link. Not with a ConfigMap: a second object to keep in step with the mount
 * path, outside the pod the preset adds to. The official image's stock config serves
 * /usr/share/nginx/html; the preset gives nginx a two-line command that points that root at
 * `<mount path>/current` and then runs the image's entrypoint as before. A main container with a
 * command or args of its own is left alone, and the dialog says where to serve from.
 */
export const GIT_SYNC_LINK = 'current';

/** The root the official nginx image's /etc/nginx/conf.d/default.conf serves. */
const NGINX_HTML = '/usr/share/nginx/html';

// The official image (Docker Hub library/nginx) and its unprivileged variant: both start through
// /docker-entrypoint.sh and serve NGINX_HTML from conf.d/default.conf.
const OFFICIAL_NGINX =
  /^(?:(?:docker\.io|index\.docker\.io)\/)?(?:(?:library\/)?nginx|nginxinc\/nginx-unprivileged)(?::[\w][\w.-]*)?(?:@\S+)?$/;

/** Whether `image` is an official nginx image, whose stock config the preset knows. */
export function isOfficialNginx(image: string | undefined): boolean {
  return OFFICIAL_NGINX.test(image?.trim() ?? '');
}

/** nginx can be pointed at the checkout: an official image running its own entrypoint. */
function pointsNginx(ctx: PresetContext): boolean {
  return isOfficialNginx(ctx.main?.image) && !ctx.mainHasCommand;
}

const contentVolume = (ctx: PresetContext): SharedVolume => ({
  name: 'content',
  emptyDir: {},
  sidecar: { mountPath: '/git' },
  main: {
    mountPath: isOfficialNginx(ctx.main?.image) ? NGINX_HTML : '/srv/content',
    readOnly: true,
  },
});

export const contentSync: SidecarPreset = {
  ...entry('content-sync'),
  summary:
    'git-sync pulls a repository every minute into a shared volume the main container serves (the checkout is under current/).',
  name: 'content-sync',
  container: (ctx) => ({
    image: 'registry.k8s.io/git-sync/git-sync:v4.4.0',
    args: [
      '--repo=https://github.com/example/site.git',
      '--ref=main',
      `--root=${volumeOf(ctx, contentVolume).sidecar}`,
      `--link=${GIT_SYNC_LINK}`,
      '--period=60s',
    ],
    resources: small('10m', '32Mi', '128Mi'),
  }),
  sharedVolume: contentVolume,
  mainFields: (ctx) => {
    if (!pointsNginx(ctx)) return undefined;
    const root = under(volumeOf(ctx, contentVolume).main, GIT_SYNC_LINK);
    const script = [
      `# git-sync publishes the checkout at ${root}: serve it, not the volume root.`,
      `sed -i 's|${NGINX_HTML};|${root};|' /etc/nginx/conf.d/default.conf`,
      "exec /docker-entrypoint.sh nginx -g 'daemon off;'",
      '',
    ].join('\n');
    return { command: ['sh', '-c'], args: [script] };
  },
  explain: (ctx) => {
    const root = under(volumeOf(ctx, contentVolume).main, GIT_SYNC_LINK);
    return pointsNginx(ctx)
      ? `git-sync publishes the checkout at ${root} in ${mainName(ctx)}; nginx gets a command that serves it from there (the volume root holds git-sync's state).`
      : `git-sync publishes the checkout at ${root} in ${mainName(ctx)}: serve it from there, not from the volume root (which holds git-sync's state).`;
  },
};
