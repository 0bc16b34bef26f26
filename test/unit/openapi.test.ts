import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../lib/routes.ts';

const spec = parse(readFileSync(join(import.meta.dirname, '..', '..', 'openapi.yaml'), 'utf8'));
const documented = Object.entries<Record<string, any>>(spec.paths).flatMap(([path, ops]) =>
  Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, op })));

describe('openapi.yaml', () => {
  it('is OpenAPI 3.1', () => {
    expect(spec.openapi).toBe('3.1.0');
  });

  it('documents exactly the routes the API serves (lib/routes.ts: the CDK app and the local server)', () => {
    const served = ROUTES.map((r) => `${r.method} ${r.path}`).sort();
    expect(documented.map((d) => `${d.method} ${d.path}`).sort()).toEqual(served);
  });

  it('marks as public exactly the routes served without a token', () => {
    for (const d of documented) {
      const route = ROUTES.find((r) => r.method === d.method && r.path === d.path)!;
      const isPublic = Array.isArray(d.op.security) && d.op.security.length === 0;
      expect(isPublic, `${d.method} ${d.path}`).toBe(!route.auth);
    }
  });

  it('lists exactly the query parameters each route reads (any other is refused), and a 400 for every route that reads its query', async () => {
    for (const d of documented) {
      const route = ROUTES.find((r) => r.method === d.method && r.path === d.path)!;
      const { handler } = await import(`../../lambdas/handlers/${route.handler}.ts`);
      const listed = (d.op.parameters ?? []).map((p: any) => (p.$ref ? p.$ref.split('/').slice(1).reduce((o: any, k: string) => o[k], spec) : p))
        .filter((p: any) => p.in === 'query').map((p: any) => p.name).sort();
      if (handler.queryParameters === null) {
        expect(`${d.method} ${d.path}`).toBe('GET /fact-checks/{claimId}'); // the one page that ignores its query
        continue;
      }
      expect(listed, `${d.method} ${d.path}`).toEqual([...handler.queryParameters].sort());
      expect(d.op.responses['400'], `${d.method} ${d.path}: 400`).toBeDefined();
    }
  });

  it('resolves every $ref', () => {
    const refs = JSON.stringify(spec).match(/"\$ref":"#\/components\/[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      const path = ref.slice(8, -1).split('/').slice(1);
      expect(path.reduce((o: any, k) => o?.[k], spec), ref).toBeDefined();
    }
  });
});
