import { describe, expect, it } from 'vitest';
import { VOLUME_SOURCES } from '../edit/volumes.ts';
import {
  DEFAULT_VOLUME_NAMES,
  downwardFieldPathProblem,
  itemPathProblem,
  storageQuantityProblem,
} from './sources.ts';

describe('volume source rules', () => {
  it('has a starting name for every source the designer offers', () => {
    for (const source of Object.keys(VOLUME_SOURCES))
      expect(DEFAULT_VOLUME_NAMES).toHaveProperty(source);
  });

  it('accepts positive quantities and refuses the rest', () => {
    for (const ok of ['1Gi', '512Mi', '10G', '1.5Gi', '100', '1e3', '0.5Gi'])
      expect(storageQuantityProblem(ok), ok).toBeUndefined();
    expect(storageQuantityProblem('1GB')).toMatch(/quantity/);
    expect(storageQuantityProblem('Gi')).toMatch(/quantity/);
    expect(storageQuantityProblem('ten')).toMatch(/quantity/);
    expect(storageQuantityProblem('0Gi')).toMatch(/above zero/);
    expect(storageQuantityProblem('-1Gi')).toMatch(/above zero/);
  });

  it('wants item paths relative and without ..', () => {
    expect(itemPathProblem('conf/app.conf')).toBeUndefined();
    expect(itemPathProblem('/etc/app.conf')).toMatch(/relative/);
    expect(itemPathProblem('../x')).toMatch(/\.\./);
    expect(itemPathProblem('a/../b')).toMatch(/\.\./);
    expect(itemPathProblem('a..b')).toBeUndefined();
    expect(itemPathProblem(' ')).toMatch(/Enter/);
  });

  it('knows which fields a downwardAPI volume can expose', () => {
    expect(downwardFieldPathProblem('metadata.labels')).toBeUndefined();
    expect(downwardFieldPathProblem("metadata.annotations['team']")).toBeUndefined();
    expect(downwardFieldPathProblem('spec.nodeName')).toMatch(/Use one of/);
    expect(downwardFieldPathProblem('metadata.labels[team]')).toMatch(/Use one of/);
  });
});
