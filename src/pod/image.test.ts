import { describe, expect, it } from 'vitest';
import { imageProblem } from './image.ts';

describe('imageProblem', () => {
  it.each([
    'nginx',
    'nginx:1.27',
    'nginx:1.27-alpine',
    'library/nginx:latest',
    'ghcr.io/org/app:v1.2.3',
    'localhost:5000/team/app',
    'registry.example.com:8443/a/b/c:Tag_1',
    'busybox@sha256:' + 'a'.repeat(64),
    'fluent/fluent-bit:3.1@sha256:' + '0123456789abcdef'.repeat(4),
    'my__app',
    '[::1]:5000/app',
  ])('accepts %s', (image) => {
    expect(imageProblem(image)).toBeUndefined();
  });

  it('refuses spaces', () => {
    expect(imageProblem('nginx 1.27')).toMatch(/spaces/);
    expect(imageProblem('nginx\t')).toMatch(/spaces/);
  });

  it.each(['Nginx', 'nginx:', ':1.27', 'nginx::1', 'nginx@sha256:abc', 'a//b', '-app', 'app-'])(
    'refuses %s',
    (image) => {
      expect(imageProblem(image)).toMatch(/Not an image reference/);
    },
  );

  it('refuses an empty image', () => {
    expect(imageProblem('')).toMatch(/needs an image/);
  });
});
