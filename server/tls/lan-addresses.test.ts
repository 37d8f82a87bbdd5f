import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { lanAddresses } from './lan-addresses.ts';

function v4(address: string, internal = false): NetworkInterfaceInfo {
  return {
    address,
    netmask: '255.255.255.0',
    family: 'IPv4',
    mac: '02:00:00:00:00:01',
    internal,
    cidr: `${address}/24`,
  };
}

function v6(address: string, internal = false): NetworkInterfaceInfo {
  return {
    address,
    netmask: 'ffff:ffff:ffff:ffff::',
    family: 'IPv6',
    mac: '02:00:00:00:00:01',
    internal,
    cidr: `${address}/64`,
    scopeid: 0,
  };
}

describe('lanAddresses', () => {
  it('keeps non-internal IPv4 and routable IPv6, IPv4 first, without repeats', () => {
    expect(
      lanAddresses({
        lo: [v4('127.0.0.1', true), v6('::1', true)],
        eth0: [v6('fd00::2'), v4('192.168.1.20'), v6('fe80::1'), v6('FEBF::9')],
        wlan0: [v4('10.0.0.7'), v6('2001:DB8::7'), v4('192.168.1.20')],
        down: undefined,
      }),
    ).toEqual([
      { address: '192.168.1.20', family: 'IPv4' },
      { address: '10.0.0.7', family: 'IPv4' },
      { address: 'fd00::2', family: 'IPv6' },
      { address: '2001:db8::7', family: 'IPv6' },
    ]);
  });

  it('is empty on a machine with loopback only', () => {
    expect(lanAddresses({ lo: [v4('127.0.0.1', true), v6('::1', true)] })).toEqual([]);
  });

  it('keeps fec0:: (not link-local) but drops fe80:: to febf::', () => {
    expect(
      lanAddresses({ eth0: [v6('fe80::1'), v6('fea0::1'), v6('fec0::1')] }).map((a) => a.address),
    ).toEqual(['fec0::1']);
  });
});
