// SSRF guard: the desk must not be turned into a way to reach the machines behind it. Webhook targets and
// polled feed URLs are refused when their host resolves (every address dns.lookup returns) to a private,
// loopback, link-local, unique-local or otherwise non-public address, unless an admin allows it: globally
// (WIREDESK_ALLOW_PRIVATE_TARGETS=1), for listed hosts or networks (WIREDESK_ALLOW_PRIVATE_TARGETS=host,10.0.0.0/8),
// or per webhook (a subscription created by an admin key with "allowPrivate": true).
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { promises as dns } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

export interface TargetPolicy {
  /** true: every private target is allowed; a list: these hosts, addresses or CIDR networks are. */
  allowPrivate: boolean | string[];
}

export class TargetError extends Error {
  constructor(
    readonly code: 'TARGET_PRIVATE' | 'BAD_TARGET',
    message: string,
  ) {
    super(message);
  }
}

const NON_PUBLIC = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const)
  NON_PUBLIC.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // old site-local
  ['ff00::', 8], // multicast
] as const)
  NON_PUBLIC.addSubnet(net, bits, 'ipv6');

/** True for addresses that are not on the public internet (IPv4-mapped and NAT64 IPv6 forms included). */
export function isPrivateAddress(address: string): boolean {
  const v = isIP(address);
  if (v === 4) return NON_PUBLIC.check(address, 'ipv4');
  if (v !== 6) return true; // not an address at all: refuse
  const lower = address.toLowerCase();
  const embedded = /^(?:::ffff:(?:0:)?|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower)?.[1] ?? mappedHex(lower);
  if (embedded) return NON_PUBLIC.check(embedded, 'ipv4');
  return NON_PUBLIC.check(lower, 'ipv6');
}

/** ::ffff:7f00:1 and 64:ff9b::7f00:1 carry an IPv4 address in hex. */
function mappedHex(a: string): string | undefined {
  const m = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(a);
  if (!m) return undefined;
  const hi = parseInt(m[1], 16);
  const lo = parseInt(m[2], 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** Reads WIREDESK_ALLOW_PRIVATE_TARGETS: 1/true/yes allows all; otherwise a comma-separated allow list. */
export function policyFromEnv(env: NodeJS.ProcessEnv = process.env): TargetPolicy {
  const v = env.WIREDESK_ALLOW_PRIVATE_TARGETS?.trim();
  if (!v || /^(0|false|no)$/i.test(v)) return { allowPrivate: false };
  if (/^(1|true|yes|all)$/i.test(v)) return { allowPrivate: true };
  return { allowPrivate: v.split(',').map((s) => s.trim()).filter(Boolean) };
}

function allowed(policy: TargetPolicy, host: string, address: string): boolean {
  if (policy.allowPrivate === true) return true;
  if (!policy.allowPrivate) return false;
  for (const entry of policy.allowPrivate) {
    if (entry.toLowerCase() === host.toLowerCase() || entry === address) return true;
    const [net, bits] = entry.split('/');
    const fam = isIP(net);
    if (fam && bits !== undefined && isIP(address) === fam) {
      const list = new BlockList();
      list.addSubnet(net, Number(bits), fam === 4 ? 'ipv4' : 'ipv6');
      if (list.check(address, fam === 4 ? 'ipv4' : 'ipv6')) return true;
    }
  }
  return false;
}

function refuse(url: string, host: string, address: string): TargetError {
  return new TargetError(
    'TARGET_PRIVATE',
    `${url} is refused: ${host} resolves to ${address}, a private or loopback address (an admin can allow it with WIREDESK_ALLOW_PRIVATE_TARGETS, or "allowPrivate": true on a subscription made with an admin key)`,
  );
}

/** Parses an http(s) URL, or throws BAD_TARGET saying what is wrong with it. */
export function parseTargetUrl(raw: unknown): URL {
  if (typeof raw !== 'string' || !raw) throw new TargetError('BAD_TARGET', 'a target needs a URL like https://example.org/hook');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TargetError('BAD_TARGET', `"${raw}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TargetError('BAD_TARGET', `${raw}: only http and https targets are supported`);
  if (url.username || url.password) throw new TargetError('BAD_TARGET', `${raw}: credentials in the URL are not accepted; use the signature to authenticate`);
  return url;
}

const bareHost = (url: URL) => url.hostname.replace(/^\[|\]$/g, '');

/** Resolves the URL's host (all addresses) and throws TARGET_PRIVATE if any is not public and not allowed. */
export async function assertPublicTarget(raw: string, policy: TargetPolicy): Promise<void> {
  const url = parseTargetUrl(raw);
  const host = bareHost(url);
  const addresses = isIP(host) ? [host] : (await dns.lookup(host, { all: true, verbatim: true }).catch((e: Error) => {
    throw new TargetError('BAD_TARGET', `${raw}: cannot resolve ${host} (${e.message})`);
  })).map((a) => a.address);
  for (const address of addresses) if (isPrivateAddress(address) && !allowed(policy, host, address)) throw refuse(raw, host, address);
}

/**
 * A dns lookup for http.request that refuses private answers at connect time, so a name that resolved to a
 * public address when checked cannot be switched to a private one before the request (DNS rebinding).
 * IP literals never reach a lookup function: check them with assertPublicTarget first.
 */
export function guardedLookup(policy: TargetPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      const bad = addresses.find((a) => isPrivateAddress(a.address) && !allowed(policy, hostname, a.address));
      if (bad) return callback(Object.assign(refuse(`http://${hostname}`, hostname, bad.address), { errno: 0, syscall: 'lookup' }) as NodeJS.ErrnoException, '', 0);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/** The feed poller's hook (src/ingest/poll.ts): the same check for each URL it fetches. */
export function feedGuard(policy: TargetPolicy = policyFromEnv()): (url: string) => Promise<void> {
  return (url) => assertPublicTarget(url, policy);
}
