/** The feed schedule's target (EventBridge Scheduler in AWS, a timer in npm start): polls every feed, or one. */
import { z } from 'zod';
import { getDeps } from '../adapters/deps.ts';
import { FEED_ID } from '../adapters/keys.ts';
import { pollAllFeeds, pollFeed } from '../app/feeds.ts';
import { step } from './step.ts';

const input = z.object({ feedId: z.string().regex(FEED_ID).optional() }).passthrough();

export const handler = step('poll-feeds', input, async ({ feedId }): Promise<unknown> => (feedId ? pollFeed(getDeps(), feedId) : pollAllFeeds(getDeps())));
