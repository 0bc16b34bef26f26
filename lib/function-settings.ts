/** Memory and timeout of each Lambda, for the CDK app and the cost benchmark alike. */
export function memoryMb(handler: string): number {
  return ['extract-claims', 'fetch-page', 'poll-feeds'].includes(handler) ? 1024 : 512;
}

export function timeoutSeconds(handler: string): number {
  if (handler === 'extract-claims' || handler === 'check-claims') return 110;
  if (handler === 'deliver-webhooks') return 120;
  if (handler === 'poll-feeds') return 240; // several feeds, each with a fetch cap, within a 5-minute schedule
  if (['fetch-page', 'normalize', 'await-review', 'finalize', 'mark-failed'].includes(handler)) return 55;
  return 29; // API Gateway's integration limit
}
