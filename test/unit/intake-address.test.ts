import { describe, expect, it } from 'vitest';
import { checkAddress, checkUrl, isRefusal, parseAllowList, unfetchableReason } from '../../lambdas/domain/intake/address.ts';

/** URL -> the reason it is refused, by the URL rule or (for IP literals) the address rule. */
function refusal(raw: string, allow: ReadonlySet<string> = new Set<string>()): string | null {
  const t = checkUrl(raw);
  if (isRefusal(t)) return t.reason;
  if (!t.literal) return null;
  const v = checkAddress(t.host, t.port, allow);
  return v.ok ? null : v.reason;
}

describe('URLs and addresses the fetcher refuses', () => {
  it.each([
    ['http://127.0.0.1/', /loopback/],
    ['http://127.1.2.3:8080/x', /loopback/],
    ['http://2130706433/', /127\.0\.0\.1 is in the loopback/], // decimal
    ['http://0x7f000001/', /127\.0\.0\.1 is in the loopback/], // hex
    ['http://0x7f.1/', /127\.0\.0\.1 is in the loopback/], // short hex
    ['http://0177.0.0.1/', /127\.0\.0\.1 is in the loopback/], // octal
    ['http://017700000001/', /127\.0\.0\.1 is in the loopback/], // octal, one number
    ['http://[::1]/', /loopback/],
    ['http://[::ffff:127.0.0.1]/', /127\.0\.0\.1 is in the loopback/],
    ['http://[::ffff:a9fe:a9fe]/', /169\.254\.169\.254 is in the link-local/],
    ['http://169.254.169.254/latest/meta-data/', /link-local/],
    ['http://[fd00:ec2::254]/', /unique-local/],
    ['http://[fe80::1]/', /link-local/],
    ['http://10.0.0.1/', /private/],
    ['http://0x0a.0.0.1/', /10\.0\.0\.1 is in the private/],
    ['http://172.16.5.4/', /private/],
    ['http://192.168.0.1/', /private/],
    ['http://100.64.0.1/', /carrier-grade NAT/],
    ['http://224.0.0.251/', /multicast/],
    ['http://[ff02::1]/', /multicast/],
    ['http://255.255.255.255/', /broadcast/],
    ['http://0.0.0.0/', /unspecified/],
    ['http://0/', /unspecified/],
    ['http://[::]/', /unspecified/],
    ['http://[64:ff9b::a9fe:a9fe]/', /NAT64/],
    ['http://[2002:a9fe:a9fe::]/', /6to4/],
    ['http://240.0.0.1/', /reserved/],
    ['ftp://example.org/file', /only http and https/],
    ['file:///etc/passwd', /only http and https/],
    ['gopher://example.org/', /only http and https/],
    ['http://user:secret@example.org/', /credentials/],
    ['https://user@example.org/', /credentials/],
    ['not a url', /not an absolute URL/],
  ])('%s', (url, reason) => {
    expect(refusal(url)).toMatch(reason);
  });

  it.each(['http://93.184.215.14/', 'https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/', 'https://news.example.org/story'])('lets a public address or a name (checked after DNS) through: %s', (url) => {
    expect(refusal(url)).toBeNull();
  });

  it('allows a refused address only for the exact address and port listed, never by default', () => {
    const allow = parseAllowList('127.0.0.1:8080, [::1]:9000');
    expect(refusal('http://127.0.0.1:8080/', allow)).toBeNull();
    expect(refusal('http://2130706433:8080/', allow)).toBeNull();
    expect(refusal('http://127.0.0.1:8081/', allow)).toMatch(/loopback/);
    expect(refusal('http://127.0.0.2:8080/', allow)).toMatch(/loopback/);
    expect(refusal('http://[::1]:9000/', allow)).toBeNull();
    expect(refusal('http://127.0.0.1:8080/')).toMatch(/loopback/);
    expect(parseAllowList(undefined).size).toBe(0);
  });

  it('refuses a malformed allow list at start', () => {
    expect(() => parseAllowList('localhost:80')).toThrow(/FACTCHECK_FETCH_ALLOW/);
    expect(() => parseAllowList('127.0.0.1')).toThrow(/ADDRESS:PORT/);
  });
});

describe('URLs refused when given to be fetched later (feeds, webhooks)', () => {
  it.each([
    ['http://169.254.169.254/latest/meta-data', /link-local/],
    ['http://10.0.0.1/hook', /private/],
    ['http://0x7f.1/', /127\.0\.0\.1 is in the loopback/],
    ['http://localhost/feed.xml', /localhost is the machine itself/],
    ['http://LOCALHOST.:8080/feed.xml', /is the machine itself/],
    ['http://feeds.localhost/rss', /feeds\.localhost is the machine itself/],
    ['ftp://example.org/feed', /only http and https/],
  ])('%s', (url, reason) => {
    expect(unfetchableReason(url)).toMatch(reason);
  });

  it('lets names through (judged at each fetch, by what they resolve to then), and the allow list pass', () => {
    expect(unfetchableReason('https://news.example.org/rss.xml')).toBeNull();
    expect(unfetchableReason('http://localhost.example.org/rss.xml')).toBeNull();
    expect(unfetchableReason('http://93.184.215.14/rss.xml')).toBeNull();
    const allow = parseAllowList('127.0.0.1:8178');
    expect(unfetchableReason('http://127.0.0.1:8178/feed.xml', allow)).toBeNull();
    expect(unfetchableReason('http://localhost:8178/feed.xml', allow)).toBeNull();
    expect(unfetchableReason('http://localhost:8179/feed.xml', allow)).toMatch(/machine itself/);
  });
});
