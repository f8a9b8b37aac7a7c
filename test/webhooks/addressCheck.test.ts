import { describe, expect, it } from 'vitest';
import { refusedRange } from '../../src/webhooks/addressCheck.js';
import { checkUrlForm, resolveTarget, type Resolver } from '../../src/webhooks/outbound.js';

describe('refusedRange', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.127.255.254', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved (and broadcast)'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['fc00::1', 'private (unique local)'],
    ['fd12:3456::1', 'private (unique local)'],
    ['fe80::1', 'link-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback'],
    ['::ffff:169.254.169.254', 'IPv4-mapped link-local (cloud metadata)'],
    ['::ffff:a9fe:a9fe', 'IPv4-mapped link-local (cloud metadata)'],
    ['0:0:0:0:0:ffff:10.0.0.1', 'IPv4-mapped private'],
    ['64:ff9b::10.0.0.1', 'NAT64 private'],
    ['2002:7f00:1::', '6to4 loopback'],
    ['::127.0.0.1', 'IPv4-compatible (deprecated)'],
    ['localhost', 'not an IP address'],
  ])('refuses %s (%s)', (address, range) => {
    expect(refusedRange(address)).toBe(range);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '172.32.0.1',
    '100.128.0.1',
    '169.255.0.1',
    '2606:4700::1111',
    '::ffff:8.8.8.8',
  ])('admits the public address %s', (address) => {
    expect(refusedRange(address)).toBeNull();
  });
});

describe('resolveTarget', () => {
  const resolving =
    (answers: Record<string, string[]>): Resolver =>
    async (host) => {
      const addresses = answers[host];
      if (!addresses) throw new Error('ENOTFOUND');
      return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    };
  const policy = {
    allowedHosts: ['127.0.0.1'],
    resolve: resolving({
      'hooks.example.com': ['93.184.216.34'],
      'metadata.evil.test': ['169.254.169.254'],
      'mixed.evil.test': ['93.184.216.34', '10.0.0.5'],
      'v6.evil.test': ['::ffff:127.0.0.1'],
    }),
  };

  it('connects to the checked public address', async () => {
    const target = await resolveTarget('https://hooks.example.com/in', policy);
    expect(target).toMatchObject({ ok: true, address: '93.184.216.34', family: 4 });
  });

  it.each([
    ['https://169.254.169.254/latest/meta-data', 'link-local'],
    ['https://metadata.evil.test/', '169.254.169.254'],
    ['https://mixed.evil.test/', '10.0.0.5'],
    ['https://v6.evil.test/', 'IPv4-mapped loopback'],
    ['https://[::1]:8443/', 'loopback'],
    ['https://127.0.0.2/', 'loopback'],
  ])('refuses %s, naming the range', async (url, said) => {
    const target = await resolveTarget(url, policy);
    expect(target.ok).toBe(false);
    if (!target.ok) {
      expect(target.reason).toBe('refused_address');
      expect(target.message).toContain(said);
    }
  });

  it('refuses http unless the host is allowlisted, and admits an allowlisted loopback host', async () => {
    expect(await resolveTarget('http://hooks.example.com/', policy)).toMatchObject({
      ok: false,
      reason: 'not_https',
    });
    expect(await resolveTarget('http://127.0.0.1:9000/hook', policy)).toMatchObject({
      ok: true,
      address: '127.0.0.1',
    });
  });

  it('refuses a host that does not resolve, and URLs carrying credentials', async () => {
    expect(await resolveTarget('https://nowhere.test/', policy)).toMatchObject({
      ok: false,
      reason: 'unresolvable',
    });
    expect(checkUrlForm('https://user:pw@hooks.example.com/', policy)).toBe('must not carry credentials');
    expect(checkUrlForm('ftp://hooks.example.com/', policy)).toContain('must be https');
  });
});
