/**
 * Which URLs and addresses the service may fetch (an SSRF surface: in AWS the metadata service and the
 * runtime API are next door). Pure: the fetcher resolves names and asks here about each address.
 *
 * An address is fetched only when ipaddr.js classifies it as plain global `unicast`: loopback, private,
 * link-local (169.254.169.254, the metadata service), CGNAT (100.64/10), multicast, broadcast,
 * unspecified, reserved, unique-local IPv6 (fd00:ec2::254, the IPv6 metadata service), IPv4-mapped,
 * NAT64/6to4/Teredo forms that embed IPv4, and documentation ranges are all refused. Decimal, hex and
 * octal host forms (2130706433, 0x7f.1, 0177.0.0.1) are what WHATWG URL parsing turns into dotted IPv4
 * before anything here sees them, so they meet the same rule.
 */
import ipaddr from 'ipaddr.js';

export type Refusal = { ok: false; reason: string };
export type Verdict = { ok: true } | Refusal;

/** `127.0.0.1:8080` or `[::1]:8080`: exceptions for tests and local fixtures (FACTCHECK_FETCH_ALLOW). */
export type AllowList = ReadonlySet<string>;

export function parseAllowList(spec: string | undefined): AllowList {
  const out = new Set<string>();
  for (const raw of (spec ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^(?:\[([0-9a-fA-F:.]+)\]|(\d{1,3}(?:\.\d{1,3}){3})):(\d{1,5})$/.exec(raw);
    if (!m || !ipaddr.isValid(m[1] ?? m[2]) || Number(m[3]) < 1 || Number(m[3]) > 65535) {
      throw new Error(`FACTCHECK_FETCH_ALLOW: "${raw}" is not ADDRESS:PORT (127.0.0.1:8080 or [::1]:8080)`);
    }
    out.add(endpointKey(m[1] ?? m[2], Number(m[3])));
  }
  return out;
}

const endpointKey = (address: string, port: number) => `${ipaddr.process(address).toNormalizedString()}|${port}`;

/** Why an address may not be fetched, or ok. `port` matters only for the allow list. */
export function checkAddress(address: string, port: number, allow: AllowList = new Set()): Verdict {
  if (!ipaddr.isValid(address)) return { ok: false, reason: `"${address}" is not an IP address` };
  const parsed = ipaddr.parse(address);
  // ::ffff:127.0.0.1 is 127.0.0.1: judge the IPv4 address it carries.
  const ip = ipaddr.process(address);
  if (allow.has(endpointKey(address, port))) return { ok: true };
  const range = ip.range();
  if (range === 'unicast' && parsed.kind() === ip.kind()) return { ok: true };
  const label = range === 'unicast' ? 'ipv4Mapped' : range;
  return { ok: false, reason: `${ip.toString()} is in the ${RANGE_NAMES[label] ?? label} range, which is never fetched` };
}

const RANGE_NAMES: Record<string, string> = {
  loopback: 'loopback', private: 'private (RFC 1918)', linkLocal: 'link-local (where cloud metadata lives)', carrierGradeNat: 'carrier-grade NAT',
  multicast: 'multicast', unspecified: 'unspecified', broadcast: 'broadcast', reserved: 'reserved', uniqueLocal: 'unique-local IPv6',
  ipv4Mapped: 'IPv4-mapped IPv6', rfc6145: 'IPv4-translated IPv6', rfc6052: 'NAT64', '6to4': '6to4', teredo: 'Teredo',
  benchmarking: 'benchmarking', amt: 'AMT', as112: 'AS112', deprecated: 'deprecated', orchid2: 'ORCHIDv2', discard: 'discard-only',
};

export interface Target {
  url: URL;
  /** The host without IPv6 brackets. */
  host: string;
  port: number;
  /** The host is an IP literal: no DNS. */
  literal: boolean;
}

/** The URL-level rules: http/https, no credentials, a host; returns where to connect. */
export function checkUrl(raw: string): Target | Refusal {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: `"${raw.slice(0, 200)}" is not an absolute URL` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: `${url.protocol} URLs are never fetched; only http and https` };
  if (url.username || url.password) return { ok: false, reason: 'URLs with credentials (user:password@) are never fetched' };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!host) return { ok: false, reason: 'the URL has no host' };
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  const literal = ipaddr.isValid(host) && (host.includes(':') || /^\d{1,3}(\.\d{1,3}){3}$/.test(host));
  return { url, host, port, literal };
}

export const isRefusal = (v: unknown): v is Refusal => typeof v === 'object' && v !== null && (v as Refusal).ok === false;

/** Names that are the machine itself by definition (RFC 6761 section 6.3: `localhost` and any name under it). */
const LOOPBACK_NAME = /^(?:.+\.)?localhost\.?$/i;

/**
 * Why a URL given to be fetched later (a feed, a webhook) could never be fetched, or null: the URL rules,
 * an IP literal outside plain global unicast, or a name that is the machine itself (`localhost`, which the
 * fetcher would resolve to a loopback address and refuse). Other names are judged at each fetch, by the
 * addresses they resolve to then (a DNS answer may change). FACTCHECK_FETCH_ALLOW's pairs pass, for
 * `localhost` as for 127.0.0.1 or [::1] on the same port.
 */
export function unfetchableReason(raw: string, allow: AllowList = new Set()): string | null {
  const target = checkUrl(raw);
  if (isRefusal(target)) return target.reason;
  if (target.literal) {
    const verdict = checkAddress(target.host, target.port, allow);
    return verdict.ok ? null : verdict.reason;
  }
  if (LOOPBACK_NAME.test(target.host)) {
    if (['127.0.0.1', '::1'].some((a) => allow.has(endpointKey(a, target.port)))) return null;
    return `${target.host} is the machine itself (loopback), which is never fetched`;
  }
  return null;
}
