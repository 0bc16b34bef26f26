/**
 * What IAM does in AWS, for the bundles run locally: each function reaches DynamoDB and Step Functions
 * through this gate at a path of its own (/<service>/<handler>), which lets through only the actions
 * declared for that handler in lib/routes.ts (ACCESS) and answers AccessDeniedException to the rest, as
 * its role would. It records every call per function, and lets a test answer a call with a fault.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ACCESS } from '../routes.ts';

export interface GateCall {
  handler: string;
  /** "dynamodb:GetItem", "states:StartExecution" */
  action: string;
  body: string;
}
/** An answer in place of the service's: a status and a JSON 1.0 error body ({__type, message}). */
export type Fault = { status: number; body: Record<string, unknown> };
export type FaultHook = (call: GateCall) => Fault | undefined;

export interface AwsGate {
  /** The endpoints a function's SDK clients use (AWS_ENDPOINT_URL_DYNAMODB, AWS_ENDPOINT_URL_SFN). */
  endpoints(handler: string): { dynamodb: string; sfn: string };
  /** Every action each function called, allowed or not. */
  calls: Map<string, Set<string>>;
  denied: GateCall[];
  close(): Promise<void>;
}

const SERVICES: Record<string, { prefix: string; upstream: 'dynamodb' | 'sfn' }> = {
  dynamodb: { prefix: 'dynamodb', upstream: 'dynamodb' },
  sfn: { prefix: 'states', upstream: 'sfn' },
};

export async function startAwsGate(upstream: { dynamodb: string; sfn: string }, opts: { fault?: FaultHook; log?: (line: string) => void } = {}): Promise<AwsGate> {
  const calls = new Map<string, Set<string>>();
  const denied: GateCall[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const [, service, handler] = (req.url ?? '').split('/');
      const svc = SERVICES[service];
      const op = String(req.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
      const send = (status: number, payload: Record<string, unknown>) => {
        res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'local' });
        res.end(JSON.stringify(payload));
      };
      if (!svc || !handler) return send(400, { __type: 'UnrecognizedClientException', message: `no such path ${req.url}` });
      const call: GateCall = { handler, action: `${svc.prefix}:${op}`, body: body.toString('utf8') };
      (calls.get(handler) ?? calls.set(handler, new Set()).get(handler)!).add(call.action);
      if (!(ACCESS[handler] ?? []).includes(call.action as never)) {
        denied.push(call);
        opts.log?.(`[${handler}] AccessDenied: ${call.action} is not declared for "${handler}" in lib/routes.ts ACCESS`);
        return send(400, {
          __type: 'com.amazon.coral.service#AccessDeniedException',
          message: `User: arn:aws:sts::000000000000:assumed-role/${handler}/local is not authorized to perform: ${call.action} because no identity-based policy allows the ${call.action} action`,
        });
      }
      const fault = opts.fault?.(call);
      if (fault) return send(fault.status, fault.body);
      const target = new URL(upstream[svc.upstream]);
      const headers = { ...req.headers, host: target.host, 'content-length': String(body.length) };
      const up = request({ hostname: target.hostname, port: target.port, method: req.method, path: '/', headers }, (r) => {
        res.writeHead(r.statusCode ?? 500, r.headers);
        r.pipe(res);
      });
      up.on('error', (e) => send(500, { __type: 'InternalFailure', message: e.message }));
      up.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoints: (handler) => ({ dynamodb: `${base}/dynamodb/${handler}`, sfn: `${base}/sfn/${handler}` }),
    calls,
    denied,
    close: () => new Promise<void>((r) => {
      server.close(() => r());
      server.closeAllConnections?.();
    }),
  };
}
