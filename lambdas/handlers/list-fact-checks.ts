import { getDeps } from '../adapters/deps.ts';
import { factCheckFeed } from '../app/publication.ts';
import { config } from '../config.ts';
import { json, route } from './http.ts';
import { pageQuery } from './schemas.ts';

/** GET /fact-checks (public): published reviews as ClaimReview, newest first, a page at a time. */
export const handler = route(async (_event, q) => json(200, await factCheckFeed(getDeps(), q.limit, q.cursor), config().publicCacheHeaders), { query: pageQuery });
