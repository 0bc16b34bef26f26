/** The feed schedule's target (EventBridge Scheduler in AWS, a timer in npm start): polls every feed, or one. */
import { z } from 'zod';
import { getDeps } from '../adapters/deps.ts';
import { FEED_ID } from '../adapters/keys.ts';
import { pollAllFeeds, pollFeed } from '../app/feeds.ts';
import { runBudget } from '../app/run-budget.ts';
import { step } from './step.ts';

const input = z.object({ feedId: z.string().regex(FEED_ID).optional() }).passthrough();

/** Every feed within the invocation's time (its context's remaining time, less room for one more poll), or one. */
export const handler = step('poll-feeds', input, async ({ feedId }, context): Promise<unknown> =>
  (feedId ? pollFeed(getDeps(), feedId) : pollAllFeeds(getDeps(), runBudget(context))));
