import { getDeps } from '../adapters/deps.ts';
import { getArticleView } from '../app/review.ts';
import { json, parseQuery, requireRole, route } from './http.ts';
import { articleIdParam, articlePageQuery } from './schemas.ts';

export const handler = route(async (event) => {
  const caller = requireRole(event, 'submitter');
  const id = articleIdParam.parse(event.pathParameters?.articleId);
  const page = parseQuery(event, articlePageQuery);
  return json(200, await getArticleView(getDeps(), caller, id, page));
});
