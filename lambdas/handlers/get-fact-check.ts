import { getDeps } from '../adapters/deps.ts';
import { factCheckPage } from '../app/publication.ts';
import { config } from '../config.ts';
import { route, text } from './http.ts';
import { claimIdParam } from './schemas.ts';

/**
 * GET /fact-checks/{claimId} (public): the fact-check page; 410 once withdrawn. Cached at the edge. The one route
 * that ignores its query string: a page people share, opened by links that carry ?utm_source=... and the like.
 */
export const handler = route(async (event) => {
  const id = claimIdParam.parse(event.pathParameters?.claimId);
  const page = await factCheckPage(getDeps(), id);
  return text(page.withdrawn ? 410 : 200, page.html, 'text/html; charset=utf-8', config().publicCacheHeaders);
}, { query: 'ignored' });
