import { getDeps } from '../adapters/deps.ts';
import { factCheckSitemap } from '../app/publication.ts';
import { config } from '../config.ts';
import { route, text } from './http.ts';
import { sitemapQuery } from './schemas.ts';

/**
 * GET /fact-checks/sitemap.xml (public): every published page, in one urlset while they fit in one sitemap,
 * else a sitemap index whose pages are this path with ?cursor=.
 */
export const handler = route(async (_event, q) => text(200, await factCheckSitemap(getDeps(), q.cursor), 'application/xml; charset=utf-8', config().publicCacheHeaders), { query: sitemapQuery });
