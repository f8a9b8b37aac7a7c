import { isIPv4, isIPv6 } from 'node:net';

/**
 * Address ranges a webhook must never reach unless an operator allowlists the host: a
 * tenant-supplied URL is a request from inside the operator's network (server-side
 * request forgery). IPv4 as [first address, prefix length, name].
 */
const refusedIpv4: [string, number, string][] = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local (cloud metadata)'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved (and broadcast)'],
];

const ipv4Bits = (address: string): number =>
  address.split('.').reduce((bits, part) => ((bits << 8) | Number(part)) >>> 0, 0);

function refusedIpv4Range(address: string): string | null {
  const bits = ipv4Bits(address);
  for (const [first, prefix, name] of refusedIpv4) {
    const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
    if ((bits & mask) >>> 0 === (ipv4Bits(first) & mask) >>> 0) return name;
  }
  return null;
}

/** The 16 bytes of an IPv6 address (`::` expanded, a trailing dotted IPv4 part included). */
export function ipv6Bytes(address: string): number[] {
  let text = address.replace(/^\[|\]$/g, '').split('%')[0]!;
  // A dotted IPv4 tail (`::ffff:10.0.0.1`) is the part after the last colon. Found without a regular
  // expression: `(\d+\.\d+\.\d+\.\d+)$` backtracked for 18 s on 100 KB of digits.
  const lastColon = text.lastIndexOf(':');
  const dotted = text.slice(lastColon + 1);
  if (dotted.includes('.')) {
    const v4 = ipv4Bits(dotted);
    text = text.slice(0, lastColon + 1) + `${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  const left = groups(head);
  const right = groups(tail);
  const middle = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...middle, ...right].flatMap((group) => {
    const value = parseInt(group, 16);
    return [value >> 8, value & 0xff];
  });
}

const startsWith = (bytes: number[], prefix: number[], bits: number): boolean => {
  for (let i = 0; i < bits; i++) {
    const byte = Math.floor(i / 8);
    const bit = 7 - (i % 8);
    if (((bytes[byte]! >> bit) & 1) !== ((prefix[byte]! >> bit) & 1)) return false;
  }
  return true;
};

const embeddedIpv4 = (bytes: number[], from: number) => bytes.slice(from, from + 4).join('.');

function refusedIpv6Range(address: string): string | null {
  const bytes = ipv6Bytes(address);
  const zero = Array<number>(16).fill(0);
  if (bytes.every((b) => b === 0)) return 'unspecified';
  if (startsWith(bytes, [...zero.slice(0, 15), 1], 128)) return 'loopback';
  // IPv4 carried inside IPv6 is judged as the IPv4 address it reaches.
  const mapped = [...zero.slice(0, 10), 0xff, 0xff, 0, 0, 0, 0];
  if (startsWith(bytes, mapped, 96)) return ipv4Inside('IPv4-mapped', embeddedIpv4(bytes, 12));
  if (startsWith(bytes, [0, 0x64, 0xff, 0x9b, ...zero.slice(4)], 96)) {
    return ipv4Inside('NAT64', embeddedIpv4(bytes, 12));
  }
  if (startsWith(bytes, [0x20, 0x02, ...zero.slice(2)], 16))
    return ipv4Inside('6to4', embeddedIpv4(bytes, 2));
  if (startsWith(bytes, zero, 96)) return 'IPv4-compatible (deprecated)';
  if (startsWith(bytes, [0xfc, ...zero.slice(1)], 7)) return 'private (unique local)';
  if (startsWith(bytes, [0xfe, 0x80, ...zero.slice(2)], 10)) return 'link-local';
  if (startsWith(bytes, [0xfe, 0xc0, ...zero.slice(2)], 10)) return 'site-local (deprecated)';
  if (startsWith(bytes, [0xff, ...zero.slice(1)], 8)) return 'multicast';
  return null;
}

const ipv4Inside = (form: string, v4: string): string | null => {
  const range = refusedIpv4Range(v4);
  return range ? `${form} ${range}` : null;
};

/**
 * The refused range an IP address falls in (`'loopback'`, `'private'`, ...), or null when
 * it is a public address. Anything that is not an IP address at all is refused too.
 */
export function refusedRange(address: string): string | null {
  if (isIPv4(address)) return refusedIpv4Range(address);
  const bare = address.replace(/^\[|\]$/g, '');
  if (isIPv6(bare)) return refusedIpv6Range(bare);
  return 'not an IP address';
}
