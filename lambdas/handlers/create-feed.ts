import { getDeps } from '../adapters/deps.ts';
import { subscribeFeed } from '../app/feeds.ts';
import { config } from '../config.ts';
import { json, parseJsonBody, requireRole, route } from './http.ts';
import { feedBody } from './schemas.ts';

export const handler = route(async (event) => {
  const caller = requireRole(event, 'editor');
  const { url } = parseJsonBody(event, feedBody);
  const { created, feed } = await subscribeFeed(getDeps(), url, caller.subject);
  // Where the feed is read, as POST /articles points to its article.
  return json(created ? 201 : 200, feed, { location: `${config().publicBaseUrl}/feeds/${feed.feedId}` });
});
