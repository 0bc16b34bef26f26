/** Step Functions, through @aws-sdk/client-sfn (AWS, or the local stack's endpoint). */
import { SFNClient, SendTaskSuccessCommand, StartExecutionCommand } from '@aws-sdk/client-sfn';

export class Workflow {
  constructor(private readonly client: SFNClient, private readonly stateMachineArn: () => string) {}

  /** Starts the execution named after the article; a second start of the same article is a no-op. */
  async start(articleId: string, input: Record<string, unknown>): Promise<void> {
    try {
      await this.client.send(new StartExecutionCommand({
        stateMachineArn: this.stateMachineArn(), name: articleId, input: JSON.stringify({ articleId, ...input }),
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
      await this.client.send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output) }));
      return true;
    } catch (e) {
      if (['TaskDoesNotExist', 'TaskTimedOut', 'InvalidToken', 'InvalidOutput'].includes((e as Error).name)) return false;
      throw e;
    }
  }
}

export function sfnClient(): SFNClient {
  return new SFNClient({});
}
