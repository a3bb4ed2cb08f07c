import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { API_FIELD_CHANGES } from './api-fields.ts';
import { API_TYPE_GRAPH } from './api-type-graph-data.ts';
import { typeGraph } from './api-type-graph.ts';

const dir = path.dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(fs.readFileSync(path.join(dir, 'schema/k8s.schema.json'), 'utf8'));

describe('the type graph the version rules walk', () => {
  it('is what the committed schema gives (regenerate api-type-graph-data.ts when it changes)', () => {
    const built = typeGraph(
      schema.definitions,
      new Set(API_FIELD_CHANGES.map((c) => `I${c.type}`)),
    );
    if (process.env.WRITE_TYPE_GRAPH)
      fs.writeFileSync(process.env.WRITE_TYPE_GRAPH, JSON.stringify(built));
    expect(API_TYPE_GRAPH).toEqual(built);
  });

  it('leads from every kind with a pod template to the container fields', () => {
    for (const kind of ['IPod', 'IDeployment', 'IStatefulSet', 'IDaemonSet', 'IJob', 'ICronJob'])
      expect(API_TYPE_GRAPH[kind], kind).toBeDefined();
    expect(API_TYPE_GRAPH.IPodSpec?.containers).toBe('IContainer');
    expect(API_TYPE_GRAPH.IContainer?.lifecycle).toBe('ILifecycle');
  });
});
