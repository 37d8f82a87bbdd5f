import { isIP } from 'node:net';
import type { LanAddress } from '../tls/lan-addresses.ts';

/**
 * Who can reach the server, from HOST: this computer only (loopback), or devices on the network
 * at `addresses`. 0.0.0.0 takes IPv4 connections only, `::` both.
 */
export type ListenScope = { kind: 'loopback' } | { kind: 'network'; addresses: string[] };

const LOCALHOST = ['localhost', '127.0.0.1', '::1', '[::1]', '0.0.0.0', '::', '[::]'];

export function listenScope(host: string, lan: readonly LanAddress[]): ListenScope {
  const bare = unbracketed(host);
  if (bare === '0.0.0.0') return network(lan.filter(({ family }) => family === 'IPv4'));
  if (bare === '::') return network(lan);
  if (bare === 'localhost' || bare === '::1' || /^127\./.test(bare)) return { kind: 'loopback' };
  return { kind: 'network', addresses: [bare] };
}

/** The host for the URLs printed for this computer: localhost wherever it reaches the server. */
export function displayHost(host: string): string {
  return LOCALHOST.includes(host) ? 'localhost' : urlHost(unbracketed(host));
}

export function urlHost(address: string): string {
  return isIP(address) === 6 ? `[${address}]` : address;
}

function network(addresses: readonly LanAddress[]): ListenScope {
  return { kind: 'network', addresses: addresses.map(({ address }) => address) };
}

function unbracketed(host: string): string {
  return host.replace(/^\[(.*)\]$/, '$1');
}
