import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Every namespace these tests make starts so, and only theirs: leftovers are found by it. */
const PREFIX = 'saoma-lan-';

/** The veth pair's subnet: the server's side and the "tablet" inside the namespace. */
export const HOST_ADDRESS = '10.231.0.1';
export const TABLET_ADDRESS = '10.231.0.2';

export type Netns = {
  name: string;
  /** Runs a command inside the namespace; rejects on a non-zero exit. */
  exec: (command: string, args: readonly string[]) => Promise<{ stdout: string; stderr: string }>;
  remove: () => Promise<void>;
};

async function ip(...args: string[]): Promise<string> {
  const { stdout } = await run('ip', args);
  return stdout;
}

const IPV6_OFF = (device: string) =>
  ['all', 'default', 'lo', device].map((conf) => `net.ipv6.conf.${conf}.disable_ipv6=1`);

/** The kernel brings a veth's carrier up after `link set up` returns: this waits for it. */
async function untilUp(show: string[]): Promise<void> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const [link] = JSON.parse(await ip('-j', ...show)) as { operstate?: string }[];
    if (link?.operstate === 'UP') return;
    if (Date.now() > deadline) {
      throw new Error(`ip ${show.join(' ')}: still ${link?.operstate ?? 'absent'} after 5 s`);
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Deletes the namespaces an earlier, crashed run left behind; deleting one destroys its veth
 * end, and with it the host's end and the host address on it.
 */
export async function removeLeftoverNamespaces(): Promise<void> {
  const listed = await ip('netns', 'list');
  for (const line of listed.split('\n')) {
    const name = line.split(' ')[0] ?? '';
    if (name.startsWith(PREFIX)) await ip('netns', 'delete', name);
  }
}

/**
 * A network namespace of this test run with a veth pair: HOST_ADDRESS/24 on the host's end,
 * TABLET_ADDRESS/24 inside. Needs root (CAP_NET_ADMIN); without it this fails, saying so.
 */
export async function createNetns(): Promise<Netns> {
  const tag = (process.pid % 100_000).toString(36);
  const name = `${PREFIX}${tag}`;
  // Interface names have at most 15 characters.
  const hostEnd = `slh${tag}`;
  const tabletEnd = `slt${tag}`;
  try {
    await removeLeftoverNamespaces();
    await ip('netns', 'add', name);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The LAN test makes a network namespace (ip netns add), which needs root: run it as root, as CI does. ${reason}`,
    );
  }
  const remove = async () => {
    await ip('netns', 'delete', name).catch(() => undefined);
    await ip('link', 'delete', hostEnd).catch(() => undefined);
  };
  try {
    await ip('link', 'add', hostEnd, 'type', 'veth', 'peer', 'name', tabletEnd);
    await ip('link', 'set', tabletEnd, 'netns', name);
    // IPv4 only. With IPv6 on, each end gets a link-local address that turns from tentative to
    // valid a second or so after the link is up (duplicate address detection); a Chromium
    // started in between takes that as a network change and fails its navigation with
    // net::ERR_NETWORK_CHANGED.
    await run('sysctl', ['-q', '-w', `net.ipv6.conf.${hostEnd}.disable_ipv6=1`]);
    await run('ip', ['netns', 'exec', name, 'sysctl', '-q', '-w', ...IPV6_OFF(tabletEnd)]);
    await ip('address', 'add', `${HOST_ADDRESS}/24`, 'dev', hostEnd);
    await ip('link', 'set', hostEnd, 'up');
    await ip('-n', name, 'address', 'add', `${TABLET_ADDRESS}/24`, 'dev', tabletEnd);
    await ip('-n', name, 'link', 'set', tabletEnd, 'up');
    await ip('-n', name, 'link', 'set', 'lo', 'up');
    await untilUp(['link', 'show', 'dev', hostEnd]);
    await untilUp(['-n', name, 'link', 'show', 'dev', tabletEnd]);
  } catch (error) {
    await remove();
    throw error;
  }
  return {
    name,
    exec: (command, args) => run('ip', ['netns', 'exec', name, command, ...args]),
    remove,
  };
}
