/** The one module that uses qrcode: a QR code drawn with block characters for a terminal. */
import QRCode from 'qrcode';

export function terminalQr(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'terminal', small: true });
}
