import { getDeps } from '../adapters/deps.ts';
import { factCheckSitemap } from '../app/publication.ts';
import { config } from '../config.ts';
import { route, text } from './http.ts';

/** GET /fact-checks/sitemap.xml (public): every published page. */
export const handler = route(async () => text(200, await factCheckSitemap(getDeps()), 'application/xml; charset=utf-8', config().publicCacheHeaders));
