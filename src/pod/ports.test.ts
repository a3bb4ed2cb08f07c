import { describe, expect, it } from 'vitest';
import { freePort, portNameProblem } from './ports.ts';

describe('portNameProblem', () => {
  it.each(['http', 'metrics', 'grpc-web', 'h2c', 'a', 'abcdefghijklmno', '8080-tcp'])(
    'accepts %j',
    (name) => {
      expect(portNameProblem(name)).toBeUndefined();
    },
  );

  it.each([
    ['', /empty/],
    ['abcdefghijklmnop', /15 characters/],
    ['HTTP', /lowercase/],
    ['web_port', /lowercase/],
    ['8080', /at least one letter/],
    ['grpc--web', /"--"/],
    ['-http', /start or end/],
    ['http-', /start or end/],
  ])('refuses %j', (name, message) => {
    expect(portNameProblem(name)).toMatch(message);
  });

  it('refuses a name another port of the container has', () => {
    expect(portNameProblem('http', ['metrics', 'http'])).toMatch(/already named "http"/);
    expect(portNameProblem('http', ['metrics'])).toBeUndefined();
  });
});

describe('freePort', () => {
  it('starts at 8080 and skips used numbers', () => {
    expect(freePort([])).toBe(8080);
    expect(freePort([80])).toBe(8080);
    expect(freePort([8080, 8081, 9090])).toBe(8082);
  });
});
