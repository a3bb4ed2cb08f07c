import { packTar } from 'modern-tar';

/** A file to archive: its path under the archive's folder, and its text (written as UTF-8). */
export interface ArchiveFile {
  path: string;
  text: string;
}

/**
 * The time every entry carries: fixed, so one design always gives the same bytes. 1980-01-01,
 * the oldest time ZIP can hold, as reproducible builds use: tar tools warn about 1970.
 */
export const ARCHIVE_TIME = new Date(Date.UTC(1980, 0, 1));

/**
 * A gzipped tar of `files`, every one under `folder/` (as `helm package` lays out a chart:
 * `web/Chart.yaml`, `web/templates/…`), with mode 0644, owner 0 and {@link ARCHIVE_TIME}.
 * modern-tar writes the tar (names past 100 bytes in the ustar prefix, then PAX, so long and
 * non-ASCII names survive); the platform's CompressionStream gzips it (mtime 0 in its header).
 * The same files give the same bytes on one platform (the gzip header names the OS it ran on).
 */
export async function tgz(
  folder: string,
  files: readonly ArchiveFile[],
): Promise<Uint8Array<ArrayBuffer>> {
  const encoder = new TextEncoder();
  const entries = files.map((file) => {
    if (file.path.startsWith('/') || file.path.split('/').includes('..'))
      throw new Error(`${file.path}: not a path inside the archive`);
    const body = encoder.encode(file.text);
    return {
      header: {
        name: `${folder}/${file.path}`,
        size: body.byteLength,
        mode: 0o644,
        mtime: ARCHIVE_TIME,
        type: 'file' as const,
        uid: 0,
        gid: 0,
        uname: '',
        gname: '',
      },
      body,
    };
  });
  const tar = await packTar(entries);
  const gzipped = new Blob([tar]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(gzipped).arrayBuffer());
}
