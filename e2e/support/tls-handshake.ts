import { connect } from 'node:tls';

export type Handshake = { authorized: true } | { authorized: false; error: string };

/**
 * A TLS handshake with Node's own chain and host-name validation: `ca` is the only trust root
 * (none: Node's bundled public roots), `servername` is both the SNI and the name checked.
 */
export function tlsHandshake(options: {
  host: string;
  port: number;
  servername: string;
  ca?: string;
}): Promise<Handshake> {
  return new Promise((resolve) => {
    const socket = connect({ ...options, rejectUnauthorized: true }, () => {
      socket.end();
      resolve({ authorized: true });
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      socket.destroy();
      resolve({ authorized: false, error: error.code ?? error.message });
    });
  });
}
