/**
 * Step Functions locally: runs lib/workflow/factcheck.asl.json with aws-local-stepfunctions, and serves
 * the Step Functions JSON 1.0 API (StartExecution, DescribeExecution, SendTaskSuccess/Failure,
 * StopExecution) so the handlers' own @aws-sdk/client-sfn calls work unchanged.
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// aws-local-stepfunctions 3 uses Promise.withResolvers, which Node 20 lacks.
if (!(Promise as unknown as { withResolvers?: unknown }).withResolvers) {
  (Promise as unknown as { withResolvers: () => unknown }).withResolvers = function withResolvers<T>() {
    let resolve!: (v: T) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
const { StateMachine, ExecutionError, ExecutionAbortedError } = await import('aws-local-stepfunctions');

export type StepHandler = (input: unknown) => Promise<unknown>;
type Status = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

interface Execution {
  executionArn: string;
  name: string;
  input: string;
  status: Status;
  startDate: Date;
  stopDate?: Date;
  output?: string;
  error?: string;
  cause?: string;
  transitions: number;
  abort: () => void;
  done: Promise<void>;
}

class ApiError extends Error {
  constructor(readonly type: string, message: string, readonly status = 400) {
    super(message);
  }
}

export interface FaultRule {
  state: string;
  mode: 'transient' | 'permanent';
  rate: number;
}

/** FACTCHECK_FAULTS="ExtractClaims:transient:0.3,CheckClaims:permanent:0.05" -> rules. */
export function parseFaults(spec: string | undefined): FaultRule[] {
  if (!spec) return [];
  return spec.split(',').filter(Boolean).map((part) => {
    const [state, mode, rate] = part.split(':');
    if (!state || (mode !== 'transient' && mode !== 'permanent') || !(Number(rate) >= 0 && Number(rate) <= 1)) {
      throw new Error(`FACTCHECK_FAULTS: "${part}" is not STATE:transient|permanent:RATE (0..1)`);
    }
    return { state, mode, rate: Number(rate) };
  });
}

export interface LocalStepFunctionsOptions {
  /** The ASL text with ${...FunctionArn} placeholders. */
  asl: string;
  /** handler per placeholder: { NormalizeFunctionArn: fn, ... } */
  handlers: Record<string, StepHandler>;
  stateMachineArn: string;
  retryIntervalMs?: number;
  faults?: FaultRule[];
  /** A number in [0, 1) for a fault decision; by default a hash of (execution, state, attempt): repeatable. */
  random?: (key: string) => number;
  log?: (line: string) => void;
}

export class LocalStepFunctions extends EventEmitter {
  private readonly machine: InstanceType<typeof StateMachine>;
  private readonly tasks: { stateName: string; handler: StepHandler; waits: boolean; rules: FaultRule[]; random: (key: string) => number; timeoutPath?: string }[] = [];
  private readonly executions = new Map<string, Execution>();
  private readonly tokens = new Map<string, { executionArn: string; resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly retryOverrides: Record<string, number> = {};
  /** Task handlers running now: a stop waits for them before the store goes away. */
  private readonly inFlight = new Set<Promise<unknown>>();
  private stopping = false;
  /** Counts for the benchmark and the fault-injection tests. */
  readonly stats = { started: 0, transitions: 0, faultsInjected: 0, taskInvocations: 0 };

  constructor(private readonly opts: LocalStepFunctionsOptions) {
    super();
    this.setMaxListeners(0);
    const definition = JSON.parse(opts.asl.replace(/\$\{(\w+)\}/g, (_, name) => `arn:aws:lambda:us-east-1:000000000000:function:${name}`));
    const random = opts.random ?? hashToUnit;
    for (const [stateName, state] of Object.entries<any>(definition.States)) {
      if (state.Type !== 'Task') continue;
      const ref = String(state.Parameters?.FunctionName ?? state.Resource);
      const placeholder = /function:(\w+)$/.exec(ref)?.[1];
      const handler = placeholder && opts.handlers[placeholder];
      if (!handler) throw new Error(`local stack: no handler for Task state ${stateName} (${ref})`);
      const waits = String(state.Resource).endsWith('.waitForTaskToken');
      // aws-local-stepfunctions reads TimeoutSecondsPath from the state's input after Parameters, where AWS
      // reads the state input itself; the runner applies it (from the execution input) in the override.
      const timeoutPath: string | undefined = state.TimeoutSecondsPath;
      if (timeoutPath) {
        delete state.TimeoutSecondsPath;
        state.TimeoutSeconds = 2_147_483;
      }
      const rules = (opts.faults ?? []).filter((f) => f.state === stateName);
      this.retryOverrides[stateName] = opts.retryIntervalMs ?? 50;
      this.tasks.push({ stateName, handler, waits, rules, random, timeoutPath });
    }
    this.machine = new StateMachine(definition, { validationOptions: { checkArn: false } });
  }

  /** Task overrides for one execution: each runs the state's handler in this process. */
  private overridesFor(executionArn: string, executionInput: unknown): Record<string, (input: any) => Promise<any>> {
    const out: Record<string, (input: any) => Promise<any>> = {};
    const attempts = new Map<string, number>();
    for (const { stateName, handler, waits, rules, random, timeoutPath } of this.tasks) {
      out[stateName] = async (input: any) => {
        this.stats.taskInvocations++;
        const attempt = (attempts.get(stateName) ?? 0) + 1;
        attempts.set(stateName, attempt);
        for (const rule of rules) {
          if (random(`${executionArn}|${stateName}|${attempt}|${rule.mode}`) < rule.rate) {
            this.stats.faultsInjected++;
            const e = new Error(`injected ${rule.mode} fault in ${stateName}`);
            e.name = rule.mode === 'transient' ? 'TransientError' : 'InjectedPermanentFault';
            throw e;
          }
        }
        if (!waits) return (await this.track(handler(input))) ?? {};
        // waitForTaskToken: the token is made here, handed to the Lambda, and redeemed by SendTaskSuccess.
        const taskToken = randomUUID();
        const result = new Promise((resolve, reject) => this.tokens.set(taskToken, { executionArn, resolve, reject }));
        const seconds = timeoutPath ? Number(readPath(executionInput, timeoutPath)) : NaN;
        if (Number.isFinite(seconds) && seconds > 0) {
          const timer = setTimeout(() => {
            const t = this.tokens.get(taskToken);
            if (!t) return;
            this.tokens.delete(taskToken);
            const e = new Error(`no verdicts within ${seconds} s`);
            e.name = 'States.Timeout';
            t.reject(e);
          }, seconds * 1000);
          timer.unref();
          void result.finally(() => clearTimeout(timer)).catch(() => undefined);
        }
        try {
          await this.track(handler({ ...(input?.Payload ?? input), taskToken }));
        } catch (e) {
          this.tokens.delete(taskToken);
          throw e;
        }
        this.emit('waiting', executionArn.split(':').pop());
        return result;
      };
    }
    return out;
  }

  private track<T>(p: Promise<T>): Promise<T> {
    this.inFlight.add(p);
    void p.finally(() => this.inFlight.delete(p)).catch(() => undefined);
    return p;
  }

  startExecution(req: { stateMachineArn?: string; name?: string; input?: string }) {
    if (this.stopping) throw new ApiError('ServiceUnavailable', 'the local stack is stopping: the article carries on at its next start', 503);
    if (req.stateMachineArn !== this.opts.stateMachineArn) throw new ApiError('StateMachineDoesNotExist', `no state machine ${req.stateMachineArn}`);
    const name = req.name ?? randomUUID();
    if (!/^[A-Za-z0-9_-]{1,80}$/.test(name)) throw new ApiError('InvalidName', `invalid execution name ${name}`);
    const input = req.input ?? '{}';
    let parsed: unknown;
    try {
      parsed = JSON.parse(input);
    } catch {
      throw new ApiError('InvalidExecutionInput', 'input is not JSON');
    }
    const executionArn = `${this.opts.stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
    const existing = this.executions.get(executionArn);
    if (existing) {
      if (existing.status === 'RUNNING' && existing.input === input) return { executionArn, startDate: existing.startDate.getTime() / 1000 };
      throw new ApiError('ExecutionAlreadyExists', `execution ${name} already exists`);
    }
    this.stats.started++;
    const { result, abort, eventLogs } = this.machine.run(parsed as any, {
      overrides: { taskResourceLocalHandlers: this.overridesFor(executionArn, parsed), retryIntervalOverrides: this.retryOverrides },
      context: {
        Execution: { Id: executionArn, Name: name, Input: parsed as any, StartTime: new Date().toISOString() },
        StateMachine: { Id: this.opts.stateMachineArn, Name: 'FactCheck' },
        Task: { Token: 'issued-by-the-local-runner' },
      } as any,
    });
    const exec: Execution = { executionArn, name, input, status: 'RUNNING', startDate: new Date(), transitions: 0, abort, done: Promise.resolve() };
    this.executions.set(executionArn, exec);
    void (async () => {
      for await (const ev of eventLogs) {
        if (ev.type === 'StateEntered') {
          exec.transitions++;
          this.stats.transitions++;
        }
      }
    })().catch(() => undefined);
    exec.done = result.then(
      (out) => {
        exec.status = 'SUCCEEDED';
        exec.output = JSON.stringify(out);
      },
      (e: Error) => {
        exec.status = e instanceof ExecutionAbortedError ? 'ABORTED' : e instanceof ExecutionError ? 'FAILED' : 'FAILED';
        exec.error = (e as any).cause?.name ?? e.name;
        exec.cause = (e as any).cause?.message ?? e.message;
        // Stopped with the stack: not an outcome of the article's (it is still PROCESSING or AWAITING_REVIEW in the
        // store, and the next start carries it on), so not logged as one.
        if (!(this.stopping && exec.status === 'ABORTED')) this.opts.log?.(`execution ${name} ${exec.status}: ${exec.error}: ${exec.cause}`);
      },
    ).finally(() => {
      exec.stopDate = new Date();
      this.emit('ended', name, exec.status);
      for (const [token, t] of this.tokens) if (t.executionArn === executionArn) this.tokens.delete(token);
    });
    return { executionArn, startDate: exec.startDate.getTime() / 1000 };
  }

  describeExecution(req: { executionArn?: string }) {
    const e = this.executions.get(req.executionArn ?? '');
    if (!e) throw new ApiError('ExecutionDoesNotExist', `no execution ${req.executionArn}`);
    return {
      executionArn: e.executionArn, stateMachineArn: this.opts.stateMachineArn, name: e.name, status: e.status,
      startDate: e.startDate.getTime() / 1000, ...(e.stopDate ? { stopDate: e.stopDate.getTime() / 1000 } : {}),
      input: e.input, ...(e.output ? { output: e.output } : {}), ...(e.error ? { error: e.error, cause: e.cause } : {}),
    };
  }

  sendTaskSuccess(req: { taskToken?: string; output?: string }) {
    const t = this.tokens.get(req.taskToken ?? '');
    if (!t) throw new ApiError('TaskDoesNotExist', 'the task token is unknown, used, or timed out');
    let output: unknown;
    try {
      output = JSON.parse(req.output ?? '{}');
    } catch {
      throw new ApiError('InvalidOutput', 'output is not JSON');
    }
    this.tokens.delete(req.taskToken!);
    t.resolve(output);
    return {};
  }

  sendTaskFailure(req: { taskToken?: string; error?: string; cause?: string }) {
    const t = this.tokens.get(req.taskToken ?? '');
    if (!t) throw new ApiError('TaskDoesNotExist', 'the task token is unknown, used, or timed out');
    this.tokens.delete(req.taskToken!);
    const e = new Error(req.cause ?? '');
    e.name = req.error ?? 'TaskFailed';
    t.reject(e);
    return {};
  }

  stopExecution(req: { executionArn?: string }) {
    const e = this.executions.get(req.executionArn ?? '');
    if (!e) throw new ApiError('ExecutionDoesNotExist', `no execution ${req.executionArn}`);
    if (e.status === 'RUNNING') e.abort();
    return { stopDate: Date.now() / 1000 };
  }

  /**
   * Stops the runner with the stack (Ctrl-C): every running execution is aborted where it stands, so that none goes
   * on to its Catch and records a failure the shutdown caused (a step retrying against a closed store would mark its
   * article FAILED for good), and no new one starts. Waits up to `graceMs` for the task handlers still running, so
   * none is cut off mid-write when the store closes. Returns how many executions it stopped.
   */
  async stop(graceMs = 10_000): Promise<number> {
    this.stopping = true;
    const running = [...this.executions.values()].filter((e) => e.status === 'RUNNING');
    for (const e of running) e.abort();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...this.inFlight, ...running.map((e) => e.done)]),
      new Promise((resolve) => (timer = setTimeout(resolve, graceMs))),
    ]);
    clearTimeout(timer);
    return running.length;
  }

  /** Resolves when every execution started so far has ended (for a clean shutdown in tests). */
  async idle(): Promise<void> {
    await Promise.all([...this.executions.values()].map((e) => e.done));
  }

  running(): number {
    return [...this.executions.values()].filter((e) => e.status === 'RUNNING').length;
  }

  /** The Step Functions JSON 1.0 protocol on 127.0.0.1, for @aws-sdk/client-sfn. */
  async listen(): Promise<{ endpoint: string; server: Server }> {
    const ops: Record<string, (req: any) => unknown> = {
      StartExecution: (r) => this.startExecution(r),
      DescribeExecution: (r) => this.describeExecution(r),
      SendTaskSuccess: (r) => this.sendTaskSuccess(r),
      SendTaskFailure: (r) => this.sendTaskFailure(r),
      SendTaskHeartbeat: (r) => {
        if (!this.tokens.has(r.taskToken)) throw new ApiError('TaskDoesNotExist', 'unknown task token');
        return {};
      },
      StopExecution: (r) => this.stopExecution(r),
    };
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const target = String(req.headers['x-amz-target'] ?? '');
        const op = ops[target.replace(/^AWSStepFunctions\./, '')];
        const send = (status: number, body: unknown) => {
          res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0' });
          res.end(JSON.stringify(body));
        };
        if (!op) return send(400, { __type: 'UnknownOperationException', message: `unsupported operation ${target}` });
        try {
          send(200, op(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')));
        } catch (e) {
          if (e instanceof ApiError) send(e.status, { __type: e.type, message: e.message });
          else send(500, { __type: 'InternalFailure', message: (e as Error).message });
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
  }
}

/** "$.a.b" of a JSON value (the subset of JSONPath the ASL uses for TimeoutSecondsPath). */
function readPath(value: unknown, path: string): unknown {
  return path.replace(/^\$\.?/, '').split('.').filter(Boolean).reduce<any>((v, k) => (v == null ? undefined : v[k]), value);
}

/** FNV-1a of a string, as a number in [0, 1): the same fault decisions on every run. */
export function hashToUnit(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h = (h ^ (h >>> 15)) >>> 0;
  h = Math.imul(h, 0x2c1b3c6d) >>> 0;
  h = (h ^ (h >>> 12)) >>> 0;
  return h / 2 ** 32;
}
