import { getDeps } from '../adapters/deps.ts';
import { getArticleView } from '../app/review.ts';
import { json, requireRole, route } from './http.ts';
import { articleIdParam, articlePageQuery } from './schemas.ts';

export const handler = route(async (event, page) => {
  const caller = requireRole(event, 'submitter');
  const id = articleIdParam.parse(event.pathParameters?.articleId);
  return json(200, await getArticleView(getDeps(), caller, id, page));
}, { query: articlePageQuery });
