/** `factcheck token`: a token for the local stack, signed with the key `npm start` keeps in its data folder. */
import { issueLocalToken, ROLES } from '../../lib/local/auth.ts';
import { fail, printJson, str, usageError, type Parsed } from './common.ts';
import type { CommandSpec } from './spec.ts';

export async function token(spec: CommandSpec, p: Parsed): Promise<number> {
  const role = str(p.values.role);
  if (!role) usageError(spec, `needs --role ${ROLES.join('|')}`);
  if (!(ROLES as readonly string[]).includes(role)) usageError(spec, `--role must be ${ROLES.join(' or ')}, not "${role}"`);
  const sub = str(p.values.sub);
  // The API takes a token's sub as who submitted or decided: a blank one would be nobody (and answered 401).
  if (sub !== undefined && !sub.trim()) usageError(spec, '--sub must name someone (an e-mail or a name), not be blank');
  let jwt: string;
  try {
    jwt = await issueLocalToken({ role: role as (typeof ROLES)[number], subject: sub ?? 'dev@local' });
  } catch (e) {
    fail((e as Error).message);
  }
  if (p.values.json) printJson({ token: jwt, role });
  else process.stdout.write(`${jwt}\n`);
  return 0;
}
