/**
 * Step Functions, through @aws-sdk/client-sfn (AWS, or the local stack's endpoint). The SDK module is
 * loaded on first use, so the handlers that never call Step Functions do not pay for it at cold start.
 */
import type { SFNClient } from '@aws-sdk/client-sfn';

let sdk: Promise<typeof import('@aws-sdk/client-sfn')> | undefined;
const loadSdk = () => (sdk ??= import('@aws-sdk/client-sfn'));

export class Workflow {
  private client: SFNClient | undefined;

  constructor(private readonly stateMachineArn: () => string) {}

  private async sdk() {
    const m = await loadSdk();
    this.client ??= new m.SFNClient({});
    return { m, client: this.client };
  }

  /** Starts the execution named after the article (and its attempt); a second start of the same one is a no-op. */
  async start(articleId: string, input: Record<string, unknown>, name = articleId): Promise<void> {
    try {
      const { m, client } = await this.sdk();
      await client.send(new m.StartExecutionCommand({
        stateMachineArn: this.stateMachineArn(), name, input: JSON.stringify({ articleId, ...input }),
      }));
    } catch (e) {
      if ((e as Error).name === 'ExecutionAlreadyExists') return;
      throw e;
    }
  }

  /**
   * Hands the task token back. A token that is already used, timed out or unknown (a restarted local
   * stack) is not an error for the reviewer: returns false and the caller settles the article itself.
   */
  async resume(taskToken: string, output: Record<string, unknown>): Promise<boolean> {
    try {
      const { m, client } = await this.sdk();
      await client.send(new m.SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output) }));
      return true;
    } catch (e) {
      if (['TaskDoesNotExist', 'TaskTimedOut', 'InvalidToken', 'InvalidOutput'].includes((e as Error).name)) return false;
      throw e;
    }
  }
}
