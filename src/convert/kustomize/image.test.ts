import { describe, expect, it } from 'vitest';
import { imageMatches, joinImage, splitImage } from './image.ts';

describe('image references as Kustomize reads them', () => {
  // The first seven rows are Kustomize's own table (api/internal/image/image_test.go TestSplit).
  it.each([
    ['nginx', 'nginx', '', ''],
    ['nginx:1.2.3', 'nginx', '1.2.3', ''],
    ['nginx@sha256:12345', 'nginx', '', 'sha256:12345'],
    ['nginx:1.2.3@sha256:12345', 'nginx', '1.2.3', 'sha256:12345'],
    ['docker.io/nginx:1.2.3', 'docker.io/nginx', '1.2.3', ''],
    ['foo.com:443/nginx:1.2.3', 'foo.com:443/nginx', '1.2.3', ''],
    ['foo.com:443/nginx:1.2.3@sha256:12345', 'foo.com:443/nginx', '1.2.3', 'sha256:12345'],
    ['localhost:5000/team/app', 'localhost:5000/team/app', '', ''],
    ['localhost:5000/team/app@sha256:ab', 'localhost:5000/team/app', '', 'sha256:ab'],
    ['registry.k8s.io/git-sync/git-sync:v4.4.0', 'registry.k8s.io/git-sync/git-sync', 'v4.4.0', ''],
  ])('%s', (image, name, tag, digest) => {
    expect(splitImage(image)).toEqual({ name, tag, digest });
    expect(joinImage(splitImage(image))).toBe(image);
  });

  it('matches an entry name with any tag or digest, and nothing longer', () => {
    expect(imageMatches('nginx', 'nginx')).toBe(true);
    expect(imageMatches('nginx:1.27', 'nginx')).toBe(true);
    expect(imageMatches('nginx:1.2.3@sha256:xyz', 'nginx')).toBe(true);
    expect(imageMatches('nginx-exporter:1', 'nginx')).toBe(false);
    expect(imageMatches('apache:1', 'nginx')).toBe(false);
    expect(imageMatches('foo.com:443/nginx:1', 'foo.com:443/nginx')).toBe(true);
    // The name is a regular expression, unescaped, as in Kustomize: a dot matches any character.
    expect(imageMatches('fooxcom/app:1', 'foo.com/app')).toBe(true);
    expect(imageMatches('app:1', 'app(')).toBe(false);
  });
});
