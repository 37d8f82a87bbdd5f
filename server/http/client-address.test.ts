import { describe, expect, it } from 'vitest';
import { isLoopback } from './client-address.ts';

describe('isLoopback', () => {
  it.each([
    '127.0.0.1',
    '127.0.0.2',
    '127.255.255.254',
    '::1',
    '0:0:0:0:0:0:0:1',
    '::ffff:127.0.0.1',
    '::ffff:127.1.2.3',
    '::FFFF:7f00:1',
  ])('counts %s as this machine', (address) => {
    expect(isLoopback(address)).toBe(true);
  });

  it.each([
    '10.0.0.7',
    '10.231.0.2',
    '192.168.1.20',
    '172.16.0.1',
    '128.0.0.1',
    '126.255.255.255',
    '0.0.0.0',
    '::',
    '::2',
    'fe80::1',
    'fd00::2',
    '::ffff:192.168.1.20',
    '::ffff:10.0.0.7',
    '::ffff:128.0.0.1',
    '::127.0.0.1',
    '64:ff9b::127.0.0.1',
    'localhost',
    '127.0.0.1.nip.io',
    '127.1',
    ' 127.0.0.1',
    '',
    '?',
  ])('counts %s as someone else', (address) => {
    expect(isLoopback(address)).toBe(false);
  });

  it('counts an unknown address (no socket) as someone else', () => {
    expect(isLoopback(null)).toBe(false);
    expect(isLoopback(undefined)).toBe(false);
  });
});
