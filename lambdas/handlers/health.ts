import { json, route } from './http.ts';

export const handler = route(async () => json(200, { status: 'ok' }));
